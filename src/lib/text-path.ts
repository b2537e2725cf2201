/**
 * Where a text file sits under content/strategies/: <strategy>/<ja|en>/[measures/]<slug>.mdx. The
 * loader finds texts by it (lib/content-files.ts), and the content collections use the same path
 * as the text's id (lib/site.ts reads it back).
 */
export const TEXT_PATH = /^([^/]+)\/(ja|en)\/(measures\/)?([^/]+)\.mdx$/;
