/**
 * The parallel view in a real browser: each Japanese block sits beside its English twin (checked
 * against the English page itself), the two alternate on a phone, each keeps its own lang, and the
 * reader's choice of view is remembered across pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';

const session = useBrowser();

const CHAPTER = 'strategies/shizuoka-2017/current-situation/';
const MEASURE = 'strategies/shizuoka-2017/measures/mice/';

/** The rows of the parallel view: block id, the two cells' text and lang, and their boxes. */
async function rows(page: Page) {
  return page.$$eval('.pair', (pairs) =>
    pairs.map((p) => {
      const [ja, en] = [...p.children] as HTMLElement[];
      const box = (e: HTMLElement) => e.getBoundingClientRect();
      return {
        id: (p as HTMLElement).dataset.block!,
        ja: {
          text: ja!.textContent.trim(),
          lang: ja!.lang,
          top: box(ja!).top,
          left: box(ja!).left,
          hasId: !!ja!.querySelector(`[id="${(p as HTMLElement).dataset.block}"]`),
        },
        en: { text: en!.textContent.trim(), lang: en!.lang, top: box(en!).top, left: box(en!).left },
      };
    }),
  );
}

/** The text of each block of a single-language page, by id. */
async function blockTexts(page: Page, path: string): Promise<Map<string, string>> {
  await page.goto(`${session().url}${path}`);
  const entries = await page.$$eval('.prose [id]', (els) =>
    els.map((e) => [e.id, (e as HTMLElement).textContent.trim()] as [string, string]),
  );
  return new Map(entries);
}

describe('parallel view', () => {
  for (const path of [CHAPTER, MEASURE]) {
    it(`sets every block of ${path} beside its English twin, on one row`, async () => {
      const page = await session().browser.newPage({ viewport: { width: 1280, height: 900 } });
      const english = await blockTexts(page, `en/${path}`);
      const japanese = await blockTexts(page, `ja/${path}`);
      await page.goto(`${session().url}en/${path}parallel/`);
      const found = await rows(page);
      expect(found.length).toBeGreaterThan(5);
      for (const row of found) {
        expect(row.ja.lang, row.id).toBe('ja');
        expect(row.en.lang, row.id).toBe('en');
        expect(row.ja.hasId, `${row.id}: the Japanese cell carries the permalink`).toBe(true);
        // The cells hold exactly the blocks of the same id on the two single-language pages.
        expect(row.ja.text, row.id).toBe(japanese.get(row.id));
        expect(row.en.text, row.id).toBe(english.get(row.id));
        // Side by side: same top, Japanese on the left.
        expect(Math.abs(row.ja.top - row.en.top), row.id).toBeLessThan(2);
        expect(row.ja.left).toBeLessThan(row.en.left);
      }
      await page.close();
    });
  }

  it('alternates Japanese and English block by block on a phone', async () => {
    const page = await session().browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${session().url}ja/${CHAPTER}parallel/`);
    const found = await rows(page);
    let previous = -Infinity;
    for (const row of found) {
      expect(row.ja.top, row.id).toBeGreaterThan(previous);
      expect(row.en.top, row.id).toBeGreaterThan(row.ja.top);
      previous = row.en.top;
    }
    await page.close();
  });

  it('opens a permalink to a block on the right row', async () => {
    const page = await session().browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(`${session().url}ja/${CHAPTER}parallel/#world-economy-p3`);
    const target = await page.evaluate(() => {
      const t = document.querySelector(':target') as HTMLElement | null;
      return (
        t && {
          id: t.id,
          inView: t.getBoundingClientRect().top >= 0 && t.getBoundingClientRect().top < innerHeight,
          row: (t.closest('.pair') as HTMLElement).dataset.block,
        }
      );
    });
    expect(target).toEqual({ id: 'world-economy-p3', inView: true, row: 'world-economy-p3' });
    await page.close();
  });

  it('remembers the choice: pages with a parallel view open in it until the reader chooses one language', async () => {
    const context = await session().browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${session().url}ja/${CHAPTER}`);
    await page.click('a[data-view="parallel"]');
    await page.waitForURL(`**/ja/${CHAPTER}parallel/`);
    // Another page, reached by an ordinary link or typed in: the parallel view, with the anchor kept.
    await page.goto(`${session().url}en/${MEASURE}#kpi-mice-participants`);
    await page.waitForURL(`**/en/${MEASURE}parallel/#kpi-mice-participants`);
    // Back to one language.
    await page.click('a[data-view="single"]');
    await page.waitForURL(`**/en/${MEASURE}`);
    await page.goto(`${session().url}ja/${CHAPTER}`);
    expect(new URL(page.url()).pathname).toBe(`/ja/${CHAPTER}`);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('is reached from the keyboard', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}en/${CHAPTER}`);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.view === 'parallel')) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/${CHAPTER}parallel/`);
    await page.close();
  });
});
