/**
 * The names a text may mention a city, country or region, network or bureau by, in each language,
 * taken from the data (cities.yaml, regions.yaml, networks.yaml, bureaus.yaml, the other names in
 * aliases.yaml and the phrases that are not mentions in not-mentions.yaml), never written per text. lib/mentions.ts finds them in the texts' syntax trees.
 */
import type { Alias } from '../schemas/alias';
import type { Bureau } from '../schemas/bureau';
import type { City } from '../schemas/city';
import type { Network } from '../schemas/network';
import type { NotMentions } from '../schemas/not-mention';
import type { Region } from '../schemas/region';
import type { Lang } from '../schemas/shared';

/** The kinds of things a mention links to, each with a page of its own. */
export const MENTION_KINDS = ['city', 'region', 'network', 'bureau'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** What a mention names: a kind and the ID in that kind's YAML file. */
export interface Target {
  kind: MentionKind;
  id: string;
}

/** A thing a name may stand for, with what the resolution of ambiguous names needs. */
export interface Candidate extends Target {
  /** For a bureau, its municipality's city ID (a bureau is only found in its own city's strategies). */
  city?: string;
  /** For a city, its country's region ID (a city-state shares its name with its country). */
  country?: string;
}

/** The data the names come from (the loader's schema-checked lists). */
export interface MentionData {
  cities: City[];
  regions: Region[];
  networks: Network[];
  bureaus: Bureau[];
  aliases: Alias[];
  /** Phrases that contain a name but do not mention it (content/not-mentions.yaml): taken whole, unlinked. */
  notMentions: NotMentions;
  /** The bureaus that have a page (those a measure names); the others have nowhere to link to. */
  bureausWithPage: ReadonlySet<string>;
  /** Strategy ID → the city ID of its municipality. */
  municipalityOf: ReadonlyMap<string, string>;
}

/** One language's names: name → what it may stand for; an empty list is a phrase that names nothing. */
export interface NameIndex {
  names: Map<string, Candidate[]>;
  /** Names by their first character, longest first, so that the longest name at a place wins. */
  byFirst: Map<string, string[]>;
}

export type NameTable = Record<Lang, NameIndex>;

/** A Japanese city's name without 市・特別市・広域市・州・県・都, where two characters or more remain. */
function shortJa(name: string): string | undefined {
  const short = name.replace(/(特別市|広域市|市|州|県|都)$/, '');
  return short !== name && short.length >= 2 ? short : undefined;
}

/** An English city's name without " City" (Cebu City) or the state after a comma (Rome, Georgia). */
function shortEn(name: string): string[] {
  const out: string[] = [];
  const noCity = name.replace(/ [Cc]ity$/, '');
  if (noCity !== name && noCity.length >= 3) out.push(noCity);
  const beforeComma = name.split(',')[0]!.trim();
  if (beforeComma !== name) out.push(beforeComma);
  return out;
}

/** Too short to be told from ordinary words: one character, or two Latin letters not in capitals. */
function usable(name: string): boolean {
  if (name.length < 2) return false;
  if (/^[A-Za-z]{2}$/.test(name)) return name === name.toUpperCase();
  return true;
}

function cityNames(c: City, lang: Lang): string[] {
  const listed = c.relationships.map((r) => r.listedAs?.name?.[lang]).filter((n): n is string => !!n);
  const full = [c.name[lang], ...listed];
  const short = full.flatMap((n) => (lang === 'ja' ? [shortJa(n)] : shortEn(n))).filter((n): n is string => !!n);
  // A Japanese text may add 市 to a name the data writes without it, or in place of 広域市 (釜山市, 蔚山市).
  const withShi =
    lang === 'ja' && c.kind === 'city' ? [...full, ...short].filter((n) => !/[市州県都区]$/.test(n)).map((n) => `${n}市`) : [];
  return [...full, ...short, ...withShi];
}

/** Every name in both languages, with what it may stand for. */
export function nameTable(data: MentionData): NameTable {
  const table = { ja: emptyIndex(), en: emptyIndex() };
  const aliases = (kind: Alias['kind'], id: string, lang: Lang) =>
    data.aliases.filter((a) => a.kind === kind && a.id === id).flatMap((a) => a[lang]);
  for (const lang of ['ja', 'en'] as const) {
    const add = (name: string, c: Candidate) => addName(table[lang], name, c);
    for (const c of data.cities) {
      for (const n of [...cityNames(c, lang), ...aliases('city', c.id, lang)]) add(n, { kind: 'city', id: c.id, country: c.country });
    }
    for (const r of data.regions) for (const n of [r.name[lang], ...aliases('region', r.id, lang)]) add(n, { kind: 'region', id: r.id });
    for (const n of data.networks) {
      for (const name of [n.name[lang], n.shortName?.[lang]]) if (name) add(name, { kind: 'network', id: n.id });
    }
    for (const b of data.bureaus) {
      if (!b.suffix && data.bureausWithPage.has(b.id)) add(b.name[lang], { kind: 'bureau', id: b.id, city: b.city });
    }
    for (const phrase of data.notMentions[lang]) if (!table[lang].names.has(phrase)) table[lang].names.set(phrase, []);
    sortIndex(table[lang]);
  }
  return table;
}

function emptyIndex(): NameIndex {
  return { names: new Map(), byFirst: new Map() };
}

function addName(index: NameIndex, name: string, c: Candidate) {
  if (!usable(name)) return;
  const list = index.names.get(name) ?? [];
  if (!list.some((x) => x.kind === c.kind && x.id === c.id)) list.push(c);
  index.names.set(name, list);
}

function sortIndex(index: NameIndex) {
  for (const name of index.names.keys()) {
    const list = index.byFirst.get(name[0]!) ?? [];
    list.push(name);
    index.byFirst.set(name[0]!, list);
  }
  for (const list of index.byFirst.values()) list.sort((a, b) => b.length - a.length);
}
