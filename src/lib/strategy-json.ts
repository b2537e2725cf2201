/**
 * A strategy's full text as one JSON document (/data/strategies/{id}.json): every chapter and
 * measure with its blocks (headings, paragraphs, list items, tables) under the ids both languages
 * share (lib/blocks.ts), in Japanese and English, each as plain text and as HTML, and the measures'
 * language-neutral facts. An earlier edition's text (lib/editions.ts) is a document of the same shape
 * at /data/strategies/{id}/editions/{edition}.json that also says which edition it is. The texts are
 * rendered by the endpoints (components/content/render-text.ts); this module only assembles.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { z } from 'astro/zod';
import type { Lang, Localized } from '../schemas/shared';
import { strategyJsonSchema, type JsonBlock, type JsonEdition, type StrategyJson } from '../schemas/strategy-json';
import type { Block } from './blocks';
import type { MeasureView, StrategyView } from './content-index';
import { editionName, editionOf, type EditionEntry } from './editions';
import { LICENCE } from './licence';
import { paths } from './routes';

export type { JsonBlock, JsonEdition, StrategyJson };

export const STRATEGY_JSON_VERSION = 1;

const SEPARATED = new Set(['td', 'th', 'caption', 'tr', 'li', 'p', 'div', 'dt', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The plain text of an HTML fragment: tags dropped, self-link marks and hidden parts left out, whitespace folded. */
export function plainText(html: string): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.type === TEXT_NODE) {
      out.push(n.value);
      return;
    }
    if (n.type === ELEMENT_NODE) {
      const classes = String(n.attributes.class ?? '').split(/\s+/);
      if (classes.includes('block-anchor') || classes.includes('heading-anchor') || 'hidden' in n.attributes) return;
      if (n.name === 'br') out.push(' ');
    }
    for (const c of (n as { children?: Node[] }).children ?? []) walk(c);
    // Cells, captions, rows and items end with a space, so a table's text does not run together.
    if (n.type === ELEMENT_NODE && SEPARATED.has(n.name)) out.push(' ');
  };
  walk(parse(html));
  return out
    .join('')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** Pairs the blocks of the two languages by id, in the Japanese order (English-only blocks after their predecessor). */
export function jsonBlocks(ja: readonly Block[], en: readonly Block[]): JsonBlock[] {
  const side = (b: Block) => ({ text: plainText(b.html), html: b.html });
  const enById = new Map(en.map((b) => [b.id, b]));
  const out: JsonBlock[] = ja.map((b) => {
    const twin = enById.get(b.id);
    return { id: b.id, kind: b.kind, ja: side(b), ...(twin ? { en: side(twin) } : {}) };
  });
  const seen = new Set(ja.map((b) => b.id));
  for (const b of en) if (!seen.has(b.id)) out.push({ id: b.id, kind: b.kind, en: side(b) });
  return out;
}

export interface StrategyJsonInput<E> {
  /** The current edition's view, or an earlier edition's (whose data.id is its key, <id>/editions/<edition>). */
  strategy: StrategyView<E>;
  /** The strategy's editions, oldest first, the current one last (site.editions); none for a strategy published once. */
  editions: readonly EditionEntry<E>[];
  /** The blocks of a text file (by path), rendered in its own language. */
  blocks: (file: string | undefined) => Block[];
  origin: URL;
}

const both = <T>(f: (lang: Lang) => T): Record<Lang, T> => ({ ja: f('ja'), en: f('en') });

/** The strategy `id`'s editions as its JSON files list them, in the order given (oldest first, current last). */
export function editionsJson(id: string, editions: readonly EditionEntry<unknown>[], abs: (path: string) => string): JsonEdition[] {
  return editions.map(({ edition: e, current }) => ({
    id: e.id,
    kind: e.kind,
    name: both((l) => editionName(e, l)),
    date: e.date,
    current,
    json: abs(current ? paths.strategyData(id) : paths.editionData(id, e.id)),
    url: both((l) => abs(current ? paths.strategy(l, id) : paths.edition(l, id, e.id))),
  }));
}

/**
 * Which edition an earlier edition's document is (its entry of `editions[]`, with the current
 * file's URL); nothing for the current edition's document, whose list says which edition it is.
 */
function ownEdition<E>(key: string, editions: readonly EditionEntry<E>[], listed: JsonEdition[], abs: (path: string) => string) {
  const of = editionOf(key);
  if (!of) return {};
  const i = editions.findIndex((e) => !e.current && e.edition.id === of.edition);
  if (i < 0) throw new Error(`strategy-json: ${key} is not among the editions of ${of.strategy}`);
  return { edition: { ...listed[i]!, currentJson: abs(paths.strategyData(of.strategy)) } };
}

