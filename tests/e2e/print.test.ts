/** Printing a strategy: from the strategy page to its full text, the print button, and print CSS. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText } from 'unpdf';
import { useBrowser } from './browser';

const session = useBrowser();

/** Text without white space: PDF text extraction spaces and breaks lines its own way. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** What the page shows on screen that paper must not: the header's, breadcrumbs' and buttons' texts. */
function chromeTexts(page: Page): Promise<{ header: string; crumbs: string; buttons: string[]; footer: string }> {
  return page.evaluate(() => {
    // The text as rendered (what would print), not the source's: hidden parts and white space left out.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const text = (el: Element | null) => (el as HTMLElement | null)?.innerText ?? '';
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    return {
      header: text(document.querySelector('header.site-header nav')),
      crumbs: text(document.querySelector('nav.breadcrumbs')),
      buttons: [...document.querySelectorAll('main button')]
        .filter(visible)
        .map((b) => text(b).trim())
        .filter((t) => t !== ''),
      footer: text(document.querySelector('body > footer, footer')),
    };
  });
}

/** Prints the page to an A4 PDF in Chromium and reads back each sheet's text. */
async function printedSheets(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: false });
  return text;
}

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
        // A frame split across sheets would leave an empty bordered box where a row moved on.
        tableFrame: getComputedStyle(wrap).borderTopStyle,
      };
    });
    expect(seen.toOtherPage).toBe('none');
    expect(seen.withinPage).toBe('none');
    expect(seen.controls.filter((d) => d !== null && d !== 'none')).toEqual([]);
    expect(seen.tableOverflow).toBe('visible');
    expect(seen.tableFrame).toBe('none');
    await page.close();
  });

  // A measure, a chapter with wide indicator tables, and a whole strategy, in both languages.
  for (const path of [
    'ja/strategies/shizuoka-2017/measures/mice/',
    'en/strategies/shizuoka-2017/measures/mice/',
    'ja/strategies/yokohama-2015/reference-1/',
    'en/strategies/yokohama-2015/reference-1/',
    'ja/strategies/kuwana-2014/print/',
    'en/strategies/kuwana-2014/print/',
  ]) {
    it(`prints /${path} to PDF without the site's chrome, relative addresses or a sheet of footer alone`, async () => {
      const page = await session().browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${session().url}${path}`);
      const chrome = await chromeTexts(page);
      const sheets = await printedSheets(page);
      await page.close();
      const all = squeeze(sheets.join(''));
      expect(sheets.length).toBeGreaterThan(0);
      expect(chrome.header.length, 'the header has a nav to look for').toBeGreaterThan(5);
      expect(all).not.toContain(squeeze(chrome.header));
      if (chrome.crumbs) expect(all).not.toContain(squeeze(chrome.crumbs));
      for (const b of chrome.buttons) expect(all, `button "${b}"`).not.toContain(squeeze(b));
      // A link within the site is followed by no address of its own: "(/ja/…)" or "</en/…>".
      expect(sheets.join('\n')).not.toMatch(/[(<]\s*\/(ja|en)\//);
      // The last sheet holds some of the page's own text, not the footer alone (or a piece of it).
      const last = squeeze(sheets.at(-1)!);
      const footer = squeeze(chrome.footer);
      const own = footer && last.includes(footer) ? last.replace(footer, '') : footer.includes(last) ? '' : last;
      expect([...own].length, `last of ${sheets.length} sheets: ${sheets.at(-1)!.slice(0, 200)}`).toBeGreaterThanOrEqual(20);
    });
  }
});
