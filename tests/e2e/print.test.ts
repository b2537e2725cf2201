/** Printing a strategy: from the strategy page to its full text, the print button, and print CSS. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('printing a whole strategy', () => {
  it('leads from the strategy page to the full text, whose button opens the print dialog', async () => {
    const page = await session().browser.newPage();
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(`${session().url}ja/strategies/kuwana-2014/`);
    await page.click('.print-versions a[href$="/print/bilingual/"]');
    await page.waitForURL('**/ja/strategies/kuwana-2014/print/bilingual/');
    await page.click('button[data-print]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });

  it("prints no relative address after internal links, keeps tables whole-width and leaves out the site's chrome and controls", async () => {
    const page = await session().browser.newPage({ viewport: { width: 700, height: 1000 } });
    await page.goto(`${session().url}en/strategies/shizuoka-2017/print/`);
    await page.emulateMedia({ media: 'print' });
    const seen = await page.evaluate(() => {
      const after = (sel: string) => {
        const a = document.querySelector(sel);
        return a ? getComputedStyle(a, '::after').content : null;
      };
      const wrap = document.querySelector('.table-wrap') as HTMLElement;
      return {
        toOtherPage: after('main a[href^="/en/themes/"]'),
        withinPage: after('main a[href^="#m-"]'),
        controls: ['header.site-header', 'nav.breadcrumbs', 'main button', '.print-versions', 'copy-buttons'].map(
          (s) => document.querySelector(s) && getComputedStyle(document.querySelector(s)!).display,
        ),
        tableOverflow: getComputedStyle(wrap).overflowX,
      };
    });
    expect(seen.toOtherPage).toBe('none');
    expect(seen.withinPage).toBe('none');
    expect(seen.controls.filter((d) => d !== null && d !== 'none')).toEqual([]);
    expect(seen.tableOverflow).toBe('visible');
    await page.close();
  });
});
