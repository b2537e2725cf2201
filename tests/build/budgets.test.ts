/**
 * Size budgets (gzip): reading pages carry near-zero JavaScript and a small stylesheet; HTML stays
 * within a budget per page type. A failure prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, page, pages } from './dist';

const gz = (s: string | Buffer) => gzipSync(s).length;
const KB = 1024;

/** JavaScript a page loads: its external module scripts and its inline scripts (gzip bytes). */
function jsOf(html: string): number {
  const external = [...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].reduce((n, m) => n + gz(readFileSync(join(DIST, m[1]!))), 0);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + gz(m[1]!),
    0,
  );
  return external + inline;
}

const reading = (path: string) => /\/strategies\/[^/]+\/([^/]+\/|measures\/[^/]+\/)?$/.test(path);

describe('size budgets (gzip)', () => {
  it('keeps JavaScript on reading pages within 15 kB (search and filters load only where used)', () => {
    const over = pages()
      .filter((p) => reading(p.path))
      .map((p) => ({ path: p.path, js: jsOf(p.html) }))
      .filter((x) => x.js > 15 * KB);
    expect(over).toEqual([]);
  });

  it("keeps the search page's own script within 4 kB and all its JS within 5.5 kB (Pagefind's engine comes apart, from /pagefind/)", () => {
    for (const lang of ['ja', 'en']) {
      const html = page(`/${lang}/search/`).html;
      const own = [...html.matchAll(/<script[^>]*\ssrc="(\/_astro\/search\.astro[^"]+)"/g)].map((m) => gz(readFileSync(join(DIST, m[1]!))));
      expect(own, 'the search UI is one script').toHaveLength(1);
      expect(own[0], `/${lang}/search/'s own script is ${(own[0]! / KB).toFixed(2)} kB`).toBeLessThanOrEqual(4 * KB);
      const js = jsOf(html);
      expect(js, `/${lang}/search/ loads ${(js / KB).toFixed(1)} kB of JS`).toBeLessThanOrEqual(5.5 * KB);
      expect(js).toBeGreaterThan(1 * KB);
    }
  });

  it("keeps the nearby-spelling code (loaded when a search finds nothing) within 2 kB and each language's words within 15 kB", () => {
    const chunks = readdirSync(join(DIST, '_astro')).filter((f) => f.startsWith('search-suggest.') && f.endsWith('.js'));
    expect(chunks).toHaveLength(1);
    const html = page('/ja/search/').html;
    expect(html, 'the search page does not load it up front').not.toContain(chunks[0]);
    const code = gz(readFileSync(join(DIST, '_astro', chunks[0]!)));
    expect(code, `${(code / KB).toFixed(1)} kB`).toBeLessThanOrEqual(2 * KB);
    for (const lang of ['ja', 'en']) {
      const words = gz(readFileSync(join(DIST, lang, 'search', 'words.json')));
      expect(words, `${lang}: ${(words / KB).toFixed(1)} kB`).toBeLessThanOrEqual(15 * KB);
    }
  });

  it('keeps the CSS within 20 kB', () => {
    const css = new Set(pages().flatMap((p) => [...p.html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!)));
    const total = [...css].reduce((n, f) => n + gz(readFileSync(join(DIST, f))), 0);
    expect(total, `CSS is ${(total / KB).toFixed(1)} kB`).toBeLessThanOrEqual(20 * KB);
  });

  it("keeps every page's HTML within its budget: measure and city pages 8 kB, their parallel views 12 kB, whole-strategy print pages 150 kB, the rest 40 kB", () => {
    const budget = (path: string) =>
      /\/print\/(bilingual\/)?$/.test(path)
        ? 150 // a whole strategy on one page, read once and printed
        : /\/measures\/[^/]+\/parallel\/$/.test(path)
          ? 12
          : /\/(measures|cities)\/[^/]+\/$/.test(path) && !path.endsWith('/measures/')
            ? 8
            : 40;
    const over = pages()
      .map((p) => ({ path: p.path, kb: gz(p.html) / KB }))
      .filter((x) => x.kb > budget(x.path))
      .map((x) => `${x.path}: ${x.kb.toFixed(1)} kB (budget ${budget(x.path)} kB)`);
    expect(over).toEqual([]);
  });

  it('keeps the home and compare pages within a reading page’s budget: HTML 30 kB, JS 15 kB, the map’s land a cached file', () => {
    for (const path of ['/ja/', '/en/', '/ja/compare/', '/en/compare/']) {
      const { html } = page(path);
      expect(gz(html) / KB, `${path} HTML`).toBeLessThanOrEqual(30);
      expect(jsOf(html) / KB, `${path} JS`).toBeLessThanOrEqual(15);
    }
    expect(page('/en/').html).toContain('<img src="/maps/world.svg"');
    expect(page('/en/').html).toContain('<source srcset="/maps/dark/world.svg" media="(prefers-color-scheme: dark)"');
  });

  it('loads no web font', () => {
    const fonts = pages().filter((p) => /@font-face|\.woff2?|fonts\.googleapis/.test(p.html));
    expect(fonts.map((p) => p.path)).toEqual([]);
  });
});
