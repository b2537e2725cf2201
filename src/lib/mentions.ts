/**
 * Where a text mentions a city, a country or region, a network or a bureau: found on the text's MDX
 * syntax tree (text nodes only; headings, links, code, <Ja>/<En> quotations and component attributes
 * are left alone) from the names in the data (lib/mention-names.ts), or from an explicit mark
 * <Place city="rome-georgia">Rome</Place>. The build's link plugin (lib/mention-links.ts) and the
 * site index (the way back on the linked pages) both call findMentions, so they cannot disagree.
 */
import type { Lang } from '../schemas/shared';
import type { Candidate, MentionData, NameIndex, NameTable, Target } from './mention-names';
import { componentProps, plainText, type MdNode } from './text-blocks';

export { nameTable, type MentionData, type NameTable, type Target } from './mention-names';

/** The key of a target in maps and sets: `city:shanghai`. */
export const targetKey = (t: Target): string => `${t.kind}:${t.id}`;

/** What the resolution of a name needs to know about the text's strategy. */
export interface TextContext {
  lang: Lang;
  /** The city ID of the strategy's municipality. */
  municipality: string;
  /** The cities tied to the municipality (partners, network members): a partner wins over a namesake. */
  ties: ReadonlySet<string>;
  /** What every text of the strategy is about (its municipality and that city's country): not linked. */
  frame: ReadonlySet<string>;
}

/** The context of a strategy's texts in a language, from the data. */
export function textContext(data: MentionData, strategy: string, lang: Lang): TextContext {
  const municipality = data.municipalityOf.get(strategy) ?? '';
  const ties = new Set(data.cities.filter((c) => c.relationships.some((r) => r.with === municipality)).map((c) => c.id));
  const country = data.cities.find((c) => c.id === municipality)?.country;
  const frame = new Set([`city:${municipality}`, ...(country ? [`region:${country}`] : [])]);
  return { lang, municipality, ties, frame };
}

/** One mention found in a text. */
export interface Mention {
  target: Target;
  /** The id of the heading the mention stands under ("" before the first heading). */
  section: string;
  /** The first mention of its target in its section: the one that is linked. */
  first: boolean;
  /** The start offset of the text node (or <Place> element) it is in, as the parser gives it. */
  node: number;
  /** Where the name is in the text node's value (0 and the whole value's length for a <Place>). */
  from: number;
  to: number;
  /** The words as written. */
  text: string;
}

/** A name that could stand for several things, none of which the text's context singles out. */
export interface Ambiguity {
  name: string;
  section: string;
  candidates: Target[];
  line?: number | undefined;
  column?: number | undefined;
}

export interface TextMentions {
  mentions: Mention[];
  ambiguous: Ambiguity[];
  /** The heading ids in order, with their text. */
  sections: { id: string; title: string }[];
}

/** Nodes whose words are not mentions: headings, links, code, expressions, images. */
const SKIP = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'inlineCode',
  'code',
  'image',
  'mdxTextExpression',
  'mdxFlowExpression',
  'mdxjsEsm',
]);
/** Components whose words are quoted in the other language (titles, names): not scanned. */
const QUOTES = new Set(['Ja', 'En']);

type Pos = { start?: { offset?: number; line?: number; column?: number } };
const startOf = (n: MdNode) => (n.position as Pos | undefined)?.start;

/** Every mention in a text's syntax tree, with the sections it is divided into. */
export function findMentions(root: MdNode, context: TextContext, table: NameTable): TextMentions {
  const out: TextMentions = { mentions: [], ambiguous: [], sections: [] };
  const seen = new Set<string>();
  let section = '';
  const record = (m: Omit<Mention, 'first' | 'section'>) => {
    const key = `${section}|${targetKey(m.target)}`;
    out.mentions.push({ ...m, section, first: !seen.has(key) });
    seen.add(key);
  };
  const visit = (node: MdNode) => {
    if (node.type === 'heading') {
      const id = node.data?.hProperties?.id;
      if (id) {
        section = id;
        out.sections.push({ id, title: plainText(node.children ?? []) });
      }
      return;
    }
    if (SKIP.has(node.type)) return;
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      if (node.name === 'Place') return placeMention(node, record);
      if (node.name && QUOTES.has(node.name)) return;
    }
    if (node.type === 'text') return textMentions(node, context, table[context.lang], record, (a) => out.ambiguous.push({ ...a, section }));
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return out;
}

/** The target an explicit <Place …> mark names: its one attribute is the kind, its value the ID. */
function placeTarget(props: Record<string, string>): Target | undefined {
  const [kind, id] = Object.entries(props)[0] ?? [];
  return kind && id ? ({ kind, id } as Target) : undefined;
}

