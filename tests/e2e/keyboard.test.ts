/**
 * Keyboard only (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3, 2.4.7): every step here is a key press through
 * page.keyboard — Tab, Shift+Tab, Enter, arrows — never a click or a fill. page.goto only opens the
 * page a test starts from; page.evaluate only reads where the focus is.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FOCUS_PAGES, FOCUS_STOPS } from '../../src/lib/accessibility';
import { useBrowser } from './browser';

const session = useBrowser();

/** What the test needs to know about the focused element. */
interface Focus {
  /** A number for the element, stable while the document lives (-1: nothing focused). */
  key: number;
  tag: string;
  text: string;
  /** The link's resolved URL, if it is a link. */
  href: string | null;
  /** The innermost of header, nav, main and footer around it (or ''). */
  region: string;
  /** CSS selector-like label for failure messages. */
  label: string;
  /** An outline or a box shadow is drawn around it. */
  indicator: boolean;
  /** It is rendered, not transparent, larger than the 1 px of a visually hidden element, and in the viewport. */
  visible: boolean;
}

/** Reads the focused element (the page keeps a numbering of elements in a WeakMap). */
function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const w = window as unknown as { __kb?: { ids: WeakMap<Element, number>; next: number } };
    w.__kb ??= { ids: new WeakMap(), next: 0 };
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { key: -1, tag: 'body', text: '', href: null, region: '', label: 'body', indicator: false, visible: false };
    }
    if (!w.__kb.ids.has(el)) w.__kb.ids.set(el, w.__kb.next++);
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const inViewport = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    const visible =
      el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && rect.width > 1 && rect.height > 1 && inViewport;
    const region = el.closest('header, nav, main, footer');
    const text = ((el as HTMLElement).textContent || el.getAttribute('aria-label') || el.getAttribute('title') || '').trim().slice(0, 60);
    return {
      key: w.__kb.ids.get(el)!,
      tag: el.tagName.toLowerCase(),
      text,
      href: el instanceof HTMLAnchorElement ? el.href : el instanceof SVGAElement ? new URL(el.href.baseVal, location.href).href : null,
      region: region ? region.tagName.toLowerCase() : '',
      label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/)[0]}` : ''} "${text}"`,
      indicator: outline || shadow,
      visible,
    };
  });
}

async function press(page: Page, key: string): Promise<Focus> {
  await page.keyboard.press(key);
  return focused(page);
}

/** Presses Tab until `match` holds (at most `limit` times); returns the stop and how many presses it took. */
async function tabTo(page: Page, match: (f: Focus) => boolean, limit = 60): Promise<{ focus: Focus; presses: number }> {
  for (let i = 1; i <= limit; i++) {
    const f = await press(page, 'Tab');
    if (match(f)) return { focus: f, presses: i };
  }
  throw new Error(`no tab stop matched within ${limit} presses of Tab`);
}

async function open(path: string): Promise<Page> {
  const page = await session().browser.newPage();
  await page.goto(`${session().url}${path}`);
  return page;
}

const pathOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname);

