/**
 * Editions, proved on a fixture strategy with two (tests/fixtures/editions over tests/fixtures/valid):
 * the earlier edition's pages exist under /editions/draft/ with the same structure, say that they are
 * not the current text and link to it, stay out of search and search engines, link within their own
 * edition; the strategy page lists both editions; the compare view shows, in both languages, the
 * blocks that the fixture's texts add, remove and change. The fixture's differences are written in
 * its files (see its README); the expectations below are read from those files, not from the output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import type { Server } from 'node:http';
import { build, fixture, type Run } from './fixture-site';
import { serve } from '../../scripts/serve';
import { launchChromium } from '../../scripts/chromium';
import { axe } from '../e2e/browser';

const NAME = 'editions';
const { root, content } = fixture(NAME);
cpSync('tests/fixtures/editions/strategies', join(content, 'strategies'), { recursive: true });
const dist = join(root, 'dist');
const BASE = '/strategies/sample-2020';
const DRAFT = `${BASE}/editions/draft`;

/** The first element matching `selector` in `node` (none when `node` is none). */
const one = (node: ElementNode | undefined, selector: string) =>
  node ? (querySelector(node, selector) as ElementNode | undefined) : undefined;
/** Every element matching `selector` in `node`. */
const all = (node: ElementNode | undefined, selector: string) => (node ? (querySelectorAll(node, selector) as ElementNode[]) : []);

let run: Run;
beforeAll(async () => {
  run = await build(NAME);
}, 180_000);

function page(path: string): ElementNode {
  const file = join(dist, path, 'index.html');
  expect(existsSync(file), `${path} was not built`).toBe(true);
  return parse(readFileSync(file, 'utf8')) as ElementNode;
}

function text(node: ElementNode | undefined): string {
  if (!node) return '';
  const out: string[] = [];
  const walk = (n: { type: number; value?: string; children?: unknown[] }) => {
    if (n.type !== ELEMENT_NODE && typeof n.value === 'string') out.push(n.value);
    for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
  };
  walk(node as never);
  return out.join('').replace(/\s+/g, ' ').trim();
}

const hrefs = (node: ElementNode | undefined) => all(node, 'a[href]').map((a: ElementNode) => a.attributes.href as string);

