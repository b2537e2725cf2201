/**
 * The home and compare pages in Chromium: no axe violation in either colour scheme, nothing scrolls
 * sideways on a phone, the charts' marks stand out from the page in dark mode as in light, and the
 * compare view's choice of strategies lives in the address.
 */
import { describe, expect, it } from 'vitest';
import { axe, useBrowser, watchCsp } from './browser';

const session = useBrowser();
const PATHS = ['ja/', 'en/', 'ja/compare/', 'en/compare/', 'en/compare/?s=tokyo-2014&s=yokohama-2015'];

describe('the field at a glance', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no axe violation on the home and compare pages (${colorScheme} mode)`, async () => {
      const page = await session().browser.newPage({ colorScheme });
      const found: string[] = [];
      for (const path of PATHS) {
        await page.goto(`${session().url}${path}`);
        for (const v of await axe(page)) found.push(`/${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      expect(found).toEqual([]);
      await page.close();
    });
  }

  it('scrolls neither page sideways at 390 px', async () => {
    const context = await session().browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of PATHS) {
      await page.goto(`${session().url}${path}`);
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
      if (scroll > inner) wide.push(`/${path}: ${scroll} px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws the timeline's bars and today's line at 3:1 or more against the page (${colorScheme} mode)`, async () => {
      const page = await session().browser.newPage({ colorScheme });
      await page.goto(`${session().url}en/`);
      const ratios = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = ([r, g, b]: number[]) =>
          [r!, g!, b!]
            .map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
          return (x! + 0.05) / (y! + 0.05);
        };
        const paper = getComputedStyle(document.documentElement).backgroundColor;
        const paint = (sel: string, prop: 'fill' | 'stroke') => getComputedStyle(document.querySelector(sel)!)[prop];
        return {
          bar: ratio(paint('.timeline-bar.bar-adopted', 'fill'), paper),
          report: ratio(paint('.timeline-bar.bar-report', 'stroke'), paper),
          issued: ratio(paint('.timeline-bar.bar-issued', 'fill'), paper),
          today: ratio(paint('.timeline-today', 'stroke'), paper),
        };
      });
      for (const [mark, r] of Object.entries(ratios)) expect(r, mark).toBeGreaterThanOrEqual(3);
      await page.close();
    });
  }

  it('keeps the compare view’s strategies in the address, through a reload and the language switch, within the CSP', async () => {
    const context = await session().browser.newContext();
    const csp = await watchCsp(context);
    const page = await context.newPage();
    await page.goto(`${session().url}en/`);
    await page.goto(`${session().url}en/compare/`);
    const form = page.locator('compare-view form');
    expect(await form.isVisible()).toBe(true);
    await page.uncheck('input[name="s"][value="kumamoto-2018"]');
    await page.uncheck('input[name="s"][value="kuwana-2014"]');
    await page.uncheck('input[name="s"][value="shizuoka-2017"]');
    expect(new URL(page.url()).search).toBe('?s=tokyo-2014&s=yokohama-2015');
    const shownColumns = async () =>
      page
        .locator('table:visible')
        .first()
        .locator('thead th[data-s]:visible')
        .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.s));
    expect(await shownColumns()).toEqual(['tokyo-2014', 'yokohama-2015']);
    expect(await page.locator('.side-by-side > section:visible').count()).toBe(2);
    await page.reload();
    expect(await shownColumns()).toEqual(['tokyo-2014', 'yokohama-2015']);
    expect(await page.isChecked('input[name="s"][value="kuwana-2014"]')).toBe(false);
    await page.click('a.language-switch');
    await page.waitForURL(/\/ja\/compare\//);
    expect(new URL(page.url()).search).toBe('?s=tokyo-2014&s=yokohama-2015');
    expect(await shownColumns()).toEqual(['tokyo-2014', 'yokohama-2015']);
    expect(csp).toEqual([]);
    await context.close();
  });

  it('shows every strategy without JavaScript, with no form that could not work', async () => {
    const context = await session().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session().url}en/compare/?s=tokyo-2014`);
    expect(await page.locator('compare-view form').isVisible()).toBe(false);
    expect(await page.locator('.side-by-side > section:visible').count()).toBe(5);
    await context.close();
  });
});
