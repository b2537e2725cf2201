import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

const session = useBrowser();

/** The result links Pagefind shows for a query typed into the page's search field. */
async function results(page: Page): Promise<string[]> {
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20_000 });
  return page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('finds the Shimizu Port measure for the Japanese query 清水港, from the header search field', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}ja/`);
    await page.fill('#site-search', '清水港');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/ja\/search\/\?q=/);
    const found = await results(page);
    expect(found.slice(0, 5)).toContain('/ja/strategies/shizuoka-2017/measures/shimizu-port/');
    expect(found.every((p) => p.startsWith('/ja/'))).toBe(true);
    await page.close();
  });

  it('finds the Shimizu Port measure for the English query "container", in the English index only', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}en/search/?q=${encodeURIComponent('container')}`);
    const found = await results(page);
    expect(found.slice(0, 3)).toContain('/en/strategies/shizuoka-2017/measures/shimizu-port/');
    expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
    await page.close();
  });

  it('opens a measure from its result', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}ja/search/?q=${encodeURIComponent('茶葉')}`);
    await results(page);
    await page.click('.pagefind-ui__result-link >> nth=0');
    await page.waitForURL(/\/measures\//);
    expect(new URL(page.url()).pathname).toBe('/ja/strategies/shizuoka-2017/measures/agricultural-exports/');
    await page.close();
  });
});