describe('keyboard only', () => {
  it('makes the skip link the first tab stop, shows it, and moves the focus to the main content', async () => {
    const page = await open('ja/strategies/shizuoka-2017/basic-policy/');
    const first = await press(page, 'Tab');
    expect(first.text).toBe('本文へ移動');
    expect(first.href).toMatch(/#main$/);
    expect(first.visible, 'the skip link is visible while focused').toBe(true);
    const target = await press(page, 'Enter');
    expect(target.region).toBe('main');
    expect(target.tag).toBe('main');
    // The next Tab continues inside the main content, past the header and its navigation.
    const next = await press(page, 'Tab');
    expect(next.region, next.label).toBe('main');
    await page.close();
  });

  it('reaches the six links of the header navigation in order, after the first row, and follows one with Enter', async () => {
    const page = await open('en/');
    // Skip link, site name, search field and button, language switch: the rows' reading order.
    const { focus, presses } = await tabTo(page, (f) => f.region === 'nav');
    expect(presses).toBe(6);
    const nav = [focus.text];
    for (let i = 0; i < 5; i++) nav.push((await press(page, 'Tab')).text);
    expect(nav).toEqual(['Strategies', 'All measures', 'Themes', 'Compare', 'Cities', 'Countries and regions']);
    // Back to "Themes" with Shift+Tab, then follow it.
    await press(page, 'Shift+Tab');
    await press(page, 'Shift+Tab');
    const themes = await press(page, 'Shift+Tab');
    expect(themes.text).toBe('Themes');
    await Promise.all([page.waitForURL(/\/en\/themes\/$/), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toBe('/en/themes/');
    await page.close();
  });

  it('searches from the header field with Enter, then reaches a result with Tab and opens it with Enter', async () => {
    const page = await open('ja/');
    const { focus } = await tabTo(page, (f) => f.tag === 'input' && f.region === 'header');
    expect(focus.visible).toBe(true);
    await page.keyboard.type('清水港');
    await Promise.all([page.waitForURL(/\/ja\/search\/\?q=/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('清水港');
    await page.waitForSelector('[data-search-root][data-search-state="done"] a.search-result__link', { timeout: 20_000 });
    // The search page puts the focus in its own search field; results follow the filters.
    const result = await tabTo(page, (f) => f.region === 'main' && (f.href ?? '').includes('/measures/shimizu-port/'), 80);
    expect(result.focus.visible).toBe(true);
    const target = new URL(result.focus.href!);
    await Promise.all([page.waitForURL((u) => u.pathname === target.pathname), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toBe('/ja/strategies/shizuoka-2017/measures/shimizu-port/');
    await page.close();
  });

  it('reaches the language switch and follows it with Enter to the same page in the other language, and back', async () => {
    const page = await open('ja/strategies/shizuoka-2017/measures/mice/');
    const sw = await tabTo(page, (f) => f.region === 'header' && (f.href ?? '').includes('/en/'));
    expect(sw.focus.text).toBe('English');
    expect(sw.presses).toBeLessThanOrEqual(12);
    await Promise.all([page.waitForURL(/\/en\//), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toBe('/en/strategies/shizuoka-2017/measures/mice/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await tabTo(page, (f) => f.region === 'header' && (f.href ?? '').includes('/ja/'));
    await Promise.all([page.waitForURL(/\/ja\//), page.keyboard.press('Enter')]);
    expect(pathOf(page)).toBe('/ja/strategies/shizuoka-2017/measures/mice/');
    await page.close();
  });

  it('filters the list of all measures with the arrow keys in a select', async () => {
    const page = await open('en/measures/');
    await tabTo(page, (f) => f.tag === 'select', 40);
    const before = await page.textContent('output[name="count"]');
    // The first select is the strategy: Down picks the first strategy, and the list follows at once.
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((n) => document.querySelector('output[name="count"]')?.textContent !== n, before);
    expect(Number(await page.textContent('output[name="count"]'))).toBeLessThan(Number(before));
    // Focus stays where it was: changing a filter is not a change of context (WCAG 3.2.2).
    expect((await focused(page)).tag).toBe('select');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((n) => document.querySelector('output[name="count"]')?.textContent === n, before);
    await page.close();
  });

  // Pages with every kind of tab stop: header, breadcrumbs, tables that scroll, heading anchors,
  // copy buttons, the measure filter, map markers, the search results and filters, the footer
  // (listed in src/lib/accessibility.ts, which the accessibility statement reads too).
  for (const path of FOCUS_PAGES) {
    it(`shows where the focus is at each of the first ${FOCUS_STOPS} tab stops of /${path}`, async () => {
      const page = await open(path);
      if (path.includes('search/'))
        await page.waitForSelector('[data-search-root][data-search-state="done"] a.search-result__link', { timeout: 20_000 });
      const hidden: string[] = [];
      let stops = 0;
      for (let i = 0; i < FOCUS_STOPS; i++) {
        const f = await press(page, 'Tab');
        if (f.key === -1) break; // past the last stop
        stops++;
        if (!f.indicator || !f.visible) hidden.push(`${i + 1}: ${f.label} (${!f.indicator ? 'no outline or shadow' : 'not visible'})`);
      }
      expect(stops).toBeGreaterThan(5);
      expect(hidden).toEqual([]);
      await page.close();
    });
  }

  it('lets the focus travel through every tab stop of a long chapter and back, without a trap', async () => {
    const page = await open('ja/strategies/shizuoka-2017/basic-policy/');
    const start = page.url();
    const seen: Focus[] = [];
    const LIMIT = 400;
    for (let i = 0; i < LIMIT; i++) {
      const f = await press(page, 'Tab');
      if (f.key === -1) break; // left the page: the last stop is behind us
      const previous = seen.at(-1);
      expect(f.key, `Tab did not move on from ${f.label}`).not.toBe(previous?.key);
      const again = seen.findIndex((s) => s.key === f.key);
      expect(again, `Tab came back to ${f.label} (stop ${again + 1}) after stop ${seen.length}: a loop`).toBe(-1);
      seen.push(f);
    }
    expect(seen.length, `more than ${LIMIT} tab stops, or the focus never left the page`).toBeLessThan(LIMIT);
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.at(-1)!.region, 'the last stop is in the footer').toBe('footer');
    expect(seen.some((s) => s.region === 'main')).toBe(true);
    // Receiving focus changed nothing (WCAG 3.2.1): still the same page.
    expect(page.url()).toBe(start);
    // Shift+Tab walks the same way back: from the last stop, through the last 40 in reverse.
    await press(page, 'Shift+Tab');
    const back: number[] = [];
    for (let i = 0; i < 40; i++) back.push((await press(page, 'Shift+Tab')).key);
    expect(back).toEqual(
      seen
        .slice(-41, -1)
        .reverse()
        .map((s) => s.key),
    );
    await page.close();
  });
});
