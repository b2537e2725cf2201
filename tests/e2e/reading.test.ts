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

  // The pages a reader meets first, in both languages, at a common laptop size.
  const DESKTOP_PAGES = ['', 'strategies/tokyo-2014/', 'strategies/shizuoka-2017/measures/mice/', 'measures/', 'search/'];

  it('keeps the header nav on one line at 1280 px and shows the whole search placeholder, in both languages', async () => {
    const page = await session().browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    for (const lang of ['ja', 'en'])
      for (const path of DESKTOP_PAGES) {
        await page.goto(`${session().url}${lang}/${path}`);
        const m = await page.evaluate(() => {
          const list = document.querySelector('header.site-header nav ul')!;
          const items = [...list.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
          const input = document.querySelector<HTMLInputElement>('header #site-search');
          const c = document.createElement('canvas').getContext('2d')!;
          let placeholder = 0;
          let room = 0;
          if (input && input.offsetParent !== null) {
            const style = getComputedStyle(input);
            c.font = style.font;
            placeholder = c.measureText(input.placeholder).width;
            room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
          }
          return {
            tops: new Set(items.map((r) => Math.round(r.top))).size,
            height: list.getBoundingClientRect().height,
            item: items[0]!.height,
            placeholder,
            room,
          };
        });
        if (m.tops !== 1 || m.height > m.item + 1)
          problems.push(`/${lang}/${path}: nav on ${m.tops} lines, ${m.height} px high for ${m.item} px items`);
        if (m.placeholder > m.room)
          problems.push(`/${lang}/${path}: placeholder ${Math.round(m.placeholder)} px in ${Math.round(m.room)} px`);
      }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws English and Japanese text in fonts named by the site, not a browser fallback', async () => {
    const page = await session().browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    const problems: string[] = [];
    for (const [path, selector] of [
      ['en/strategies/shizuoka-2017/purpose/', '.prose p'],
      ['en/', 'header a'],
      ['ja/strategies/shizuoka-2017/purpose/', '.prose p'],
    ] as const) {
      await page.goto(`${session().url}${path}`);
      const stack = await page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
      const named = stack.split(',').map((f) => f.trim().replace(/^"|"$/g, '').toLowerCase());
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      // The font that drew most of the text must be one the stack names (a generic family such as
      // system-ui or sans-serif leaves the choice to the machine: DejaVu Sans on Debian).
      const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]!.familyName;
      if (!named.includes(main.toLowerCase())) problems.push(`/${path} ${selector}: drawn in ${main}, not named in ${stack}`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows one breadcrumb trail per page, and no link of it again above the title', async () => {
    const page = await session().browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const lang of ['ja', 'en'])
      for (const path of [
        ...DESKTOP_PAGES.slice(1),
        'strategies/tokyo-2014/attachment/',
        'strategies/tokyo-2014/measures/no-1/parallel/',
      ]) {
        await page.goto(`${session().url}${lang}/${path}`);
        const seen = await page.evaluate(() => {
          const trails = document.querySelectorAll('nav.breadcrumbs');
          const crumbs = new Set([...(trails[0]?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')));
          const h1 = document.querySelector('main h1')!;
          const before = [...document.querySelectorAll('main a')].filter(
            (a) => a.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING && crumbs.has(a.getAttribute('href')),
          );
          return { trails: trails.length, repeated: before.map((a) => a.getAttribute('href')) };
        });
        expect(seen, `/${lang}/${path}`).toEqual({ trails: 1, repeated: [] });
      }
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
