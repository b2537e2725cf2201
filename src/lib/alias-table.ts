/**
 * Other names a reader may search for, by page: the alias table (content/aliases.yaml) and the
 * forms in which staff cite numbered measures. The layout indexes them, hidden, with the weight of
 * a page title (BaseLayout's `search.aliases`); the glossary lists the table.
 */
import { getCollection } from 'astro:content';
import type { Alias } from '../schemas/alias';
import type { Lang } from '../schemas/shared';

let table: Promise<Alias[]> | undefined;

/** Every entry of content/aliases.yaml, loaded once per build. */
export function aliasTable(): Promise<Alias[]> {
  table ??= getCollection('aliases').then((entries) => entries.map((e) => e.data));
  return table;
}

/** The other names of a region, city or theme in a language (empty when it has none). */
export async function aliasesOf(kind: Alias['kind'], id: string, lang: Lang): Promise<string[]> {
  return (await aliasTable()).find((a) => a.kind === kind && a.id === id)?.[lang] ?? [];
}

/**
 * How staff cite a measure numbered in its source (Tokyo's 別表: 施策12 on the page): No.12, No. 12,
 * and in Japanese 別表12 and ＮＯ.12's half-width form. Letters and other codes (ア, 1-②) get none.
 */
export function measureNumberAliases(code: string | undefined, lang: Lang): string[] {
  if (!code || !/^\d+$/.test(code)) return [];
  return [`No.${code}`, `No. ${code}`, `#${code}`, ...NUMBER_FORMS[lang](code)];
}

/** The forms of a measure number only one language's readers type (the source's own words). */
const NUMBER_FORMS: Record<Lang, (code: string) => string[]> = {
  ja: (code) => [`別表${code}`, `施策${code}`],
  en: () => [],
};
