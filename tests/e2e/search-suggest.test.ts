/**
 * Nearby spellings on the search page, in Chromium on the built site: a misspelt query that finds
 * nothing offers the word of the index it was meant to be, as a link that runs that search and
 * finds results; the words and their code are fetched only when a search finds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { t } from '../../src/i18n';
import type { Lang } from '../../src/schemas/shared';

const session = useBrowser();

const settled = (page: Page) => page.waitForSelector('[data-search-root][data-search-state="done"]', { timeout: 20_000 });
const resultCount = (page: Page) => page.locator('[data-search-results] > li').count();

/** Opens a search, waits for it and for its spellings; returns the page and the suggestion links' texts. */
async function search(lang: Lang, query: string, requests: string[] = []): Promise<{ page: Page; offered: string[] }> {
  const page = await session().browser.newPage();
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${session().url}${lang}/search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  if ((await resultCount(page)) > 0 && !query.includes(' ')) return { page, offered: [] };
  await page.waitForSelector('[data-search-suggestions][data-spelling="done"]');
  const offered = await page.$$eval('[data-search-suggestions] a', (as) => as.map((a) => a.textContent ?? ''));
  return { page, offered };
}

/** Follows the suggestion of `meant` and returns how many results its search shows. */
async function follow(page: Page, lang: Lang, offered: string[], meant: string): Promise<number> {
  const label = t(lang, 'search.suggestSpelling', { term: meant }).toLowerCase();
  const link = offered.find((o) => o.toLowerCase() === label);
  expect(link, `“${meant}” among ${JSON.stringify(offered)}`).toBeDefined();
  await page.getByRole('link', { name: link!, exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('q')?.toLowerCase() === meant.toLowerCase());
  await settled(page);
  return resultCount(page);
}

// Misspelt words that Pagefind finds nothing for. (Japanese queries rarely find nothing: Pagefind
// segments an unknown word and matches its parts, so アメリカー still finds pages with アメリカ.)
const nothing: [Lang, string, string][] = [
  ['en', 'Shizuoca', 'Shizuoka'],
  ['en', 'Yokohma', 'Yokohama'],
  ['ja', 'ワードカップ', 'ワールドカップ'],
];

describe('nearby spellings on the search page', () => {
  for (const [lang, typo, meant] of nothing)
    it(`offers “${meant}” for “${typo}” (${lang}), before the other language and the glossary, and following it finds results`, async () => {
      const { page, offered } = await search(lang, typo);
      expect(await page.textContent('[data-search-status]')).toBe(t(lang, 'search.none', { term: typo }));
      expect(offered.at(-1)).toBe(t(lang, 'search.suggestGlossary'));
      expect(await follow(page, lang, offered, meant)).toBeGreaterThan(0);
      await page.close();
    });

  it('offers “sister city” for “sistr city”, whose results come from “city” alone, and following it finds results', async () => {
    const { page, offered } = await search('en', 'sistr city');
    expect(await resultCount(page)).toBeGreaterThan(0);
    // Only the spelling: the other language and the glossary are for searches that find nothing.
    expect(offered).toContain(t('en', 'search.suggestSpelling', { term: 'sister city' }));
    expect(offered).not.toContain(t('en', 'search.suggestGlossary'));
    expect(await follow(page, 'en', offered, 'sister city')).toBeGreaterThan(0);
    await page.close();
  });

  it('fetches neither the words nor their code for a search that finds something', async () => {
    const requests: string[] = [];
    const { page } = await search('en', 'Shizuoka', requests);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(requests.filter((p) => p.endsWith('/words.json') || p.includes('search-suggest'))).toEqual([]);
    await page.close();
  });

  it('fetches the words of its own language once a search finds nothing', async () => {
    const requests: string[] = [];
    const { page } = await search('ja', 'ワードカップ', requests);
    expect(requests.filter((p) => p.endsWith('/words.json'))).toEqual(['/ja/search/words.json']);
    await page.close();
  });
});
