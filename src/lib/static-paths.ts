/** getStaticPaths helpers: every page exists once per language. */
import { LANGS, type Lang } from '../schemas/shared';
import type { Site } from './site';

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