describe('a strategy with an earlier edition', () => {
  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`has the earlier edition's pages at /${lang}${DRAFT}/… with the same structure as the current (${lang})`, () => {
      for (const rest of ['', 'intro/', 'measures/', 'measures/tourism/']) {
        page(`/${lang}${BASE}/${rest}`);
        page(`/${lang}${DRAFT}/${rest}`);
      }
    });

    it(`marks each earlier-edition page as not current, links to the same place in the current text and keeps it out of search (${lang})`, () => {
      const cases = [
        ['intro/', `/${lang}${BASE}/intro/`],
        ['measures/tourism/', `/${lang}${BASE}/measures/tourism/`],
        ['', `/${lang}${BASE}/`],
      ] as const;
      for (const [rest, current] of cases) {
        const doc = page(`/${lang}${DRAFT}/${rest}`);
        const banner = one(doc, '[data-edition-notice]');
        expect(banner, `${DRAFT}/${rest} has no banner`).toBeTruthy();
        expect(one(banner, 'a[data-current-edition]')?.attributes.href).toBe(current);
        expect(hrefs(banner)).toContain(`/${lang}${DRAFT}/compare/adopted/`);
        expect(one(doc, 'meta[name="robots"]')?.attributes.content).toBe('noindex');
        expect(one(doc, '[data-pagefind-body]')).toBeFalsy();
        // No parallel view or print version is built for an earlier edition: none is linked.
        expect(hrefs(doc).filter((h) => h.startsWith(`/${lang}${DRAFT}/`) && /\/(parallel|print)\//.test(h))).toEqual([]);
      }
      // The current pages have no banner, and stay in search.
      expect(one(page(`/${lang}${BASE}/intro/`), '[data-edition-notice]')).toBeFalsy();
      expect(one(page(`/${lang}${BASE}/intro/`), '[data-pagefind-body]')).toBeTruthy();
    });

    it(`shows the earlier edition's own text and data, linking within the edition (${lang})`, () => {
      const intro = page(`/${lang}${DRAFT}/intro/`);
      const draftText = readFileSync(`tests/fixtures/editions${BASE}/editions/draft/${lang}/intro.mdx`, 'utf8');
      // The draft's paragraphs (the body's lines that are not headings or components): its second is gone from the current text.
      const paragraphs = draftText
        .split(/^---$/m)[2]!
        .split('\n')
        .filter((l) => l && !/^[#<]/.test(l));
      const removed = paragraphs[1]!;
      expect(text(one(intro, 'main'))).toContain(removed);
      // <MeasureIndex> of the edition links to the edition's measure page.
      expect(hrefs(intro)).toContain(`/${lang}${DRAFT}/measures/tourism/`);
      // The draft's KPI target (150) rather than the current one (200).
      expect(text(one(page(`/${lang}${DRAFT}/measures/tourism/`), '#kpi-visitors'))).toContain('150');
      expect(text(one(page(`/${lang}${BASE}/measures/tourism/`), '#kpi-visitors'))).toContain('200');
    });

    it(`lists both editions on the strategy page, the current one marked, with a compare link (${lang})`, () => {
      const list = one(page(`/${lang}${BASE}/`), '.edition-list');
      expect(list).toBeTruthy();
      const items = all(list, 'li');
      expect(items.length).toBe(2);
      expect(hrefs(items[0])).toEqual([`/${lang}${DRAFT}/`, `/${lang}${DRAFT}/compare/adopted/`]);
      expect(one(items[0], 'time')?.attributes.datetime).toBe('2019-12-10');
      expect(one(items[1], '[aria-current="page"]')).toBeTruthy();
      expect(one(items[1], 'time')?.attributes.datetime).toBe('2020-04-01');
    });

    it(`compares the editions block by block: added, removed and changed, with <ins> and <del> (${lang})`, () => {
      const doc = page(`/${lang}${DRAFT}/compare/adopted/`);
      expect(one(doc, 'meta[name="robots"]')?.attributes.content).toBe('noindex');
      const blocks = (section: string) =>
        all(one(doc, `section[aria-labelledby="${section}"]`), '[data-change]').map((b: ElementNode) => [
          b.attributes['data-block'],
          b.attributes['data-change'],
        ]);
      // intro: the first paragraph reworded, the second dropped.
      expect(blocks('chapter-intro')).toEqual([
        ['purpose-p1', 'changed'],
        ['purpose-p2', 'removed'],
      ]);
      // tourism: the "policy" section is new; the KPI table's target changed (150 → 200).
      expect(blocks('measure-tourism')).toEqual([
        ['policy', 'added'],
        ['policy-p1', 'added'],
        ['targets-p1', 'changed'],
      ]);
      const changed = one(doc, '[data-block="purpose-p1"]');
      const words = { ja: ['検討する', '進める'], en: ['considers', 'promotes'] }[lang];
      expect(text(one(changed, 'del'))).toBe(words[0]);
      expect(text(one(changed, 'ins'))).toBe(words[1]);
      expect(text(one(doc, '[data-block="purpose-p2"] del')).length).toBeGreaterThan(0);
      expect(text(one(doc, '[data-block="policy-p1"] ins')).length).toBeGreaterThan(0);
      const kpi = one(doc, '[data-block="targets-p1"]');
      expect([text(one(kpi, 'del')), text(one(kpi, 'ins'))]).toEqual(['150', '200']);
    });
  }
});

describe('the earlier edition in Chromium', () => {
  it('follows the block the reader is at where the current text still has it, and the page where it does not', async () => {
    const { server, url } = await serve(dist);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const linkAt = async (path: string) => {
        await tab.goto(new URL(path, url).href);
        return tab.$eval(
          '[data-edition-notice] a[data-current-edition]',
          (a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash,
        );
      };
      // A reworded paragraph is still there (paired by anchor and text); the removed one is not.
      expect(await linkAt(`/ja${DRAFT}/intro/#purpose-p1`)).toBe(`/ja${BASE}/intro/#purpose-p1`);
      expect(await linkAt(`/en${DRAFT}/intro/#purpose`)).toBe(`/en${BASE}/intro/#purpose`);
      expect(await linkAt(`/ja${DRAFT}/intro/#purpose-p2`)).toBe(`/ja${BASE}/intro/`);
      // Following a block's own link on the page updates it too.
      await tab.goto(new URL(`/ja${DRAFT}/measures/tourism/`, url).href);
      await tab.evaluate(() => {
        location.hash = 'targets';
      });
      await tab.waitForFunction(() => document.querySelector<HTMLAnchorElement>('a[data-current-edition]')?.hash === '#targets');
      // The banner, the list of editions and the compare view pass axe (WCAG 2.2 A and AA).
      for (const path of [`/en${DRAFT}/intro/`, `/ja${BASE}/`, `/ja${DRAFT}/compare/adopted/`, `/en${DRAFT}/compare/adopted/`]) {
        await tab.goto(new URL(path, url).href);
        expect(await axe(tab), path).toEqual([]);
      }
    } finally {
      await browser.close();
      await new Promise<void>((ok) => (server as Server).close(() => ok()));
    }
  });
});
