import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, page, pages } from './dist';

const SITE = 'https://strategies.example.jp';
const langPages = () => pages().filter((p) => /^\/(ja|en)\//.test(p.path));

describe('the built site', () => {
  it('has a Japanese and an English page at the same path for every page', () => {
    const paths = new Set(langPages().map((p) => p.path));
    const orphans = [...paths].filter((p) => !paths.has(p.replace(/^\/(ja|en)\//, (_, l: string) => `/${l === 'ja' ? 'en' : 'ja'}/`)));
    expect(orphans).toEqual([]);
    expect(paths.size).toBeGreaterThan(50);
  });

  it("declares each page's language in <html lang>", () => {
    const wrong = langPages()
      .filter((p) => p.lang !== p.path.slice(1, 3))
      .map((p) => `${p.path}: ${p.lang}`);
    expect(wrong).toEqual([]);
  });

  it('links every page to its twin with reciprocal hreflang alternates', () => {
    const problems: string[] = [];
    for (const p of langPages()) {
      const lang = p.path.slice(1, 3);
      const other = lang === 'ja' ? 'en' : 'ja';
      const self = p.alternates.get(lang);
      const twin = p.alternates.get(other);
      if (self !== `${SITE}${p.path}`) problems.push(`${p.path}: hreflang=${lang} is ${self}`);
      if (!twin) {
        problems.push(`${p.path}: no hreflang=${other}`);
        continue;
      }
      const twinPage = pages().find((x) => `${SITE}${x.path}` === twin);
      if (!twinPage) problems.push(`${p.path}: hreflang=${other} points at a missing page ${twin}`);
      else if (twinPage.alternates.get(lang) !== `${SITE}${p.path}`) problems.push(`${p.path}: ${twin} does not link back`);
      if (p.alternates.get('x-default') !== `${SITE}/`) problems.push(`${p.path}: no x-default`);
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or #anchor', () => {
    const byPath = new Map(pages().map((p) => [p.path, p]));
    const broken: string[] = [];
    for (const p of pages()) {
      for (const href of p.hrefs) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://x${p.path}`);
        const target = byPath.get(url.pathname);
        if (!target) {
          // Non-HTML assets (CSS, icons, Pagefind files) must exist as files.
          if (!/\/$/.test(url.pathname) && existsSync(join(DIST, url.pathname))) continue;
          broken.push(`${p.path} → ${href} (no such page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !target.ids.has(anchor)) broken.push(`${p.path} → ${href} (no id="${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows the same KPI values on the Japanese and the English page', () => {
    const values = (html: string) =>
      [...html.matchAll(/data-kpi="([^"]+)"[\s\S]*?<\/tr>/g)].flatMap((row) =>
        [...row[0].matchAll(/data-kpi-role="(\w+)" data-kpi-value="([^"]*)"/g)].map((c) => `${row[1]} ${c[1]}=${c[2]}`),
      );
    let compared = 0;
    for (const p of pages().filter((x) => x.path.startsWith('/ja/'))) {
      const ja = values(p.html);
      if (ja.length === 0) continue;
      expect(values(page(p.path.replace(/^\/ja\//, '/en/')).html), p.path).toEqual(ja);
      compared += ja.length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('shows the same country data on the Japanese and the English page', () => {
    const values = (html: string) => [...html.matchAll(/data-profile="([^"]+)" data-value="([^"]+)"/g)].map((m) => `${m[1]}=${m[2]}`);
    const ja = values(page('/ja/strategies/shizuoka-2017/basic-policy/').html);
    expect(ja.length).toBe(48);
    expect(values(page('/en/strategies/shizuoka-2017/basic-policy/').html)).toEqual(ja);
  });

  it('writes one search index per language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'ja']);
    expect(entry.languages.ja!.page_count).toBe(entry.languages.en!.page_count);
  });

  it('indexes reading pages for search and leaves lists and search pages out', () => {
    expect(page('/ja/strategies/shizuoka-2017/measures/shimizu-port/').html).toContain('data-pagefind-body');
    expect(page('/ja/search/').html).not.toContain('data-pagefind-body');
  });

  it('loads Pagefind only on the search pages, through their own script, and its Default UI nowhere', () => {
    const scripts = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => m[1]!);
    const loadsPagefind = (html: string) =>
      /\/pagefind\//.test(html) || scripts(html).some((src) => readFileSync(join(DIST, src), 'utf8').includes('pagefind.js'));
    expect(
      pages()
        .filter((p) => /pagefind-ui|PagefindUI/.test(p.html))
        .map((p) => p.path),
    ).toEqual([]);
    expect(
      pages()
        .filter((p) => loadsPagefind(p.html))
        .map((p) => p.path)
        .sort(),
    ).toEqual(['/en/search/', '/ja/search/']);
    for (const lang of ['ja', 'en']) expect(page(`/${lang}/search/`).html).not.toMatch(/<link[^>]*\/pagefind\//);
    // Nor does the service worker keep its files for offline use.
    expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).not.toContain('pagefind-ui');
  });
});

describe('Markdown texts', () => {
  it('puts the KPI table of a Markdown measure where its <Targets /> line stands', () => {
    const html = page('/ja/strategies/shizuoka-2017/measures/shimizu-port/').html;
    const targets = html.indexOf('id="targets"');
    const table = html.indexOf('class="kpi-table"');
    const actions = html.indexOf('id="actions"');
    expect(targets).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(targets);
    expect(actions).toBeGreaterThan(table);
    expect(html).not.toContain('<Targets');
  });
});

describe('the sitemap', () => {
  it('lists every page of both languages, each with its twin', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(SITE, '')));
    const built = pages()
      .map((p) => p.path)
      // Not the redirect pages of the ledger, nor pages kept from search engines (the offline page).
      .filter((p) => /^\/(ja|en)\//.test(p) && !/http-equiv="refresh"|<meta name="robots" content="noindex"/.test(page(p).html));
    expect(built.filter((p) => !locs.has(p))).toEqual([]);
    expect([...locs].filter((l) => !built.includes(l))).toEqual([]);
    expect(xml).toContain('hreflang="en"');
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});
