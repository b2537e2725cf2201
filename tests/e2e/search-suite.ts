/**
 * The browser half of the search query suite, shared by tests/e2e/search-queries.test.ts and
 * `npm run bench` (scripts/bench.ts): runs a query through the real search page and reads the
 * indexed region of the built pages. No test framework here, so that the bench can import it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { figuresByLang, type RankedQuery } from '../../src/lib/search-metrics.ts';
import { latinTerms, matchesWholeWords, type ResultData } from '../../src/lib/search-results.ts';
import type { SearchRanking } from '../../src/lib/search-ranking.ts';
import { CASES, type Lang, type QueryCase } from './search-queries.cases.ts';

/** How many results a query is judged on: the search page shows five before "Show more results". */
export const K = 5;

/** Every built page of a language, as a path (/ja/cities/tokyo/). */
export function builtPaths(dist: string, lang: Lang): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`/${relative(dist, dir).split(sep).join('/')}/`);
    }
  };
  walk(join(dist, lang));
  return out;
}

/**
 * Reads the indexed region of each page in the browser (DOMParser), as Pagefind would see it, less
 * the hidden search aliases and data-pagefind-ignore parts: what the page itself says.
 */
export async function readPages(page: Page, paths: string[]): Promise<Record<string, { text: string; filters: string[] }>> {
  return page.evaluate(async (paths) => {
    const out: Record<string, { text: string; filters: string[] }> = {};
    await Promise.all(
      paths.map(async (path) => {
        const html = await (await fetch(path)).text();
        const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
        if (!body) return;
        const filters = [...body.querySelectorAll('[data-pagefind-filter]')].map((e) => e.getAttribute('data-pagefind-filter') ?? '');
        for (const e of body.querySelectorAll('[data-pagefind-ignore], [data-search-aliases], [data-pagefind-filter], script, style'))
          e.remove();
        out[path] = { text: body.textContent ?? '', filters };
      }),
    );
    return out;
  }, paths);
}

/** Runs a query through the search page (served at baseUrl) and returns the first `k` result pages, in order. */
export async function searchTop(page: Page, baseUrl: string, lang: Lang, query: string, k = K): Promise<string[]> {
  await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(query)}`);
  // The page marks its root "done" once the results of its latest search (or the next five of them)
  // are drawn, fragments loaded; "Show more results" is hidden when every result is shown.
  const settled = () => page.waitForSelector('[data-search-root][data-search-state="done"]', { timeout: 20_000 });
  await settled();
  // The result pages, not the sections listed under them.
  const links = () =>
    page.$$eval('[data-search-results] > li.search-result > .search-result__title > a.search-result__link', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
  let found = await links();
  while (found.length < k && (await page.isVisible('[data-search-more]'))) {
    await page.click('[data-search-more]');
    await settled();
    found = await links();
  }
  return found.slice(0, k);
}

/** A case as the figures see it: its required pages are the pages it expects. */
export const ranked = (c: QueryCase, results: string[]): RankedQuery => ({ lang: c.lang, expected: c.required, results });

/**
 * Serves the search pages with other ranking options in their data-ranking attribute (where the page
 * reads Pagefind's options from, src/lib/search-ranking.ts), for `npm run bench -- --search-ablation`.
 * The built files are not touched; service workers are blocked so every page comes through here.
 */
async function withRanking(page: Page, ranking: SearchRanking): Promise<void> {
  const value = JSON.stringify(ranking).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  await page.route(
    (url) => url.pathname.endsWith('/search/'),
    async (route) => {
      // Unconditionally: a 304 for a page the browser has cached would have no body to change.
      const headers = Object.fromEntries(Object.entries(route.request().headers()).filter(([k]) => !k.startsWith('if-')));
      const response = await route.fetch({ headers });
      const html = await response.text();
      const attribute = / data-ranking="[^"]*"/;
      if (!attribute.test(html)) throw new Error(`${route.request().url()} has no data-ranking attribute to change`);
      const changed = html.replace(attribute, ` data-ranking="${value}"`);
      await route.fulfill({ response, body: changed });
    },
  );
}

/** Runs every case (for the bench) and returns the figures per language and each case's results. */
export async function runSuite(
  browser: Browser,
  baseUrl: string,
  cases: readonly QueryCase[] = CASES,
): Promise<{ byLang: ReturnType<typeof figuresByLang>; results: { c: QueryCase; top: string[] }[] }> {
  const page = await browser.newPage();
  const results: { c: QueryCase; top: string[] }[] = [];
  try {
    for (const c of cases) results.push({ c, top: await searchTop(page, baseUrl, c.lang, c.query) });
  } finally {
    await page.close();
  }
  return { byLang: figuresByLang(results.map(({ c, top }) => ranked(c, top))), results };
}

/**
 * The suite through Pagefind's API in the search page, without its UI (for the ablation, where the
 * suite runs a dozen times): the query folded as the page folds it, the results taken in order,
 * dropping on English pages those the page drops (a Latin word matched only by a fragment), the
 * first `K` kept. The page is opened once per language, with `ranking` in its data-ranking, and
 * its own script's Pagefind (one module per page) answers.
 */
export async function runSuiteDirect(
  browser: Browser,
  baseUrl: string,
  ranking: SearchRanking,
  cases: readonly QueryCase[] = CASES,
): Promise<ReturnType<typeof figuresByLang>> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const queries: RankedQuery[] = [];
  try {
    for (const lang of [...new Set(cases.map((c) => c.lang))]) {
      const page = await context.newPage();
      await withRanking(page, ranking);
      await page.goto(`${baseUrl}${lang}/search/`);
      await page.waitForSelector('[data-search-root][data-search-state="idle"]');
      for (const c of cases.filter((x) => x.lang === lang)) {
        const term = c.query.normalize('NFKC').trim();
        const terms = lang === 'en' ? latinTerms(term) : [];
        // A string expression: the page imports Pagefind at run time, as the search page does.
        const data = (await page.evaluate(
          `import('/pagefind/pagefind.js').then(async (p) => { await p.options({ ranking: ${JSON.stringify(ranking)} }); await p.init(); const s = await p.search(${JSON.stringify(term)}); return Promise.all(s.results.slice(0, ${4 * K}).map((r) => r.data())); })`,
        )) as ResultData[];
        const kept = data.filter((d) => matchesWholeWords(d, terms)).slice(0, K);
        queries.push(
          ranked(
            c,
            kept.map((d) => new URL(d.url, baseUrl).pathname),
          ),
        );
      }
      await page.close();
    }
  } finally {
    await context.close();
  }
  return figuresByLang(queries);
}
