/** getStaticPaths helpers: every page exists once per language. */
import { LANGS, type Lang } from '../schemas/shared';
import type { Site, TextEntry } from './site';
import type { StrategyView } from './content-index';
import type { EditionEntry } from './editions';

/** A param left undefined is an empty rest parameter ([...version] → /print/). */
export function perLang<T extends Record<string, unknown>>(items: T[], params: (item: T) => Record<string, string | undefined>) {
  return LANGS.flatMap((lang: Lang) => items.map((item) => ({ params: { lang, ...params(item) }, props: { ...item, lang } })));
}

export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

/**
 * Every chapter of every strategy, once per language: the chapter page and its parallel view. The
 * props carry the strategy and the chapter themselves, so the page looks nothing up.
 */
export function chapterPaths(site: Site) {
  return perLang(
    site.strategies.flatMap((strategy) =>
      strategy.chapters.map((chapter) => ({ strategyId: strategy.data.id, slug: chapter.slug, strategy, chapter })),
    ),
    (c) => ({ strategy: c.strategyId, chapter: c.slug }),
  );
}

/** Every measure of every strategy, once per language: the measure page and its parallel view (props as chapterPaths). */
export function measurePaths(site: Site) {
  return perLang(
    site.strategies.flatMap((strategy) =>
      strategy.measures.map((measure) => ({ strategyId: strategy.data.id, slug: measure.facts.slug, strategy, measure })),
    ),
    (m) => ({ strategy: m.strategyId, measure: m.slug }),
  );
}

/** The props of a chapter page and of a measure page. */
export type ChapterPageProps = ReturnType<typeof chapterPaths>[number]['props'];
export type MeasurePageProps = ReturnType<typeof measurePaths>[number]['props'];

/**
 * An earlier edition's page: the strategy's ID, the edition, all editions (for the banner and the
 * list) and the current edition's view (for links to the same place in the current text). The
 * edition's own view is `entry.strategy`, whose data.id is its key (<id>/editions/<edition>).
 */
export interface EditionPage {
  strategyId: string;
  entry: EditionEntry<TextEntry>;
  editions: EditionEntry<TextEntry>[];
  current: StrategyView<TextEntry>;
}

function earlierEditions(site: Site): EditionPage[] {
  return [...site.editions].flatMap(([strategyId, editions]) =>
    editions.filter((e) => !e.current).map((entry) => ({ strategyId, entry, editions, current: site.strategy.get(strategyId)! })),
  );
}

/**
 * The props of a strategy's overview and of its list of measures, of the current edition or of an
 * earlier one (`edition`).
 */
export interface StrategyPageProps {
  lang: Lang;
  /** The strategy's ID, or an earlier edition's key (<id>/editions/<edition>). */
  id: string;
  edition?: EditionPage | undefined;
}

/** Every earlier edition's overview, once per language. */
export function editionPaths(site: Site) {
  return perLang(
    earlierEditions(site).map((edition) => ({ id: edition.entry.strategy.data.id, edition })),
    ({ edition }) => ({ strategy: edition.strategyId, edition: edition.entry.edition.id }),
  );
}

/** Every chapter of every earlier edition, once per language: its page and its parallel view (props as chapterPaths, with the edition). */
export function editionChapterPaths(site: Site) {
  return perLang(
    earlierEditions(site).flatMap((edition) => {
      const strategy = edition.entry.strategy;
      return strategy.chapters.map((chapter) => ({ edition, strategyId: strategy.data.id, slug: chapter.slug, strategy, chapter }));
    }),
    (c) => ({ strategy: c.edition.strategyId, edition: c.edition.entry.edition.id, chapter: c.slug }),
  );
}

/** Every measure of every earlier edition, once per language: its page and its parallel view (props as measurePaths, with the edition). */
export function editionMeasurePaths(site: Site) {
  return perLang(
    earlierEditions(site).flatMap((edition) => {
      const strategy = edition.entry.strategy;
      return strategy.measures.map((measure) => ({ edition, strategyId: strategy.data.id, slug: measure.facts.slug, strategy, measure }));
    }),
    (m) => ({ strategy: m.edition.strategyId, edition: m.edition.entry.edition.id, measure: m.slug }),
  );
}

/** Every strategy's printable page, once per language: /print/ in the page's language, /print/bilingual/ in both. */
export function printPaths(site: Site) {
  return perLang(
    site.strategies.flatMap((s) => [false, true].map((bilingual) => ({ id: s.data.id, bilingual }))),
    (s) => ({ strategy: s.id, version: s.bilingual ? 'bilingual' : undefined }),
  );
}

/** Every earlier edition's printable page, once per language, in one language and in both (props as printPaths, with the edition). */
export function editionPrintPaths(site: Site) {
  return perLang(
    earlierEditions(site).flatMap((edition) =>
      [false, true].map((bilingual) => ({ id: edition.entry.strategy.data.id, bilingual, edition })),
    ),
    (p) => ({ strategy: p.edition.strategyId, edition: p.edition.entry.edition.id, version: p.bilingual ? 'bilingual' : undefined }),
  );
}

/** The props of a printable page, of the current edition or of an earlier one (`edition`). */
export interface PrintPageProps {
  lang: Lang;
  /** The strategy's ID, or an earlier edition's key (<id>/editions/<edition>). */
  id: string;
  /** Japanese and English side by side, or the page's language alone. */
  bilingual: boolean;
  edition?: EditionPage | undefined;
}

/** Every pair of editions of a strategy, older first, once per language: the compare view. */
export function comparePaths(site: Site) {
  return perLang(
    [...site.editions].flatMap(([strategyId, editions]) =>
      editions.flatMap((older, i) => editions.slice(i + 1).map((newer) => ({ strategyId, older, newer }))),
    ),
    (p) => ({ strategy: p.strategyId, edition: p.older.edition.id, other: p.newer.edition.id }),
  );
}
