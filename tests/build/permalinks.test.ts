/**
 * The permalink promise: every page and anchor in tests/permalinks.txt (the published URLs) still
 * exists, or content/redirects.yaml says where it went and the redirect works.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { collectPermalinks, lostPermalinks } from './permalinks';
import { page, pages } from './dist';

const published = readFileSync('tests/permalinks.txt', 'utf8').split('\n').filter(Boolean);
const ledger = (parse(readFileSync('content/redirects.yaml', 'utf8')) ?? []) as { from: string; to: string }[];

describe('permalinks', () => {
  it('keeps every published page and anchor, or redirects it', () => {
    const lost = lostPermalinks(published, new Set(collectPermalinks()), ledger);
    expect(lost, 'add an entry to content/redirects.yaml for each, or restore it').toEqual([]);
  });

  it('notices a lost anchor, and accepts it once the ledger redirects it to one that exists', () => {
    const now = new Set(['/ja/a/', '/ja/a/#new']);
    expect(lostPermalinks(['/ja/a/#old'], now, [])).toEqual(['/ja/a/#old']);
    expect(lostPermalinks(['/ja/a/#old'], now, [{ from: '/ja/a/#old', to: '/ja/a/#gone' }])).toEqual(['/ja/a/#old']);
    expect(lostPermalinks(['/ja/a/#old'], now, [{ from: '/ja/a/#old', to: '/ja/a/#new' }])).toEqual([]);
  });

  it('lists every page and anchor of the site in the manifest (run npm run permalinks after adding some)', () => {
    const known = new Set(published);
    const unlisted = collectPermalinks().filter((u) => !known.has(u));
    expect(unlisted).toEqual([]);
  });

  it('builds a redirect page for every moved page', () => {
    for (const r of ledger.filter((x) => !x.from.includes('#'))) {
      const html = page(r.from).html;
      expect(html).toContain(`url=${r.to}`);
      expect(html).toContain('noindex');
    }
    expect(pages().length).toBeGreaterThan(0);
  });
});
