import { describe, expect, it } from 'vitest';
import { AXE_PAGES, AXE_SEARCHES, NOT_FOUND_PATH } from '../../src/lib/accessibility';
import { axe, useBrowser } from './browser';

const session = useBrowser();

// The pages are listed in src/lib/accessibility.ts, which the accessibility statement
// (/ja/accessibility/) also reads: add a page there and both the test and the statement name it.
describe('accessibility (axe, WCAG 2.0, 2.1 and 2.2 A and AA)', () => {
  it('finds no violation on the language chooser', async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  for (const lang of ['ja', 'en']) {
    for (const type of AXE_PAGES) {
      it(`finds no violation on /${lang}/${type}`, async () => {
        const page = await session().browser.newPage();
        await page.goto(`${session().url}${lang}/${type}`);
        expect(await axe(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('finds no violation on the page for an address that does not exist', async () => {
    const page = await session().browser.newPage();
    const response = await page.goto(`${session().url}${NOT_FOUND_PATH.slice(1)}`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('ページが見つかりません');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  // The search page draws its results after the page has loaded: check them drawn, in both colour
  // schemes (Pagefind's former UI once lost its text colour on the dark background), with the
  // filters open.
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const { lang, query } of AXE_SEARCHES) {
      it(`finds no violation in the search results for "${query}" (${lang}, ${colorScheme} mode)`, async () => {
        const page = await session().browser.newPage({ colorScheme });
        await page.goto(`${session().url}${lang}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('[data-search-root][data-search-state="done"] a.search-result__link', { timeout: 20_000 });
        await page.click('[data-search-filters] > summary');
        await page.waitForSelector('.search-filter input[type="checkbox"]');
        await page.$$eval('.search-filter', (groups) => {
          for (const g of groups) (g as HTMLDetailsElement).open = true;
        });
        expect(await axe(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('finds no violation in dark mode', async () => {
    const page = await session().browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${session().url}en/strategies/shizuoka-2017/measures/mice/`);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  // WCAG 1.4.4: a 1280 px wide window zoomed to 200% lays pages out at 640 CSS px.
  for (const lang of ['ja', 'en']) {
    it(`fits every tested /${lang}/ page into 640 px (200% zoom) without scrolling sideways`, async () => {
      const page = await session().browser.newPage({ viewport: { width: 640, height: 800 } });
      const wide: string[] = [];
      for (const type of AXE_PAGES) {
        await page.goto(`${session().url}${lang}/${type}`);
        const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
        if (scroll > width) wide.push(`/${lang}/${type}: ${scroll} px wide`);
      }
      expect(wide).toEqual([]);
      await page.close();
    });
  }
});
