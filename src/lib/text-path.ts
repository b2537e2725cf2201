/**
 * Where a text file sits under content/strategies/: <strategy>/<ja|en>/[measures/]<slug>.mdx, or in
 * an earlier edition's frozen copy, <strategy>/editions/<edition>/<ja|en>/[measures/]<slug>.mdx (the
 * first group is then "<strategy>/editions/<edition>", the edition's folder: lib/editions.ts). The
 * loader finds texts by it (lib/content-files.ts), and the content collections use the same path as
 * the text's id (lib/site.ts reads it back).
 */
export const TEXT_PATH = /^([^/]+(?:\/editions\/[^/]+)?)\/(ja|en)\/(measures\/)?([^/]+)\.mdx$/;

/** A strategy's folder under content/strategies/ and the file's path in it: `x/strategy.yaml`, `x/editions/draft/strategy.yaml`. */
export const STRATEGY_FOLDER = /^([^/]+(?:\/editions\/[^/]+)?)\/([^/]+)$/;