function placeMention(node: MdNode, record: (m: Omit<Mention, 'first' | 'section'>) => void) {
  const target = placeTarget(componentProps(node));
  const text = plainText(node.children ?? []);
  if (target) record({ target, node: startOf(node)?.offset ?? 0, from: 0, to: text.length, text });
}

function textMentions(
  node: MdNode,
  context: TextContext,
  index: NameIndex,
  record: (m: Omit<Mention, 'first' | 'section'>) => void,
  ambiguous: (a: Omit<Ambiguity, 'section'>) => void,
) {
  const value = String(node.value ?? '');
  const at = startOf(node);
  for (const { name, from } of matchNames(value, index)) {
    const candidates = index.names.get(name)!;
    if (candidates.length === 0) continue; // a phrase that names nothing (アジア太平洋)
    const resolved = resolve(candidates, context);
    if (resolved === 'none') continue;
    if (resolved === 'ambiguous') {
      ambiguous({ name, candidates: candidates.map(({ kind, id }) => ({ kind, id })), line: at?.line, column: at?.column });
      continue;
    }
    record({ target: { kind: resolved.kind, id: resolved.id }, node: at?.offset ?? 0, from, to: from + name.length, text: name });
  }
}

/** The names in a text, left to right, the longest at each place, each where its boundaries allow. */
export function matchNames(value: string, index: NameIndex): { name: string; from: number }[] {
  const out: { name: string; from: number }[] = [];
  let i = 0;
  while (i < value.length) {
    const name = index.byFirst.get(value[i]!)?.find((n) => value.startsWith(n, i) && bounded(value, i, n));
    if (name) {
      out.push({ name, from: i });
      i += name.length;
    } else i += 1;
  }
  return out;
}

const LATIN = /[A-Za-z0-9\u00c0-\u024f]/;
/** Katakana and the long vowel mark, but not the middle dot, which separates names (ヨーロッパ・アジア). */
const KATAKANA = /[\u30a1-\u30fa\u30fc]/;
/** After a Japanese name, these make it part of another place's name (静岡 in 静岡県, 中国 in 中国地方 aside). */
const ADMIN_SUFFIX = /[県府都道州省区町村市郡]/;

/**
 * Whether a name found at `i` stands on its own: a Latin name not inside a longer word or a
 * hyphenated compound (Asia in Asia-Pacific), a katakana name not inside a longer katakana word
 * (タイ in タイプ), a Japanese name not followed by an administrative suffix (静岡 in 静岡県).
 */
function bounded(value: string, i: number, name: string): boolean {
  const before = value.slice(Math.max(0, i - 2), i);
  const after = value.slice(i + name.length, i + name.length + 2);
  const prev = before.at(-1) ?? '';
  const next = after[0] ?? '';
  if (LATIN.test(name[0]!) && (LATIN.test(prev) || /[A-Za-z]-$/.test(before))) return false;
  if (LATIN.test(name.at(-1)!) && (LATIN.test(next) || /^-[A-Za-z]/.test(after))) return false;
  if (KATAKANA.test(name[0]!) && KATAKANA.test(prev)) return false;
  if (KATAKANA.test(name.at(-1)!) && KATAKANA.test(next)) return false;
  if (!LATIN.test(name.at(-1)!) && !ADMIN_SUFFIX.test(name.at(-1)!) && ADMIN_SUFFIX.test(next)) return false;
  return true;
}

/**
 * What a name stands for in this text: the strategy's municipality's bureaus only; nothing for the
 * text's frame (its own municipality and country); one candidate; else the municipality's partner;
 * else a country over the city-state of the same name (Singapore); else ambiguous.
 */
function resolve(all: Candidate[], context: TextContext): Candidate | 'none' | 'ambiguous' {
  const scoped = all.filter((c) => c.kind !== 'bureau' || c.city === context.municipality);
  if (scoped.length === 0) return 'none';
  if (scoped.some((c) => context.frame.has(targetKey(c)))) return 'none';
  if (scoped.length === 1) return scoped[0]!;
  const partners = scoped.filter((c) => c.kind === 'city' && context.ties.has(c.id));
  if (partners.length === 1) return partners[0]!;
  const regions = scoped.filter((c) => c.kind === 'region');
  if (regions.length === 1 && scoped.every((c) => c === regions[0] || (c.kind === 'city' && c.country === regions[0]!.id)))
    return regions[0]!;
  return 'ambiguous';
}
