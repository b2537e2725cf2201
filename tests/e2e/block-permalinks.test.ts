/** A permalink for every block, on a touch screen and by keyboard, without a tab stop per paragraph. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();
const CHAPTER = 'ja/strategies/shizuoka-2017/basic-policy/';

const opacity = (el: Element) => getComputedStyle(el).opacity;

describe('block permalinks', () => {
  it('shows a paragraph’s link when the paragraph is tapped, and highlights the paragraph it leads to', async () => {
    const context = await session().browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${session().url}${CHAPTER}`);
    const block = page.locator('.prose p[id$="-p2"]').first();
    const id = (await block.getAttribute('id'))!;
    const anchor = block.locator(':scope > a.block-anchor');
    expect(await anchor.evaluate(opacity)).toBe('0');
    await block.tap();
    expect(await anchor.evaluate(opacity)).toBe('1');
    await anchor.tap();
    await page.waitForFunction((hash) => location.hash === hash, `#${id}`);
    const highlight = await block.evaluate((p) => getComputedStyle(p).backgroundColor);
    expect(highlight).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('adds no tab stop per paragraph, and reaches blocks from their heading link with the arrow keys', async () => {
    const context = await session().browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session().url });
    const page = await context.newPage();
    await page.goto(`${session().url}${CHAPTER}`);
    const counts = await page.evaluate(() => ({
      blocks: document.querySelectorAll('.prose [tabindex="-1"] > .block-anchor').length,
      tabbableAnchors: [...document.querySelectorAll<HTMLElement>('.block-anchor')].filter((a) => a.tabIndex >= 0).length,
      headingAnchors: [...document.querySelectorAll<HTMLElement>('.prose .heading-anchor')].filter((a) => a.tabIndex >= 0).length,
    }));
    expect(counts.blocks).toBeGreaterThan(15);
    // No block link takes a tab stop; each section keeps one, its heading's link.
    expect(counts.tabbableAnchors).toBe(0);
    expect(counts.headingAnchors).toBeGreaterThan(3);
    const heading = page.locator('.prose .heading-anchor').first();
    await heading.focus();
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.id);
    expect(first).toMatch(/-p1$/);
    expect(await page.locator(`[id="${first}"] > a.block-anchor`).evaluate(opacity)).toBe('1');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.id);
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, `#${second}`);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('heading-anchor'))).toBe(true);
    await page.click('button[data-copy="url"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session().url}${CHAPTER}#${second}`);
    await context.close();
  });

  it("gives every row of Tokyo's 別表 an anchor with a link, and highlights the row it leads to", async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}ja/strategies/tokyo-2014/measures/#row-no-1`);
    const rows = await page
      .locator('table.measure-rows tbody tr')
      .evaluateAll((trs) => trs.map((tr) => ({ id: tr.id, link: tr.querySelector('a.block-anchor')?.getAttribute('href') })));
    expect(rows.length).toBeGreaterThanOrEqual(76);
    expect(rows.every((r) => r.id.startsWith('row-') && r.link === `#${r.id}`)).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const cell = await page.locator('#row-no-1 > th').evaluate((th) => getComputedStyle(th).backgroundColor);
    const other = await page.locator('#row-no-2 > th').evaluate((th) => getComputedStyle(th).backgroundColor);
    expect(cell).not.toBe(other);
    await page.close();
  });
});
