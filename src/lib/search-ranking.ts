/**
 * Pagefind's ranking options as the search page sets them (`pagefind.options({ ranking })`), chosen
 * on the query suite (tests/e2e/search-queries.cases.ts): `npm run bench -- --search-ablation` prints
 * recall@1, recall@5 and MRR per language for each option changed alone; the README has the table.
 */
export interface SearchRanking {
  /** How much a page's length counts against it, 0–1 (Pagefind's default 0.75). */
  pageLength?: number;
  /** How much the share of the page's words that match counts, 0–1 (default 1). */
  termFrequency?: number;
  /** How soon repeating a word stops adding to a page's score, 0–2 (default 1.4): lower saturates sooner. */
  termSaturation?: number;
  /** How much an exact word outranks a longer word it begins (a prefix match), ≥ 0 (default 1). */
  termSimilarity?: number;
}

/**
 * pageLength 0.3: short pages that only cite a strategy's title (city and region pages) no longer
 * outrank the chapters about the subject (Japanese recall@1 0.84 → 0.90, English 0.79 → 0.82). The
 * other options stay at Pagefind's defaults: pageLength 0 and termFrequency 0.5 help English but cost
 * Japanese more; termSaturation 2 and termSimilarity 3 gain one Japanese query of 86, within what
 * one more query in the suite could undo (the README's table).
 */
export const SEARCH_RANKING: SearchRanking = { pageLength: 0.3 };
