/**
 * The way back: for each city, region, network and bureau, the chapter and measure sections whose
 * text mentions it, per language, found by the same finder and data as the build's links
 * (lib/mention-links.ts); and what the check reports about them (sections whose Japanese and
 * English mention different things, names the context cannot resolve).
 */
import { mdxToMdast } from 'satteri';
import type { Lang } from '../../schemas/shared';
import type { ContentProblem } from '../content-errors';
import { MDX_FEATURES } from '../mdx-check';
import { mentionData } from '../mention-data';
import type { MentionData, NameTable, Target } from '../mention-names';
import { findMentions, nameTable, targetKey, textContext, type Ambiguity } from '../mentions';
import type { MdNode } from '../text-blocks';
import type { Alias } from '../../schemas/alias';
import type { NotMentions } from '../../schemas/not-mention';
import type { Lookups } from './lookups';
import type { StrategyView, TextFile } from './types';
import { push } from './strategy-views';
import { paths } from '../routes';

/** A section of a chapter or measure that mentions a target, in one language or both. */
export interface SectionMention {
  /** What is mentioned. */
  target: Target;
  strategy: string;
  kind: 'chapter' | 'measure';
  /** The chapter's or measure's slug. */
  slug: string;
  /** The id of the section's heading; "" for the text before its first heading. */
  anchor: string;
  /** The languages whose text mentions the target in this section. */
  langs: Lang[];
  /** The section heading's text per language ("" before the first heading). */
  title: Partial<Record<Lang, string>>;
}

/** Where a section that mentions a target is on the site, in a language: its page, and its heading's anchor. */
export function sectionPath(lang: Lang, m: SectionMention): string {
  const page = m.kind === 'chapter' ? paths.chapter(lang, m.strategy, m.slug) : paths.measure(lang, m.strategy, m.slug);
  return `${page}${m.anchor ? `#${m.anchor}` : ''}`;
}

/** A section whose Japanese and English mention different things (a note of the check). */
export interface MentionDifference {
  /** The Japanese file, and the English one. */
  files: Record<Lang, string>;
  anchor: string;
  onlyJa: Target[];
  onlyEn: Target[];
}

export interface MentionIndex {
  /** `kind:id` (targetKey) → the sections mentioning it, strategy by strategy in site order. */
  mentionsOf: Map<string, SectionMention[]>;
  differences: MentionDifference[];
  ambiguities: (Ambiguity & { file: string })[];
}

type Text = { strategy: string; kind: 'chapter' | 'measure'; slug: string; files: Partial<Record<Lang, TextFile<unknown, unknown>>> };

/** The mention data of the indexed content. */
export function indexMentionData<E>(
  strategies: StrategyView<E>[],
  look: Lookups<E>,
  aliases: Alias[],
  notMentions: NotMentions | undefined,
): MentionData {
  return mentionData({
    cities: [...look.cities.values()],
    regions: [...look.regions.values()],
    networks: [...look.networks.values()],
    bureaus: [...look.bureaus.values()],
    aliases,
    notMentions,
    strategies: strategies.map((s) => ({ id: s.data.id, municipality: s.data.municipality })),
    measures: [...look.measureFiles.values()].flatMap((f) => f.data.measures),
  });
}

export function mentionIndex<E>(strategies: StrategyView<E>[], data: MentionData): MentionIndex {
  const table = nameTable(data);
  const out: MentionIndex = { mentionsOf: new Map(), differences: [], ambiguities: [] };
  for (const view of strategies) {
    const texts: Text[] = [
      ...view.chapters.map((c) => ({ strategy: view.data.id, kind: 'chapter' as const, slug: c.slug, files: c.text })),
      ...view.measures.map((m) => ({ strategy: view.data.id, kind: 'measure' as const, slug: m.facts.slug, files: m.text })),
    ];
    for (const text of texts) indexText(text, data, table, out);
  }
  return out;
}

function indexText(text: Text, data: MentionData, table: NameTable, out: MentionIndex) {
  const sections = new Map<string, SectionMention>();
  for (const lang of ['ja', 'en'] as const) {
    const file = text.files[lang];
    if (!file) continue;
    const tree = mdxToMdast(file.body, { features: MDX_FEATURES }) as unknown as MdNode;
    const found = findMentions(tree, textContext(data, text.strategy, lang), table);
    out.ambiguities.push(...found.ambiguous.map((a) => ({ ...a, line: (a.line ?? 1) + (file.bodyLine ?? 1) - 1, file: file.file })));
    const titles = new Map(found.sections.map((s) => [s.id, s.title]));
    for (const m of found.mentions.filter((x) => x.first)) {
      const key = targetKey(m.target);
      let s = sections.get(`${m.section}|${key}`);
      if (!s) {
        s = { target: m.target, strategy: text.strategy, kind: text.kind, slug: text.slug, anchor: m.section, langs: [], title: {} };
        sections.set(`${m.section}|${key}`, s);
        push(out.mentionsOf, key, s);
      }
      s.langs.push(lang);
      s.title[lang] = titles.get(m.section) ?? '';
    }
  }
  if (text.files.ja && text.files.en) out.differences.push(...differences(text, [...sections.values()]));
}

/** Per section, the targets only one language's text mentions. */
function differences(text: Text, sections: SectionMention[]): MentionDifference[] {
  const bySection = new Map<string, MentionDifference>();
  for (const s of sections) {
    if (s.langs.length === 2) continue;
    const d = bySection.get(s.anchor) ?? {
      files: { ja: text.files.ja!.file, en: text.files.en!.file },
      anchor: s.anchor,
      onlyJa: [],
      onlyEn: [],
    };
    bySection.set(s.anchor, d);
    (s.langs[0] === 'ja' ? d.onlyJa : d.onlyEn).push(s.target);
  }
  return [...bySection.values()];
}

/** A name the context cannot resolve is a problem: it cannot be linked until the text marks it. */
export function ambiguityProblems(index: Pick<MentionIndex, 'ambiguities'>): ContentProblem[] {
  return index.ambiguities.map((a) => ({
    file: a.file,
    field: 'mention',
    line: a.line,
    column: a.column,
    message: `"${a.name}" could name ${a.candidates.map(targetKey).join(' or ')}, and nothing in this strategy's ties tells which`,
    fix: `mark it: <Place ${a.candidates[0]!.kind}="${a.candidates[0]!.id}">${a.name}</Place> (with the kind and ID meant)`,
  }));
}

/**
 * Sections whose Japanese and English mention different things, as notes: a translation may rightly
 * name a place otherwise (中国語 is "Chinese", 本市 "the City"), so this is for a translator to
 * look at, not an error; each language's links still have their way back.
 */
export function differenceNotes(index: Pick<MentionIndex, 'differences'>): string[] {
  const list = (ts: Target[]) => ts.map(targetKey).join(', ') || '—';
  return index.differences.map(
    (d) =>
      `${d.files.en}${d.anchor ? `#${d.anchor}` : ''}: mentions differ from ${d.files.ja} (only Japanese: ${list(d.onlyJa)}; only English: ${list(d.onlyEn)})`,
  );
}
