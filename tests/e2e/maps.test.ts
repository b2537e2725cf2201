/**
 * The maps as a phone shows them (390×844): markers and labels measured as drawn, labels that do
 * not overlap, no sideways scroll; dark images in dark mode; axe clean in both colour schemes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe, useBrowser } from './browser';
import { DIST } from '../build/dist';

const session = useBrowser();
const PHONE = { width: 390, height: 844 };

/** Every region page that has a map, in both languages, and a sample of city pages (their locators). */
function mapPages(): string[] {
  const ids = (dir: string) =>
    readdirSync(join(DIST, 'en', dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  const hasMap = (r: string) => readFileSync(join(DIST, 'en', 'regions', r, 'index.html'), 'utf8').includes('class="city-map');
  const regions = ids('regions').filter(hasMap);
  const cities = ids('cities').filter((_, i) => i % 8 === 0);
  return ['ja', 'en'].flatMap((lang) => [...regions.map((r) => `${lang}/regions/${r}/`), ...cities.map((c) => `${lang}/cities/${c}/`)]);
}

interface Measured {
  markers: { w: number; h: number }[];
  labels: { text: string; px: number; box: { x0: number; y0: number; x1: number; y1: number } }[];
  dots: { x0: number; y0: number; x1: number; y1: number; owner: number }[];
  owners: number[];
  scroll: number;
}

/** Sizes as rendered: each marker's box, each label's font size in CSS px and its box. */
function measure(page: Page): Promise<Measured[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('figure.city-map svg')].map((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const box = (r: DOMRect) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
      const marks = [...svg.children];
      const labels = marks.flatMap((m, i) =>
        [...m.querySelectorAll('text')].map((t) => ({
          text: t.textContent ?? '',
          px: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
          box: box(t.getBoundingClientRect()),
          owner: i,
        })),
      );
      const dots = marks.map((m, i) => ({ ...box(m.querySelector('circle')!.getBoundingClientRect()), owner: i }));
      return {
        markers: dots.map((d) => ({ w: d.x1 - d.x0, h: d.y1 - d.y0 })),
        labels,
        dots,
        owners: labels.map((l) => l.owner),
        scroll: document.documentElement.scrollWidth - innerWidth,
      };
    }),
  );
}

const overlap = (a: Measured['dots'][number] | Measured['labels'][number]['box'], b: typeof a) =>
  a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

describe('maps on a phone', () => {
  it('draws markers at least 8 px across and labels of at least 12 px, none overlapping another label or marker, with no sideways scroll', async () => {
    const page = await session().browser.newPage({ viewport: PHONE });
    page.setDefaultNavigationTimeout(120_000);
    const wrong: string[] = [];
    let maps = 0;
    for (const path of mapPages()) {
      await page.goto(`${session().url}${path}`, { waitUntil: 'domcontentloaded' });
      for (const m of await measure(page)) {
        maps++;
        if (m.scroll > 0) wrong.push(`${path}: scrolls ${m.scroll} px sideways`);
        for (const d of m.markers) if (d.w < 8 || d.h < 8) wrong.push(`${path}: a marker ${d.w.toFixed(1)}×${d.h.toFixed(1)} px`);
        m.labels.forEach((l, i) => {
          if (l.px < 12) wrong.push(`${path}: "${l.text}" at ${l.px.toFixed(1)} px`);
          for (const o of m.labels.slice(i + 1)) if (overlap(l.box, o.box)) wrong.push(`${path}: "${l.text}" overlaps "${o.text}"`);
          for (const d of m.dots) if (d.owner !== m.owners[i] && overlap(l.box, d)) wrong.push(`${path}: "${l.text}" covers a marker`);
        });
      }
    }
    expect(maps).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
    await page.close();
  }, 600_000);

  it('labels at least half the places on the Europe map, and names every place in the list below it', async () => {
    const page = await session().browser.newPage({ viewport: PHONE });
    await page.goto(`${session().url}en/regions/europe/`);
    const { links, labels, listed, label } = await page.evaluate(() => {
      const svg = document.querySelector('figure.city-map svg')!;
      return {
        links: [...svg.querySelectorAll('a')].map((a) => a.getAttribute('aria-label')),
        labels: svg.querySelectorAll('text').length,
        listed: [...document.querySelectorAll('section[aria-labelledby="cities"] > ul a')].map((a) => a.textContent),
        label: svg.getAttribute('aria-label'),
      };
    });
    expect([...links].sort()).toEqual([...listed].sort());
    expect(label).toContain(String(listed.length));
    expect(labels).toBeGreaterThanOrEqual(listed.length / 2);
    await page.close();
  });
});

describe('maps in dark mode', () => {
  /** The base image the page shows and its mean lightness (0 black, 1 white), sea and land together. */
  const drawn = (page: Page) =>
    page.evaluate(async () => {
      const img = document.querySelector<HTMLImageElement>('figure.city-map img')!;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      const source = new Image();
      source.src = img.currentSrc;
      await source.decode();
      g.drawImage(source, 0, 0, canvas.width, canvas.height);
      const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 0; i < px.length; i += 4) sum += (0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!) / 255;
      return { src: img.currentSrc, lightness: sum / (px.length / 4) };
    });

  for (const path of ['en/regions/europe/', 'ja/cities/paris/']) {
    it(`shows ${path}'s map dark on a dark page and light on a light one`, async () => {
      const page = await session().browser.newPage({ viewport: PHONE });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${session().url}${path}`);
      const dark = await drawn(page);
      expect(dark.src).toContain('/maps/dark/');
      expect(dark.lightness).toBeLessThan(0.35);
      const fill = await page
        .locator('figure.city-map text')
        .first()
        .evaluate((t) => getComputedStyle(t).fill);
      const [r, g, b] = fill.match(/\d+/g)!.map(Number);
      expect((r! + g! + b!) / 3, `label fill ${fill}`).toBeGreaterThan(180);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.reload();
      const light = await drawn(page);
      expect(light.src).not.toContain('/maps/dark/');
      expect(light.lightness).toBeGreaterThan(0.6);
      await page.close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`finds no axe violation on a region map and a city locator in ${colorScheme} mode`, async () => {
      const page = await session().browser.newPage({ viewport: PHONE, colorScheme });
      page.setDefaultNavigationTimeout(120_000);
      for (const path of ['ja/regions/east-asia/', 'en/regions/europe/', 'en/cities/new-york/']) {
        await page.goto(`${session().url}${path}`);
        expect(await axe(page), path).toEqual([]);
      }
      await page.close();
    }, 300_000);
  }
});
