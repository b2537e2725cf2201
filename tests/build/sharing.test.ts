/** What a shared link shows: each page's own description, and its breadcrumbs as JSON-LD. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, decode, pages, type Page } from './dist';

const meta = (p: Page, attr: string, name: string) =>
  decode(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(p.html)?.[1] ?? '');
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/g;
const TEXT_PAGE = /^\/(ja|en)\/strategies\/[^/]+\/(measures\/[^/]+\/|(?!measures\/|print\/)[^/]+\/)$/;

describe('sharing metadata', () => {
  const textPages = () => pages().filter((p) => TEXT_PAGE.test(p.path) && !/http-equiv="refresh"/.test(p.html));

  it('describes each measure and chapter page by its own text, in its language, no two alike', () => {
    const list = textPages();
    expect(list.length).toBeGreaterThan(400);
    const tagline = new Set(
      pages()
        .filter((p) => p.path === '/ja/' || p.path === '/en/')
        .map((p) => meta(p, 'name', 'description')),
    );
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const p of list) {
      const d = meta(p, 'name', 'description');
      if (!d || tagline.has(d)) problems.push(`${p.path}: the site's tagline, not its own text`);
      if (meta(p, 'property', 'og:description') !== d) problems.push(`${p.path}: og:description differs`);
      const japanese = (d.match(JAPANESE) ?? []).length / [...d].length;
      if (p.lang === 'ja' ? japanese < 0.3 : japanese > 0.1) problems.push(`${p.path}: not in ${p.lang}: ${d.slice(0, 60)}`);
      const other = seen.get(`${p.lang} ${d}`);
      if (other) problems.push(`${p.path}: same description as ${other}`);
      else seen.set(`${p.lang} ${d}`, p.path);
    }
    expect(problems).toEqual([]);
  });

  it('gives every page with breadcrumbs a BreadcrumbList that ends at the page itself', () => {
    const problems: string[] = [];
    let count = 0;
    for (const p of pages().filter((x) => /^\/(ja|en)\//.test(x.path) && /<nav aria-label="[^"]*" class="[^"]*pt-3/.test(x.html))) {
      // The breadcrumbs' block; strategy, chapter and measure pages also carry their citation's.
      const blocks = [...p.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      for (const b of blocks) if (/[<>&\u2028\u2029]/.test(b)) problems.push(`${p.path}: unescaped < > & or line separator in JSON-LD`);
      const trails = blocks.filter((b) => (JSON.parse(b) as { '@type': string })['@type'] === 'BreadcrumbList');
      if (trails.length !== 1) {
        problems.push(`${p.path}: ${trails.length} BreadcrumbList blocks`);
        continue;
      }
      const data = JSON.parse(trails[0]!) as { '@type': string; itemListElement: { position: number; item: string }[] };
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1];
      if (data['@type'] !== 'BreadcrumbList' || data.itemListElement.at(-1)?.item !== canonical)
        problems.push(`${p.path}: the last breadcrumb is not the page (${data.itemListElement.at(-1)?.item})`);
      count++;
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });

  it('gives each strategy a 1200×630 PNG picture, and every page of the strategy points to its own', () => {
    const strategies = pages()
      .map((p) => /^\/ja\/strategies\/([^/]+)\/$/.exec(p.path)?.[1])
      .filter((x): x is string => !!x);
    expect(strategies.length).toBeGreaterThanOrEqual(5);
    for (const id of strategies) {
      const png = readFileSync(join(DIST, 'og', `${id}.png`));
      // The PNG signature, then the IHDR chunk: width and height as 32-bit big-endian integers.
      expect(png.subarray(0, 8).toString('hex'), id).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('latin1'), id).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], id).toEqual([1200, 630]);
    }
    const problems: string[] = [];
    let count = 0;
    for (const p of pages().filter((x) => /^\/(ja|en)\/strategies\/[^/]+\//.test(x.path) && !/http-equiv="refresh"/.test(x.html))) {
      const id = p.path.split('/')[3]!;
      const image = meta(p, 'property', 'og:image');
      if (new URL(image || 'x:/').pathname !== `/og/${id}.png`) problems.push(`${p.path}: og:image ${image || 'missing'}`);
      if (meta(p, 'property', 'og:image:width') !== '1200' || meta(p, 'property', 'og:image:height') !== '630')
        problems.push(`${p.path}: no size`);
      // The picture's description names the strategy, in the page's language (its overview page's title).
      const alt = meta(p, 'property', 'og:image:alt');
      const title = meta(pages().find((x) => x.path === `/${p.lang}/strategies/${id}/`)!, 'property', 'og:title');
      if (!alt?.includes(title)) problems.push(`${p.path}: alt "${alt}" does not name "${title}"`);
      if (meta(p, 'name', 'twitter:card') !== 'summary_large_image') problems.push(`${p.path}: twitter:card is not summary_large_image`);
      count++;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(count).toBeGreaterThan(800);
  });
});
