import { describe, expect, it } from 'vitest';
import { axe, useBrowser } from './browser';

const session = useBrowser();

/** One page of every type (in both languages), plus the chooser. */
const PAGE_TYPES = [
  'strategies/',
  'strategies/shizuoka-2017/',
  'strategies/shizuoka-2017/basic-policy/',
  'strategies/shizuoka-2017/measures/',
  'strategies/shizuoka-2017/measures/mice/',
  'cities/',
  'cities/stockton/',
  'regions/',
  'regions/taiwan/',
  'search/',
  '',
  // The components of the other strategies: the 別表 with summaries, partner and network tables,
  // repeat listings with budget lines, indicator tables, a budget, a cover memo, partner profiles.
  'strategies/tokyo-2014/measures/',
  'strategies/tokyo-2014/attachment/',
  'strategies/kumamoto-2018/basic-measures/',
  'strategies/kumamoto-2018/partner-cities/',
  'strategies/yokohama-2015/reference-1/',
  'strategies/yokohama-2015/measures/city-promotion/',
  'strategies/yokohama-2015/memo/',
  'strategies/kuwana-2014/',
  'measures/',
  'themes/',
  'themes/tourism/',
  'bureaus/',
  'bureaus/tokyo-industrial-labor/',
  'data/',
  'glossary/',
  'translation-status/',
];

describe('accessibility (axe, WCAG 2.0, 2.1 and 2.2 A and AA)', () => {
  it('finds no violation on the language chooser', async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  for (const lang of ['ja', 'en']) {
    for (const type of PAGE_TYPES) {
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
    const response = await page.goto(`${session().url}ja/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('ページが見つかりません');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  // Pagefind draws its results after the page has loaded, with its own stylesheet: check them drawn,
  // in both colour schemes (its default text colour once vanished on the dark background).
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [lang, query] of [['ja', '清水港'], ['en', 'container']]) {
      it(`finds no violation in the search results for "${query}" (${lang}, ${colorScheme} mode)`, async () => {
        const page = await session().browser.newPage({ colorScheme });
        await page.goto(`${session().url}${lang}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20_000 });
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
});
