/**
 * Every URL of the site is built here: the permalink contract. /ja/… and /en/… share paths, so a
 * page's twin is the same path under the other language.
 */
import type { Lang } from '../schemas/shared';
import type { ColourScheme } from './map';

export const paths = {
  chooser: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  strategies: (lang: Lang) => `/${lang}/strategies/`,
  strategy: (lang: Lang, strategy: string) => `/${lang}/strategies/${strategy}/`,
  chapter: (lang: Lang, strategy: string, chapter: string) => `/${lang}/strategies/${strategy}/${chapter}/`,
  /** A chapter with Japanese and English side by side. */
  chapterParallel: (lang: Lang, strategy: string, chapter: string) => `/${lang}/strategies/${strategy}/${chapter}/parallel/`,
  /** The whole strategy on one printable page: in `lang`, or in both languages side by side. */
  print: (lang: Lang, strategy: string) => `/${lang}/strategies/${strategy}/print/`,
  printBilingual: (lang: Lang, strategy: string) => `/${lang}/strategies/${strategy}/print/bilingual/`,
  measures: (lang: Lang, strategy: string) => `/${lang}/strategies/${strategy}/measures/`,
  measure: (lang: Lang, strategy: string, measure: string) => `/${lang}/strategies/${strategy}/measures/${measure}/`,
  measureParallel: (lang: Lang, strategy: string, measure: string) => `/${lang}/strategies/${strategy}/measures/${measure}/parallel/`,
  /**
   * An earlier edition of a strategy (lib/editions.ts): its pages are the strategy's pages under this
   * path, so every other path of a strategy takes the edition's key (<id>/editions/<edition>) as its ID.
   */
  edition: (lang: Lang, strategy: string, edition: string) => `/${lang}/strategies/${strategy}/editions/${edition}/`,
  /** What changed, block by block, from the edition `older` to the edition `newer` (either may be the current one). */
  compareEditions: (lang: Lang, strategy: string, older: string, newer: string) =>
    `/${lang}/strategies/${strategy}/editions/${older}/compare/${newer}/`,
  kpi: (lang: Lang, strategy: string, measure: string, kpi: string) => `/${lang}/strategies/${strategy}/measures/${measure}/#kpi-${kpi}`,
  cities: (lang: Lang) => `/${lang}/cities/`,
  city: (lang: Lang, city: string) => `/${lang}/cities/${city}/`,
  regions: (lang: Lang) => `/${lang}/regions/`,
  region: (lang: Lang, region: string) => `/${lang}/regions/${region}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  /** The words of the language's search index that nearby-spelling suggestions draw on (scripts/build-search-words.ts). */
  searchWords: (lang: Lang) => `/${lang}/search/words.json`,
  allMeasures: (lang: Lang) => `/${lang}/measures/`,
  /** The strategies compared: matrices by theme, region and KPIs, pillars side by side (?s=… chooses strategies). */
  compare: (lang: Lang) => `/${lang}/compare/`,
  themes: (lang: Lang) => `/${lang}/themes/`,
  theme: (lang: Lang, theme: string) => `/${lang}/themes/${theme}/`,
  bureaus: (lang: Lang) => `/${lang}/bureaus/`,
  bureau: (lang: Lang, bureau: string) => `/${lang}/bureaus/${bureau}/`,
  network: (lang: Lang, network: string) => `/${lang}/networks/${network}/`,
  dataDocs: (lang: Lang) => `/${lang}/data/`,
  glossary: (lang: Lang) => `/${lang}/glossary/`,
  translationStatus: (lang: Lang) => `/${lang}/translation-status/`,
  accessibility: (lang: Lang) => `/${lang}/accessibility/`,
  /** The terms of reuse: the originals' (each municipality's), the translations' and the open data's (CC BY 4.0). */
  licence: (lang: Lang) => `/${lang}/licence/`,
  /** The site's change log, every strategy's entries included. */
  changes: (lang: Lang) => `/${lang}/changes/`,
  /** A page named by its path after /{lang}/, as content/changes.yaml names pages (cities/rome-georgia/). */
  langPath: (lang: Lang, rest: string) => `/${lang}/${rest}`,
  /** The change log as an Atom feed in `lang`. */
  changesFeed: (lang: Lang) => `/${lang}/changes.xml`,
  /** A strategy's full text as JSON: every block with its id, in both languages (language-neutral, one file). */
  strategyData: (strategy: string) => `/data/strategies/${strategy}.json`,
  /** An earlier edition's full text as JSON, in the shape of its strategy's file (lib/strategy-json.ts). */
  editionData: (strategy: string, edition: string) => `/data/strategies/${strategy}/editions/${edition}.json`,
  /** The JSON Schema (draft 2020-12) of the strategies' full-text files, which each of them names as its `$schema`. */
  strategySchema: () => '/data/strategy.schema.json',
  /** The open data's sidecar metadata (a Frictionless Data Package): licence, sources, files, columns. */
  dataPackage: () => '/data/datapackage.json',
  /** The contributors' and translators' guide. */
  contribute: (lang: Lang) => `/${lang}/contribute/`,
  dataFile: (file: string) => `/data/${file}`,
  /** A map's base image (land only, SVG) in the reader's colour scheme; one for both languages. */
  mapImage: (map: string, scheme: ColourScheme) => (scheme === 'dark' ? `/maps/dark/${map}.svg` : `/maps/${map}.svg`),
  /** A strategy's picture for shared links (og:image), PNG, one for both languages. */
  shareImage: (strategy: string) => `/og/${strategy}.png`,
  /** Shown by the service worker for a page not saved on the device (not a page to link to). */
  offline: (lang: Lang) => `/${lang}/offline/`,
};

/** Slugs a chapter may not take, because the strategy's own sub-pages use them. */
export const RESERVED_CHAPTER_SLUGS = ['measures', 'print', 'editions'];

/** The same page in the other language: /ja/x/ ↔ /en/x/. */
export function twinPath(pathname: string, lang: Lang): string {
  return pathname.replace(/^\/(ja|en)(?=\/|$)/, `/${lang}`);
}
