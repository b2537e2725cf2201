/**
 * The maps of the built site: every region page that lists cities and every city page has its map;
 * each marker links to a built city page and the region's list names the same cities; every marker
 * and label lies inside its drawing; no two labels overlap, nor a label a marker; the base images
 * exist in light and dark colours with the overlay's size.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, walkSync, ELEMENT_NODE, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { DIST, decode, pages } from './dist';
import { labelBox, overlaps, type Box } from '../../src/lib/map-labels';

interface Drawn {
  map: string;
  viewBox: [number, number];
  fontSize: number;
  markers: { href: string | undefined; x: number; y: number; r: number }[];
  labels: { text: string; owner: number; box: Box }[];
  dark: string | undefined;
  light: string | undefined;
}

const elements = (root: Node, name: string): ElementNode[] => {
  const out: ElementNode[] = [];
  walkSync(root, (n) => {
    if (n.type === ELEMENT_NODE && (n as ElementNode).name === name) out.push(n as ElementNode);
  });
  return out;
};
const textOf = (n: Node): string => (n.type === TEXT_NODE ? decode(n.value) : 'children' in n ? n.children.map(textOf).join('') : '');

/** The maps of a page, read from its HTML with a parser: figure.city-map, its <picture> and overlay <svg>. */
export function mapsOf(html: string): Drawn[] {
  return elements(parse(html), 'figure')
    .filter((f) => f.attributes.class?.split(' ').includes('city-map'))
    .map((f) => {
      const svg = elements(f, 'svg')[0]!;
      const [, , w, h] = svg.attributes.viewBox!.split(' ').map(Number);
      const fontSize = Number(svg.attributes['font-size']);
      // Each marker is an <a> (a region's map) or a <g> (a locator) holding its circle and its label, if any.
      const marks = svg.children.filter((c): c is ElementNode => c.type === ELEMENT_NODE && (c.name === 'a' || c.name === 'g'));
      const markers = marks.map((m) => {
        const c = elements(m, 'circle')[0]!;
        return {
          href: m.name === 'a' ? m.attributes.href : undefined,
          x: Number(c.attributes.cx),
          y: Number(c.attributes.cy),
          r: Number(c.attributes.r),
        };
      });
      const labels = marks.flatMap((m, owner) =>
        elements(m, 'text').map((t) => {
          const text = textOf(t);
          const anchor = t.attributes['text-anchor'] as 'start' | 'middle' | 'end';
          return { text, owner, box: labelBox(Number(t.attributes.x), Number(t.attributes.y), anchor, text, fontSize) };
        }),
      );
      return {
        map: f.attributes['data-map']!,
        viewBox: [w!, h!] as [number, number],
        fontSize,
        markers,
        labels,
        dark: elements(f, 'source')[0]?.attributes.srcset,
        light: elements(f, 'img')[0]?.attributes.src,
      };
    });
}

/** What is wrong with a drawn map's geometry: a marker or label outside the drawing, labels overlapping each other or a marker. */
export function geometryProblems(d: Drawn): string[] {
  const [w, h] = d.viewBox;
  const out: string[] = [];
  for (const m of d.markers) {
    if (m.x - m.r < 0 || m.y - m.r < 0 || m.x + m.r > w || m.y + m.r > h) out.push(`marker at ${m.x},${m.y} outside 0 0 ${w} ${h}`);
  }
  d.labels.forEach((l, i) => {
    const b = l.box;
    if (b.x0 < 0 || b.y0 < 0 || b.x1 > w || b.y1 > h) out.push(`label "${l.text}" outside 0 0 ${w} ${h}`);
    for (const other of d.labels.slice(i + 1)) if (overlaps(b, other.box)) out.push(`labels "${l.text}" and "${other.text}" overlap`);
    const covered = d.markers.filter(
      (m, j) => j !== l.owner && overlaps(b, { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }),
    );
    if (covered.length > 0) out.push(`label "${l.text}" covers ${covered.length} other marker(s)`);
  });
  return out;
}

const cityPath = (lang: string) => new RegExp(`^/${lang}/cities/[^/]+/$`);
const regionPages = () => pages().filter((p) => /^\/(ja|en)\/regions\/[^/]+\/$/.test(p.path));
const cityPages = () => pages().filter((p) => /^\/(ja|en)\/cities\/[^/]+\/$/.test(p.path));

/** The city links of a region page's list of cities (the <ul> of its section#cities… labelled "cities"). */
function listedCities(html: string): string[] {
  const section = elements(parse(html), 'section').find((s) => s.attributes['aria-labelledby'] === 'cities');
  if (!section) return [];
  const list = section.children.find((c): c is ElementNode => c.type === ELEMENT_NODE && (c as ElementNode).name === 'ul');
  return list ? elements(list, 'a').map((a) => a.attributes.href!) : [];
}

