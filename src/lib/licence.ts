/**
 * The terms of reuse, once: the licence of this site's translations and open data (CC BY 4.0) and
 * the attribution lines the licence page shows and the open-data metadata repeats. The originals'
 * terms are each municipality's own, recorded per strategy in strategy.yaml (`source.terms`).
 */
import { t } from '../i18n';
import type { Lang } from '../schemas/shared';
import type { Strategy } from '../schemas/strategy';
import { formatDate } from './dates';

/** CC BY 4.0: its SPDX id (as Data Packages name licences), its deed and its Japanese deed. */
export const LICENCE = {
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  deed: { ja: 'https://creativecommons.org/licenses/by/4.0/deed.ja', en: 'https://creativecommons.org/licenses/by/4.0/deed.en' },
} as const;

/** The date a strategy is cited by: its issue date, or "undated" where the source gives none. */
export function citedDate(strategy: Strategy, lang: Lang): string {
  return strategy.issued ? formatDate(strategy.issued, lang) : t(lang, 'licence.dateUnknown');
}

/**
 * An attribution line for reusing a strategy's translation, in `lang`: the original's publisher,
 * title and date, this site and the page's address, and the licence.
 */
export function attributionLine(strategy: Strategy, lang: Lang, url: string): string {
  return t(lang, 'licence.line', {
    publisher: strategy.source.publisher[lang],
    title: strategy.title[lang],
    date: citedDate(strategy, lang),
    site: t(lang, 'site.name'),
    url,
  });
}

/** The attribution line for the open data, in `lang`. */
export function dataAttributionLine(lang: Lang, url: string): string {
  return t(lang, 'licence.dataLine', { site: t(lang, 'site.name'), url });
}
