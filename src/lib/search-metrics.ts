/**
 * Figures of the search query suite (tests/e2e/search-queries.cases.ts), per language: how often the
 * first result is a page the reader expects, how many of the expected pages come in the first five,
 * and how high the first expected page comes. Pure, so that the e2e test and `npm run bench` compute
 * them alike (the browser part is tests/e2e/search-suite.ts).
 */

/** One query as run: the pages it expects (in any order) and the result pages, best first. */
export interface RankedQuery {
  lang: string;
  expected: readonly string[];
  results: readonly string[];
}

export interface SuiteFigures {
  /** Queries with expected pages (those without any are left out of the figures). */
  queries: number;
  /** Share of queries whose first result is an expected page. */
  recallAt1: number;
  /** Mean share of a query's expected pages among its first five results. */
  recallAt5: number;
  /** Mean of 1 / rank of the first expected page (0 when none is among the results looked at). */
  mrr: number;
}

/** The rank (from 1) of the first expected page among the results, or undefined. */
export function firstExpectedRank(q: RankedQuery): number | undefined {
  const i = q.results.findIndex((p) => q.expected.includes(p));
  return i < 0 ? undefined : i + 1;
}

/** Share of a query's expected pages among its first k results. */
export function recallAt(q: RankedQuery, k: number): number {
  const top = q.results.slice(0, k);
  return q.expected.filter((p) => top.includes(p)).length / q.expected.length;
}

/** The suite's figures over the queries that expect pages. */
export function suiteFigures(queries: readonly RankedQuery[]): SuiteFigures {
  const scored = queries.filter((q) => q.expected.length > 0);
  const mean = (f: (q: RankedQuery) => number) => (scored.length ? scored.reduce((s, q) => s + f(q), 0) / scored.length : 0);
  return {
    queries: scored.length,
    recallAt1: mean((q) => (firstExpectedRank(q) === 1 ? 1 : 0)),
    recallAt5: mean((q) => recallAt(q, 5)),
    mrr: mean((q) => {
      const r = firstExpectedRank(q);
      return r === undefined ? 0 : 1 / r;
    }),
  };
}

/** The figures per language, in the order languages first appear. */
export function figuresByLang(queries: readonly RankedQuery[]): Map<string, SuiteFigures> {
  const langs = [...new Set(queries.map((q) => q.lang))];
  return new Map(langs.map((lang) => [lang, suiteFigures(queries.filter((q) => q.lang === lang))]));
}

/** One line per language: "ja  62 queries  recall@1 0.81  recall@5 0.97  MRR 0.86". */
export function formatFigures(byLang: Map<string, SuiteFigures>): string[] {
  return [...byLang].map(
    ([lang, f]) =>
      `${lang.padEnd(3)} ${String(f.queries).padStart(3)} queries  recall@1 ${f.recallAt1.toFixed(2)}  recall@5 ${f.recallAt5.toFixed(2)}  MRR ${f.mrr.toFixed(2)}`,
  );
}