function measureJson<E>(
  m: MeasureView<E>,
  blocks: (file: string | undefined) => Block[],
  abs: (p: string) => string,
): StrategyJson['measures'][number] {
  const id = m.strategy.data.id;
  return {
    slug: m.facts.slug,
    url: both((l) => abs(paths.measure(l, id, m.facts.slug))),
    title: { ja: m.text.ja?.data.title ?? null, en: m.text.en?.data.title ?? null },
    pillar: { id: m.pillar.id, title: m.pillar.title },
    bureaus: m.bureaus.map((b) => b.id),
    relatedBureaus: m.relatedBureaus.map((b) => b.id),
    facts: m.facts,
    kpiTexts: { ja: m.text.ja?.data.kpis ?? {}, en: m.text.en?.data.kpis ?? {} },
    blocks: jsonBlocks(blocks(m.text.ja?.file), blocks(m.text.en?.file)),
  };
}

/** The whole document, typed by its schema (src/schemas/strategy-json.ts). */
export function strategyJson<E>({ strategy, editions, blocks, origin }: StrategyJsonInput<E>): StrategyJson {
  const abs = (p: string) => new URL(p, origin).href;
  const s = strategy.data;
  // An earlier edition's view is keyed <id>/editions/<edition>; its document names the strategy by its ID.
  const id = editionOf(s.id)?.strategy ?? s.id;
  const listed = editionsJson(id, editions, abs);
  const title = (c: StrategyView<E>['chapters'][number]): Localized | { ja: string | null; en: string | null } => ({
    ja: c.text.ja?.data.title ?? null,
    en: c.text.en?.data.title ?? null,
  });
  return {
    $schema: abs(paths.strategySchema()),
    version: STRATEGY_JSON_VERSION,
    licence: {
      translationsAndData: { name: LICENCE.spdx, url: LICENCE.url },
      originals: 'The Japanese originals remain under the terms of the municipality that published them.',
      terms: both((l) => abs(paths.licence(l))),
    },
    id,
    ...ownEdition(s.id, editions, listed, abs),
    url: both((l) => abs(paths.strategy(l, s.id))),
    editions: listed,
    municipality: { id: strategy.municipality.id, name: strategy.municipality.name },
    title: s.title,
    documentType: s.documentType,
    status: s.status,
    period: s.period ?? null,
    issued: s.issued ?? null,
    issuedAsWritten: s.issuedAsWritten ?? null,
    source: { publisher: s.source.publisher, edition: s.source.edition ?? null, url: s.source.url ?? null, format: s.source.format },
    notes: s.notes,
    pillars: s.pillars.map((p) => ({ id: p.id, number: p.number ?? null, parent: p.parent ?? null, title: p.title })),
    chapters: strategy.chapters.map((c) => ({
      slug: c.slug,
      number: c.number ?? null,
      kind: c.kind,
      url: both((l) => abs(paths.chapter(l, s.id, c.slug))),
      title: title(c),
      blocks: jsonBlocks(blocks(c.text.ja?.file), blocks(c.text.en?.file)),
    })),
    measures: strategy.measures.map((m) => measureJson(m, blocks, abs)),
  };
}

/**
 * The document's JSON Schema (draft 2020-12), published at /data/strategy.schema.json: generated
 * from the zod schema the documents are typed by, with its absolute `$id` under `origin`. A zod type
 * without a JSON Schema equivalent fails the build (`unrepresentable: 'throw'`) rather than being
 * published as "anything".
 */
