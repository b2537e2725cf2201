/**
 * The search page in Chromium, on the built site: the query from the header or the address, the
 * address following what is typed, results five at a time with their sections, the count announced,
 * and filters that load only when asked for and narrow the results.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { t } from '../../src/i18n';

const session = useBrowser();

/** Waits until the search page has drawn the results of its latest search. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-root][data-search-state="done"]', { timeout: 20_000 });
}

/** The result pages shown (not their sections), in order. */
function shown(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] a.search-result__link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The result links Pagefind shows for the search the page was opened with. */
async function results(page: Page): Promise<string[]> {
  await settled(page);
  return shown(page);
}

/** Presses "Show more results" until every result is shown; returns them all. */
async function allResults(page: Page): Promise<string[]> {
  await settled(page);
  while (await page.isVisible('[data-search-more]')) {
    await page.click('[data-search-more]');
    await settled(page);
  }
  return shown(page);
}

/**
 * How many results Pagefind's own API finds for a term, asked in the page (no UI involved). A string
 * expression, since Vitest would rewrite an import() inside a function passed to the page.
 */
function apiCount(page: Page, term: string, filters?: Record<string, unknown>): Promise<number> {
  return page.evaluate(
    `import('/pagefind/pagefind.js').then((p) => p.search(${JSON.stringify(term)}, ${JSON.stringify(filters ? { filters } : {})})).then((s) => s.results.length)`,
  ) as Promise<number>;
}

const open = async (path: string) => {
  const page = await session().browser.newPage();
  await page.goto(`${session().url}${path}`);
  return page;
};

