/** The site on a phone: nothing scrolls sideways, a small header with search one tap away, tables that say they scroll. */
import { describe, expect, it } from 'vitest';
import { AXE_PAGES } from '../../src/lib/accessibility';
import { useBrowser } from './browser';

const session = useBrowser();

// One page of every URL shape (the pages axe checks, which cover every template), and a few more.
const SHAPES = [
  ...AXE_PAGES,
  'strategies/tokyo-2014/measures/no-1/',
  'strategies/tokyo-2014/attachment/parallel/',
  'strategies/tokyo-2014/print/',
  'regions/europe/',
  'search/?q=%E8%A6%B3%E5%85%89',
];

describe('on a phone', () => {
  for (const width of [320, 390]) {
    it(`scrolls no page sideways at ${width} px, in either language`, async () => {
      const context = await session().browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of ['', ...(['ja', 'en'] as const).flatMap((lang) => SHAPES.map((s) => `${lang}/${s}`)), 'no-such-page/']) {
        await page.goto(`${session().url}${path}`);
        const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
        if (scroll > inner) wide.push(`/${path}: ${scroll} px`);
      }
      expect(wide).toEqual([]);
      await context.close();
    });
  }

  it('keeps the header within a fifth of a 390×844 screen, with search one tap away', async () => {
    const context = await session().browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    for (const path of ['en/', 'ja/', 'en/strategies/shizuoka-2017/measures/mice/', 'en/measures/']) {
      await page.goto(`${session().url}${path}`);
      const height = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(844 * 0.2);
    }
    await page.tap('header .header-search-link');
    await page.waitForURL(/\/en\/search\/$/);
    expect(await page.locator('#search-input').isVisible()).toBe(true);
    await context.close();
  });

  it('shows a shadow at the edge of a table that scrolls, and keeps its header row in view', async () => {
    const page = await session().browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session().url}en/strategies/yokohama-2015/reference-1/`);
    const frame = page.locator('.table-wrap').first();
    const state = await frame.evaluate((wrap) => {
      return { wide: wrap.scrollWidth > wrap.clientWidth, background: getComputedStyle(wrap).backgroundImage };
    });
    expect(state.wide).toBe(true);
    expect(state.background).toContain('radial-gradient');
    // Tokyo's 別表: scrolled inside its frame, the header row stays at the frame's top (the first
    // section whose table is taller than its frame).
    await page.goto(`${session().url}ja/strategies/tokyo-2014/measures/`);
    const beppyo = await page.evaluate(() => {
      const wraps = [...document.querySelectorAll<HTMLElement>('.table-wrap')];
      const wrap = wraps.find((w) => w.scrollHeight > w.clientHeight) ?? wraps[0]!;
      const th = () => wrap.querySelector('thead th')!.getBoundingClientRect().top - wrap.getBoundingClientRect().top;
      const before = th();
      wrap.scrollTop = 400;
      return { tall: wrap.scrollHeight > wrap.clientHeight, before, after: th(), scrolled: wrap.scrollTop };
    });
    expect(beppyo.tall).toBe(true);
    expect(beppyo.scrolled).toBeGreaterThan(0);
    expect(Math.abs(beppyo.after - beppyo.before)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it("keeps a wide table's row names in view while it scrolls sideways, over at most half its frame", async () => {
    const page = await session().browser.newPage({ viewport: { width: 390, height: 844 } });
    // Tokyo's 別表 (the measure's name after its number), Yokohama's indicator tables (a KPI table) and Shizuoka's KPI overview.
    for (const path of [
      'ja/strategies/tokyo-2014/measures/',
      'en/strategies/yokohama-2015/reference-1/',
      'en/strategies/shizuoka-2017/basic-policy/',
    ]) {
      await page.goto(`${session().url}${path}`);
      const seen = await page
        .locator('.table-wrap:has(tbody .pin)')
        .first()
        .evaluate((wrap) => {
          wrap.scrollIntoView({ block: 'start' });
          const name = wrap.querySelector('tbody .pin')!;
          const head = wrap.querySelector('thead .pin');
          const left = (el: Element | null) =>
            el ? el.getBoundingClientRect().left - wrap.getBoundingClientRect().left - wrap.clientLeft : 0;
          const hit = () => {
            const r = name.getBoundingClientRect();
            return document.elementFromPoint(r.left + 4, r.top + 4)?.closest('.pin') === name;
          };
          wrap.scrollLeft = wrap.scrollWidth;
          return {
            wide: wrap.scrollWidth > wrap.clientWidth + 50,
            scrolled: wrap.scrollLeft,
            name: left(name),
            head: left(head),
            onTop: hit(),
            share: name.getBoundingClientRect().width / wrap.clientWidth,
          };
        });
      expect(seen.wide, path).toBe(true);
      expect(seen.scrolled, path).toBeGreaterThan(0);
      // Scrolled to the far right, the row's name sits at the frame's left edge, drawn over the cells passing under it.
      expect(Math.abs(seen.name), path).toBeLessThanOrEqual(1);
      expect(Math.abs(seen.head), path).toBeLessThanOrEqual(1);
      expect(seen.onTop, path).toBe(true);
      expect(seen.share, path).toBeLessThanOrEqual(0.5);
    }
    await page.close();
  });

  it('has a collapsible contents list on chapter and measure pages below the desktop breakpoint, none at desktop width', async () => {
    const page = await session().browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ['ja/strategies/shizuoka-2017/basic-policy/', 'en/strategies/shizuoka-2017/measures/mice/']) {
      await page.goto(`${session().url}${path}`);
      const contents = page.locator('details.toc-collapsible');
      expect(await contents.isVisible(), path).toBe(true);
      expect(await contents.getAttribute('open'), path).toBeNull();
      await contents.locator('summary').click();
      const first = contents.locator('a').first();
      const target = (await first.getAttribute('href'))!;
      await first.click();
      expect(new URL(page.url()).hash).toBe(target);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('details.toc-collapsible').isVisible()).toBe(false);
    await page.close();
  });

  it('reads the measures filter from the address, so a filtered list can be shared', async () => {
    const page = await session().browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session().url}en/measures/`);
    const all = await page.locator('li.measure-card:visible').count();
    await page.goto(`${session().url}en/measures/?strategy=tokyo-2014&theme=tourism`);
    const shown = await page.locator('li.measure-card:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    const strategies = await page
      .locator('li.measure-card:visible')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.strategy));
    expect(new Set(strategies)).toEqual(new Set(['tokyo-2014']));
    expect(await page.inputValue('select[name="theme"]')).toBe('tourism');
    await page.close();
  });
});
