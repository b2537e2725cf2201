import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('requests', () => {
  it('go only to the site itself, on reading pages, maps and search', async () => {
    const page = await session().browser.newPage();
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    for (const path of ['ja/strategies/shizuoka-2017/basic-policy/', 'en/regions/europe/', 'en/cities/', 'ja/measures/']) {
      await page.goto(`${session().url}${path}`);
    }
    await page.goto(`${session().url}ja/search/?q=${encodeURIComponent('清水港')}`);
    await page.waitForSelector('[data-search-root][data-search-state="done"] a.search-result__link', { timeout: 20_000 });
    expect([...origins]).toEqual([new URL(session().url).origin]);
    await page.close();
  });
});