export function publishedSchema(origin: URL) {
  const { $schema, ...rest } = z.toJSONSchema(strategyJsonSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
  return { $schema, $id: new URL(paths.strategySchema(), origin).href, ...rest };
}

const d = (ja: string, en: string): Localized => ({ ja, en });

/** The documented fields of /data/strategies/{id}.json, shown on /{lang}/data/ (a test holds the file to them). */
export const STRATEGY_JSON_FIELDS: { name: string; description: Localized }[] = [
  {
    name: '$schema',
    description: d(
      'このファイルのJSON Schema（/data/strategy.schema.json）のURL',
      "The URL of the file's JSON Schema (/data/strategy.schema.json)",
    ),
  },
  {
    name: 'version',
    description: d(
      'この形式の版（現在は1）。フィールドの追加では変わらず、削除や意味の変更のときに上がります',
      'The version of this format (now 1): unchanged when a field is added, raised when one is removed or changes its meaning',
    ),
  },
  {
    name: 'licence',
    description: d(
      '英訳とデータのライセンス（CC BY 4.0）と、原文の利用条件の説明',
      "The licence of the translations and data (CC BY 4.0), and a note on the originals' terms",
    ),
  },
  {
    name: 'id, url.ja, url.en',
    description: d(
      '戦略のIDと、日本語・英語のページのURL（以前の版のファイルでは、IDは同じで、URLはその版のページ）',
      "The strategy's ID and the URLs of its Japanese and English pages (in an earlier edition's file: the same ID, the URLs of that edition's pages)",
    ),
  },
  {
    name: 'editions[]',
    description: d(
      '戦略の版（素案、原案、策定版など）。古い順で、現行の版が最後。同じ戦略のどのファイルでも同じ一覧。版が1つだけの戦略では空の配列（フィールドは常にあるので、どのファイルも同じ手順で読めます）',
      "The strategy's editions (outline, draft, adopted …), oldest first, the current one last; the same list in each of the strategy's files. An empty list for a strategy published in one edition only (the field is always there, so every file is read the same way)",
    ),
  },
  {
    name: 'editions[].id, editions[].kind, editions[].name, editions[].date',
    description: d(
      '版のID（URLに使用）、種類（outline＝素案、draft＝原案、adopted＝策定、revised＝改訂）、名称（ja、en）、公表日（YYYY-MM-DDまたはYYYY-MM）',
      "The edition's ID (used in URLs), kind (outline, draft, adopted, revised), name (ja, en) and date of publication (YYYY-MM-DD or YYYY-MM)",
    ),
  },
  {
    name: 'editions[].current, editions[].json, editions[].url',
    description: d(
      '現行の版かどうか（true、false）、その版のJSONファイルのURL、その版の概要ページのURL（ja、en）',
      "Whether it is the current edition (true, false), the URL of the edition's JSON file and of its overview page (ja, en)",
    ),
  },
  {
    name: 'edition',
    description: d(
      '以前の版のファイル（/data/strategies/{id}/editions/{edition}.json）だけにあるフィールド：このファイルがどの版か（editions[]の項目と同じ形で、currentはfalse）。ほかのフィールドはその版の公表時の内容です。現行の版のファイルにはありません',
      "Only in an earlier edition's file (/data/strategies/{id}/editions/{edition}.json): which edition the file holds, as its entry in editions[] (current is false). The file's other fields are that edition's, as published. Not in the current edition's file",
    ),
  },
  {
    name: 'edition.currentJson',
    description: d('現行の版のJSONファイルのURL', "The URL of the current edition's JSON file"),
  },
  { name: 'municipality', description: d('策定した自治体（id、name.ja、name.en）', 'The issuing municipality (id, name.ja, name.en)') },
  {
    name: 'title, documentType, status',
    description: d(
      '題名、文書の種類、状態（adopted、draft、supplement、report）',
      'Title, kind of document, status (adopted, draft, supplement, report)',
    ),
  },
  {
    name: 'period, issued, issuedAsWritten',
    description: d(
      '計画期間、策定年月（YYYY-MM）と原資料の表記。記載がなければ null',
      'The period, the date of issue (YYYY-MM) and as the source writes it; null where not given',
    ),
  },
  {
    name: 'source',
    description: d(
      '原資料の発行者、版、所在（URL）、形式。記録がなければ null',
      "The source's publisher, edition, location (URL) and format; null where not recorded",
    ),
  },
  { name: 'notes', description: d('文書全体についての編集注（ja、en）', 'Editor’s notes on the document as a whole (ja, en)') },
  { name: 'pillars', description: d('施策の柱（id、number、parent、title）', 'Pillars of the measures (id, number, parent, title)') },
  {
    name: 'chapters[]',
    description: d(
      '章（slug、number、kind、url、title、blocks）。読む順',
      'Chapters in reading order (slug, number, kind, url, title, blocks)',
    ),
  },
  {
    name: 'measures[]',
    description: d(
      '施策（slug、url、title、pillar、bureaus、relatedBureaus、facts、kpiTexts、blocks）',
      'Measures (slug, url, title, pillar, bureaus, relatedBureaus, facts, kpiTexts, blocks)',
    ),
  },
  {
    name: 'measures[].facts',
    description: d(
      'measures.yamlの記録どおりの施策の事実（コード、種類、テーマ、市場、KPIの値、予算など）',
      'The measure’s facts as measures.yaml records them (code, kind, themes, markets, KPI values, budget …)',
    ),
  },
  {
    name: 'measures[].kpiTexts',
    description: d('各言語のKPIの名称など（KPIのIDごと）', 'Each language’s KPI names and wording, by KPI ID'),
  },
  {
    name: 'blocks[].id',
    description: d(
      'ブロックのID。日本語・英語のページで共通のアンカー（#policy-p2）',
      'The block’s id: the anchor shared by the Japanese and English pages (#policy-p2)',
    ),
  },
  {
    name: 'blocks[].kind',
    description: d(
      'heading（見出し）、paragraph（段落）、item（箇条）、table（表）、other',
      'heading, paragraph, item (list item), table or other',
    ),
  },
  {
    name: 'blocks[].ja, blocks[].en',
    description: d(
      'その言語のブロックのテキスト（text）とHTML（html）。その言語にないブロックでは省略',
      'The block in that language as plain text (text) and HTML (html); left out where that language lacks the block',
    ),
  },
];
