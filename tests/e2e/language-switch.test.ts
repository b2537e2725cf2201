import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('the language switch keeps the place', () => {
  it('keeps the fragment of the block the reader is at, which exists on the other page', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}ja/strategies/shizuoka-2017/measures/inbound-tourism/#policy-p2`);
    await page.click('a.language-switch');
    await page.waitForURL(/\/en\//);
    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe('/en/strategies/shizuoka-2017/measures/inbound-tourism/#policy-p2');
    expect(await page.locator('#policy-p2').count()).toBe(1);
    // A fragment chosen after the page loaded (a ¶ link followed) is kept too.
    await page.locator('a.block-anchor[href="#actions-p3"]').evaluate((a: HTMLAnchorElement) => a.click());
    await page.click('a.language-switch');
    await page.waitForURL(/\/ja\//);
    expect(new URL(page.url()).hash).toBe('#actions-p3');
    await page.close();
  });

  it('keeps the query of the search page', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}en/search/?q=tourism`);
    await page.fill('#search-input', 'sister city');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'sister city');
    await page.click('a.language-switch');
    await page.waitForURL(/\/ja\/search\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('sister city');
    await page.close();
  });

  it('keeps the measures filter, which is in the address and read back on load', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}en/measures/`);
    await page.selectOption('select[name="strategy"]', 'tokyo-2014');
    await page.check('input[name="kpis"]');
    await page.selectOption('select[name="strategy"]', 'shizuoka-2017');
    expect(new URL(page.url()).search).toBe('?strategy=shizuoka-2017&kpis=1');
    const shown = await page.locator('li.measure-card:visible').count();
    await page.click('a.language-switch');
    await page.waitForURL(/\/ja\/measures\//);
    expect(new URL(page.url()).search).toBe('?strategy=shizuoka-2017&kpis=1');
    expect(await page.inputValue('select[name="strategy"]')).toBe('shizuoka-2017');
    expect(await page.isChecked('input[name="kpis"]')).toBe(true);
    expect(await page.locator('li.measure-card:visible').count()).toBe(shown);
    expect(await page.textContent('output[name="count"]')).toBe(String(shown));
    // Back to no filter: the address has no query left.
    await page.selectOption('select[name="strategy"]', '');
    await page.uncheck('input[name="kpis"]');
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});