describe('maps', () => {
  it('finds overlapping labels and stray markers in a drawing made to have them (the check can fail)', () => {
    const html = `<figure class="city-map" data-map="x"><picture><source srcset="/maps/dark/x.svg"><img src="/maps/x.svg"></picture>
      <svg viewBox="0 0 100 100" font-size="10"><a href="/en/cities/a/"><circle cx="20" cy="20" r="3"></circle><text x="25" y="23" text-anchor="start">Alpha</text></a>
      <a href="/en/cities/b/"><circle cx="30" cy="22" r="3"></circle><text x="26" y="25" text-anchor="start">Beta</text></a>
      <a href="/en/cities/c/"><circle cx="99" cy="50" r="3"></circle></a></svg></figure>`;
    const [d] = mapsOf(html);
    const problems = geometryProblems(d!);
    expect(problems).toContain('labels "Alpha" and "Beta" overlap');
    expect(problems.some((p) => p.startsWith('marker at 99,50 outside'))).toBe(true);
    expect(problems.some((p) => p.startsWith('label "Alpha" covers'))).toBe(true);
  });

  it('gives every region page that lists cities a map whose markers link to the same built city pages', () => {
    const built = new Set(pages().map((p) => p.path));
    const wrong: string[] = [];
    const regions = regionPages().filter((p) => listedCities(p.html).length > 0);
    expect(regions.length).toBeGreaterThan(20);
    for (const p of regions) {
      const lang = p.path.slice(1, 3);
      const [d, ...more] = mapsOf(p.html);
      if (!d || more.length > 0) {
        wrong.push(`${p.path}: ${d ? 'more than one map' : 'no map'}`);
        continue;
      }
      const hrefs = d.markers.map((m) => m.href ?? '(no link)');
      for (const h of hrefs) if (!cityPath(lang).test(h) || !built.has(h)) wrong.push(`${p.path}: marker links to ${h}`);
      if ([...hrefs].sort().join() !== [...listedCities(p.html)].sort().join())
        wrong.push(`${p.path}: the markers and the list name different cities`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives every city page a locator map marking and naming that city alone', () => {
    const wrong: string[] = [];
    for (const p of cityPages()) {
      const [d, ...more] = mapsOf(p.html);
      const h1 = textOf(elements(parse(p.html), 'h1')[0]!);
      if (!d || more.length > 0) wrong.push(`${p.path}: ${d ? 'more than one map' : 'no map'}`);
      else if (d.markers.length !== 1 || d.labels.length !== 1)
        wrong.push(`${p.path}: ${d.markers.length} markers, ${d.labels.length} labels`);
      else if (!h1.startsWith(d.labels[0]!.text)) wrong.push(`${p.path}: the label "${d.labels[0]!.text}" is not the city "${h1}"`);
    }
    expect(cityPages().length).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it("keeps every marker and label inside its map's drawing, and no label over another label or a marker", () => {
    const wrong = pages().flatMap((p) => mapsOf(p.html).flatMap((d) => geometryProblems(d).map((x) => `${p.path} (${d.map}): ${x}`)));
    expect(wrong).toEqual([]);
  });

  it('serves each base image in light and dark colours, drawn at the size of the markers over it', () => {
    const wrong: string[] = [];
    const seen = new Map<string, Drawn>();
    for (const p of pages()) for (const d of mapsOf(p.html)) seen.set(`${d.map} ${d.viewBox}`, d);
    for (const d of seen.values()) {
      for (const [scheme, src] of [
        ['light', d.light],
        ['dark', d.dark],
      ] as const) {
        const file = src && join(DIST, src);
        if (!file || !existsSync(file)) {
          wrong.push(`${d.map}: no ${scheme} image ${src}`);
          continue;
        }
        const svg = readFileSync(file, 'utf8');
        const root = elements(parse(svg), 'svg')[0]!;
        if (root.attributes.viewBox !== `0 0 ${d.viewBox.join(' ')}`)
          wrong.push(`${src}: viewBox ${root.attributes.viewBox}, overlay 0 0 ${d.viewBox.join(' ')}`);
        const sea = elements(root, 'rect')[0]?.attributes.fill ?? '';
        const lum = luminance(sea);
        if (scheme === 'dark' ? lum > 0.1 : lum < 0.5) wrong.push(`${src}: background ${sea} is not ${scheme}`);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});

/** Relative luminance (WCAG) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
