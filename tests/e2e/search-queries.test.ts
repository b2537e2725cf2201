/**
 * A query suite over all five strategies: each query must bring the expected page into the first
 * results of its language's index (compounds, katakana names, acronyms, full-width letters).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

const QUERIES: [lang: 'ja' | 'en', query: string, expected: string][] = [
  ['ja', 'ニューヨーク', '/ja/cities/new-york/'],
  ['ja', '上海事務所', '/ja/strategies/kumamoto-2018/measures/shanghai-office-business/'],
  ['ja', 'アジア大都市ネットワーク', '/ja/strategies/tokyo-2014/attachment/'],
  ['ja', 'ハイデルベルク', '/ja/cities/heidelberg/'],
  ['ja', 'Y-PORT', '/ja/strategies/yokohama-2015/measures/y-port-center/'],
  ['ja', 'ＭＩＣＥ', '/ja/themes/mice/'],
  ['ja', '友好都市', '/ja/strategies/kuwana-2014/friendship-city-study/'],
  ['en', 'Heidelberg', '/en/cities/heidelberg/'],
  ['en', 'water business', '/en/strategies/tokyo-2014/measures/no-34/'],
  ['en', 'Kuwana', '/en/cities/kuwana/'],
];

describe('search across the strategies', () => {
  it.each(QUERIES)('finds, in %s, for "%s": %s', async (lang, query, expected) => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20_000 });
    const found = await page.$$eval('.pagefind-ui__result-link', (as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
    expect(found.slice(0, 3)).toContain(expected);
    await page.close();
  });
});
