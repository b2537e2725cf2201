/**
 * Pure helpers of the search page (src/client/search.ts): the shape of Pagefind's results, which
 * sub-results of a page to show, the filter query for Pagefind, and the UI strings' placeholders.
 * Kept apart from the DOM code so that they can be unit-tested.
 */

/** A section of a result page (a heading with an id), as Pagefind returns it. */
export interface SubResult {
  url: string;
  title: string;
  /** HTML: the text is escaped by Pagefind, the matched words are in <mark>. */
  excerpt: string;
  /** Positions of the matched words in this section. */
  locations: number[];
}

/** A result page's data, as `result.data()` returns it. */
export interface ResultData {
  url: string;
  /** HTML, as SubResult.excerpt. */
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
  /** The page's indexed text, words separated by whitespace. */
  content?: string;
  /** Positions (in words of `content`) of the matched words. */
  locations?: number[];
}

/** Filter counts: filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The values chosen in each filter group, by filter name. */
export type Selection = Record<string, string[]>;

/** The most sections shown under one result (as Pagefind's Default UI). */
export const MAX_SUB_RESULTS = 3;

/**
 * What to show under a result's title: the page's own excerpt when the words are found before its
 * first heading (Pagefind then lists the page itself as the first sub-result), and up to three
 * sections, those with the most matches, in page order.
 */
export function pickSubResults(data: ResultData): { excerpt: string | undefined; sections: SubResult[] } {
  const subs = data.sub_results ?? [];
  const hasRoot = subs[0]?.url === data.url;
  const sections = hasRoot ? subs.slice(1) : subs;
  if (sections.length <= MAX_SUB_RESULTS) return { excerpt: hasRoot ? data.excerpt : undefined, sections };
  const best = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, MAX_SUB_RESULTS));
  return { excerpt: hasRoot ? data.excerpt : undefined, sections: sections.filter((s) => best.has(s)) };
}

/**
 * Pagefind's excerpts are escaped text with the matched words in <mark>. Only <mark> and </mark>
 * survive this: any other tag is shown as text, should an excerpt ever carry one.
 */
export function markOnly(html: string): string {
  return html.replace(/<(?!\/?mark>)/g, '&lt;');
}

/**
 * Pagefind's filter option for a selection: within a group any chosen value matches (two strategies
 * give the pages of either), across groups every group must match. Undefined when nothing is chosen,
 * so that a search without filters loads no filter file.
 */
export function filterQuery(selection: Selection, except?: string): Record<string, { any: string[] }> | undefined {
  const entries = Object.entries(selection).filter(([name, values]) => name !== except && values.length > 0);
  return entries.length ? Object.fromEntries(entries.map(([name, values]) => [name, { any: values }])) : undefined;
}

/** A UI string with its {placeholders} filled (the client's counterpart of t()). */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The Latin-script words of a query, lower-cased, that the fragment check applies to (3 letters or more). */
export function latinTerms(term: string): string[] {
  return term
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''))
    .filter((w) => /^[a-z][a-z0-9.\-']*$/.test(w) && w.length >= 3);
}

/** Length of the common start of two strings. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether every Latin query word is found as a word of the result, not only as the start of one.
 * Pagefind, when no indexed word begins with a query word, matches the indexed words that the query
 * word begins with: "Chicago" finds the "Chi" of Ho Chi Minh City, "USA" the "US" of US$. A matched
 * word counts when it begins with the query word, or shares with it all but its last three letters
 * and at least three (stemming: "cities" and "city", "studies" and "study").
 */
export function matchesWholeWords(data: Pick<ResultData, 'content' | 'locations'>, terms: readonly string[]): boolean {
  if (!terms.length || data.content === undefined || !data.locations) return true;
  const words = data.content.split(/\s+/).filter(Boolean);
  const matched = data.locations.map((l) =>
    (words[l] ?? '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/^[^a-z0-9]+/, ''),
  );
  return terms.every((t) => matched.some((w) => w.startsWith(t) || commonStart(w, t) >= Math.max(3, t.length - 3)));
}