describe('search', () => {
  it('finds the Shimizu Port measure for the Japanese query 清水港, from the header search field', async () => {
    const page = await open('ja/');
    await page.fill('#site-search', '清水港');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/ja\/search\/\?q=/);
    const found = await results(page);
    expect(found.slice(0, 5)).toContain('/ja/strategies/shizuoka-2017/measures/shimizu-port/');
    expect(found.every((p) => p.startsWith('/ja/'))).toBe(true);
    await page.close();
  });

  it('finds the Shimizu Port measure for the English query "container", in the English index only', async () => {
    const page = await open(`en/search/?q=${encodeURIComponent('container')}`);
    const found = await results(page);
    expect(found.slice(0, 3)).toContain('/en/strategies/shizuoka-2017/measures/shimizu-port/');
    expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
    await page.close();
  });

  it('opens a measure from its result', async () => {
    const page = await open(`ja/search/?q=${encodeURIComponent('茶葉')}`);
    await results(page);
    await page.click('a.search-result__link >> nth=0');
    await page.waitForURL(/\/measures\//);
    expect(new URL(page.url()).pathname).toBe('/ja/strategies/shizuoka-2017/measures/agricultural-exports/');
    await page.close();
  });

  it('fills its field from ?q=, puts the focus there, and keeps the address in step with what is typed', async () => {
    const page = await open(`en/search/?q=${encodeURIComponent('container')}`);
    await settled(page);
    expect(await page.inputValue('[data-search-root] input[type="search"]')).toBe('container');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-root] input[type="search"]'))).toBe(true);
    const before = await shown(page);
    await page.fill('[data-search-root] input[type="search"]', 'New York');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'New York');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“New York”'));
    await settled(page);
    const after = await shown(page);
    expect(after).not.toEqual(before);
    expect(after.slice(0, 5)).toContain('/en/cities/new-york/');
    // The shared address opens the same search.
    const again = await open(new URL(page.url()).pathname.slice(1) + new URL(page.url()).search);
    expect(await results(again)).toEqual(after);
    // Emptying the field empties the list and the address.
    await page.fill('[data-search-root] input[type="search"]', '');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
    expect(await page.locator('[data-search-results] > li').count()).toBe(0);
    await again.close();
    await page.close();
  });

  it('announces the number of results in a polite status region, as many as Pagefind finds', async () => {
    for (const [lang, query, text] of [
      ['ja', '清水港', (n: number) => `「清水港」の検索結果：${n}件`],
      ['en', 'container', (n: number) => `${n} result${n === 1 ? '' : 's'} for “container”`],
    ] as const) {
      const page = await open(`${lang}/search/?q=${encodeURIComponent(query)}`);
      await settled(page);
      const status = page.locator('[data-search-status]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      const n = await apiCount(page, query);
      expect(n).toBeGreaterThan(0);
      expect((await status.textContent())?.trim()).toBe(text(n));
      await page.close();
    }
  });

  it('says so when nothing matches', async () => {
    const page = await open(`en/search/?q=${encodeURIComponent('xylophonequartz')}`);
    await settled(page);
    expect(await page.textContent('[data-search-status]')).toBe(t('en', 'search.none', { term: 'xylophonequartz' }));
    expect(await page.locator('[data-search-results] > li').count()).toBe(0);
    expect(await page.isVisible('[data-search-more]')).toBe(false);
    await page.close();
  });

  it('lists the sections of a result page that match, linked to headings that exist on that page', async () => {
    const page = await open(`ja/search/?q=${encodeURIComponent('清水港')}`);
    await settled(page);
    const result = page.locator('.search-result', {
      has: page.locator('a.search-result__link[href="/ja/strategies/shizuoka-2017/measures/shimizu-port/"]'),
    });
    const sections = await result
      .locator('.search-result__sub a')
      .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.length).toBeLessThanOrEqual(3);
    for (const { href, text } of sections) {
      const url = new URL(href);
      expect(url.pathname).toBe('/ja/strategies/shizuoka-2017/measures/shimizu-port/');
      expect(url.hash).toMatch(/^#.+/);
      // The heading's own text, without the "#" of its permalink.
      const heading = await page.evaluate(
        async ({ path, id }) => {
          const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
          const h = doc.getElementById(id);
          h?.querySelector('.heading-anchor')?.remove();
          return h ? { tag: h.tagName, text: (h.textContent ?? '').replace(/\s+/g, ' ').trim() } : null;
        },
        { path: url.pathname, id: decodeURIComponent(url.hash.slice(1)) },
      );
      expect(heading, href).not.toBeNull();
      expect(heading!.tag).toMatch(/^H[1-6]$/);
      expect(text.replace(/\s+/g, ' ').trim()).toBe(heading!.text);
    }
    // Excerpts mark the words found, and nothing else is HTML.
    const excerpts = await result.locator('.search-result__excerpt').evaluateAll((ps) =>
      ps.map((p) => ({
        marks: [...p.querySelectorAll('mark')].map((m) => m.textContent),
        other: p.querySelectorAll(':not(mark)').length,
      })),
    );
    expect(excerpts.some((e) => e.marks.includes('清水港'))).toBe(true);
    expect(excerpts.every((e) => e.other === 0)).toBe(true);
    await page.close();
  });

  it('shows five results, five more at each "Show more results", and fetches only the fragments of the results shown', async () => {
    const page = await session().browser.newPage();
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(r.url());
    });
    await page.goto(`${session().url}ja/search/?q=${encodeURIComponent('観光')}`);
    await settled(page);
    const total = await apiCount(page, '観光');
    expect(total).toBeGreaterThan(10);
    expect(await shown(page)).toHaveLength(5);
    expect(fragments).toHaveLength(5);
    await page.click('[data-search-more]');
    await settled(page);
    const ten = await shown(page);
    expect(ten).toHaveLength(10);
    expect(new Set(ten).size).toBe(10);
    expect(fragments).toHaveLength(10);
    // The focus moves to the first result added, so a keyboard user reads on from there.
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(
      new URL(ten[5]!, session().url).href,
    );
    expect(await allResults(page)).toHaveLength(total);
    expect(await page.isVisible('[data-search-more]')).toBe(false);
    await page.close();
  });

  it("fetches no filter file for a search, and loads the filters, in their fixed order and in the page's language, when the panel is opened", async () => {
    for (const lang of ['ja', 'en'] as const) {
      const page = await session().browser.newPage();
      const filterFiles: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/pagefind/filter/')) filterFiles.push(r.url());
      });
      await page.goto(`${session().url}${lang}/search/?q=${encodeURIComponent(lang === 'ja' ? '観光' : 'tourism')}`);
      await settled(page);
      await page.waitForLoadState('networkidle');
      expect(filterFiles).toEqual([]);
      expect(await page.getAttribute('[data-search-filters]', 'open')).toBeNull();
      await page.click('[data-search-filters] > summary');
      await page.waitForSelector('.search-filter input[type="checkbox"]');
      expect(filterFiles.length).toBeGreaterThan(0);
      const legends = await page.$$eval('.search-filter legend', (ls) => ls.map((l) => l.textContent));
      expect(legends).toEqual(
        [
          'search.filterType',
          'search.filterStrategy',
          'search.filterTheme',
          'search.filterRegion',
          'search.filterBureau',
          'search.filterKpis',
        ].map((k) => t(lang, k as Parameters<typeof t>[1])),
      );
      await page.close();
    }
  });

  it('narrows a Japanese search to the pages of the strategy chosen, as many as its count said', async () => {
    const page = await open(`ja/search/?q=${encodeURIComponent('観光')}`);
    const unfiltered = await apiCount(page, '観光');
    await page.click('[data-search-filters] > summary');
    const strategy = t('ja', 'search.filterStrategy');
    const box = page.locator(`.search-filter input[name="${strategy}"][value="静岡市地域外交基本方針"]`);
    await box.waitFor();
    // Counts are filled once the current search is counted; the chosen strategy has tourism pages, so
    // its count is non-zero once the search's counts (not an earlier pass's) are in.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.search-filter__option')].every((l) => /（\d+）$/.test(l.textContent ?? '')),
    );
    await page.waitForFunction(
      (value) => /（[1-9]\d*）$/.test(document.querySelector(`.search-filter input[value="${value}"]`)?.parentElement?.textContent ?? ''),
      '静岡市地域外交基本方針',
    );
    const label = (await box.locator('xpath=..').textContent()) ?? '';
    const promised = Number(/（(\d+)）$/.exec(label)?.[1]);
    expect(promised).toBeGreaterThan(0);
    expect(promised).toBeLessThan(unfiltered);
    await box.check();
    await page.waitForFunction(
      (n) => document.querySelector('[data-search-status]')?.textContent === `「観光」の検索結果：${n}件`,
      promised,
    );
    await settled(page);
    // The focus stays on the checkbox: choosing a filter changes no context (WCAG 3.2.2).
    expect(await box.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.textContent('[data-search-filters] > summary')).toContain('（1件選択中）');
    const found = await allResults(page);
    expect(found).toHaveLength(promised);
    // Every page found carries the strategy's filter (read from the page itself).
    const filters = await page.evaluate(async (paths) => {
      const out: string[][] = [];
      for (const path of paths) {
        const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
        out.push(
          [...doc.querySelectorAll('[data-pagefind-body] [data-pagefind-filter]')].map((e) => e.getAttribute('data-pagefind-filter') ?? ''),
        );
      }
      return out;
    }, found);
    expect(filters.every((f) => f.includes(`${strategy}:静岡市地域外交基本方針`))).toBe(true);
    // A second strategy widens the results (any of the strategies chosen); clearing restores them all.
    await page.check(`.search-filter input[name="${strategy}"][value="東京都都市外交基本戦略"]`);
    await page.waitForFunction(
      (n) => Number(/：(\d+)件/.exec(document.querySelector('[data-search-status]')?.textContent ?? '')?.[1]) > n,
      promised,
    );
    await page.click('[data-search-clear]');
    await page.waitForFunction(
      (n) => document.querySelector('[data-search-status]')?.textContent === `「観光」の検索結果：${n}件`,
      unfiltered,
    );
    await page.close();
  });

  it('keeps one search field on the search page: the header field is hidden there', async () => {
    const page = await open(`ja/search/?q=${encodeURIComponent('清水港')}`);
    await results(page);
    expect(await page.isVisible('#site-search')).toBe(false);
    expect(await page.inputValue('[data-search-root] input[type="search"]')).toBe('清水港');
    await page.close();
  });

  it('finds nothing for a Latin name that is only the start of other words (Chicago, not Ho Chi Minh), and offers the other language and the glossary', async () => {
    const page = await open(`en/search/?q=${encodeURIComponent('Chicago')}`);
    expect(await results(page)).toEqual([]);
    // No word of the index is near enough to Chicago to be offered as its spelling.
    await page.waitForSelector('[data-search-suggestions][data-spelling="done"]');
    const links = await page.$$eval('[data-search-suggestions] a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search),
    );
    expect(links).toEqual(['/ja/search/?q=Chicago', '/en/glossary/']);
    await page.close();
  });

  it('keeps the chosen filters in the address and restores them from it', async () => {
    const strategy = '静岡市地域外交基本方針';
    const page = await open(`ja/search/?q=${encodeURIComponent('観光')}&strategy=${encodeURIComponent(strategy)}`);
    await page.waitForSelector('[data-search-filter-groups] input:checked');
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith('/ja/strategies/shizuoka-2017/'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('strategy')).toEqual([strategy]);
    await page.close();
  });
});
