import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('reading in a browser', () => {
  it('switches language to the exact counterpart page', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}ja/strategies/shizuoka-2017/measures/shimizu-port/`);
    await page.click('a.language-switch');
    await page.waitForURL(/\/en\//);
    expect(new URL(page.url()).pathname).toBe('/en/strategies/shizuoka-2017/measures/shimizu-port/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('a.language-switch');
    await page.waitForURL(/\/ja\//);
    expect(new URL(page.url()).pathname).toBe('/ja/strategies/shizuoka-2017/measures/shimizu-port/');
    await page.close();
  });

  it('goes from the chooser at / to each language', async () => {
    const page = await session().browser.newPage();
    await page.goto(session().url);
    await page.click('a[hreflang="en"]');
    await page.waitForURL(/\/en\/$/);
    expect(await page.textContent('h1')).toContain('International Strategies of Japanese Cities');
    await page.close();
  });

  it('renders Japanese text with a CJK font, not boxes', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}ja/strategies/shizuoka-2017/purpose/`);
    // A glyph the font lacks renders as a box of the same width as any other; real glyphs differ.
    const widths = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d')!;
      c.font = getComputedStyle(document.querySelector('h1')!).font;
      return ['静', '岡', 'i', 'W'].map((ch) => c.measureText(ch).width);
    });
    expect(widths[0]).toBeGreaterThan(widths[2]!);
    await page.close();
  });

  it('shows the permalink of a section when its link gets keyboard focus, and the link lands on the section', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}en/strategies/shizuoka-2017/purpose/`);
    const anchor = page.locator('h2#period .heading-anchor');
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await anchor.focus();
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await anchor.press('Enter');
    await page.waitForURL(/#period$/);
    expect(new URL(page.url()).hash).toBe('#period');
    await page.close();
  });
});
