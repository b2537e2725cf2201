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

/** Every chapter of every strategy, once per language: the chapter page and its parallel view. */
export function chapterPaths(site: Site) {
  return perLang(
    site.strategies.flatMap((s) => s.chapters.map((c) => ({ strategyId: s.data.id, slug: c.slug }))),
    (c) => ({ strategy: c.strategyId, chapter: c.slug }),
  );
}

/** Every measure of every strategy, once per language: the measure page and its parallel view. */
export function measurePaths(site: Site) {
  return perLang(
    site.strategies.flatMap((s) => s.measures.map((m) => ({ strategyId: s.data.id, slug: m.facts.slug }))),
    (m) => ({ strategy: m.strategyId, measure: m.slug }),
  );
}
