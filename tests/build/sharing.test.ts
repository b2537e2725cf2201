/** What a shared link shows: each page's own description, and its breadcrumbs as JSON-LD. */
import { describe, expect, it } from 'vitest';
import { decode, pages, type Page } from './dist';

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
      const blocks = [...p.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      if (blocks.length !== 1) {
        problems.push(`${p.path}: ${blocks.length} JSON-LD blocks`);
        continue;
      }
      if (/[<>&\u2028\u2029]/.test(blocks[0]!)) problems.push(`${p.path}: unescaped < > & or line separator in JSON-LD`);
      const data = JSON.parse(blocks[0]!) as { '@type': string; itemListElement: { position: number; item: string }[] };
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1];
      if (data['@type'] !== 'BreadcrumbList' || data.itemListElement.at(-1)?.item !== canonical)
        problems.push(`${p.path}: the last breadcrumb is not the page (${data.itemListElement.at(-1)?.item})`);
      count++;
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });
});
