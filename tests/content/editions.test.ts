/**
 * Editions, proved on a fixture strategy with two (tests/fixtures/editions over tests/fixtures/valid):
 * the earlier edition's pages, its parallel views and its printable versions exist under
 * /editions/draft/ with the same structure, say that they are not the current text and link to it,
 * stay out of search and search engines, link within their own edition and show its own text; the
 * strategy page lists both editions; the compare view shows, in both languages, the blocks that the
 * fixture's texts add, remove and change; the earlier edition's full text is published as JSON beside
 * the current one's, and listed. The fixture's differences are written in its files (see its
 * README); the expectations below are read from those files, not from the output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import { parse as parseYaml } from 'yaml';
import { extractText } from 'unpdf';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import type { Server } from 'node:http';
import { build, fixture, type Run } from './fixture-site';
import { serve } from '../../scripts/serve';
import { launchChromium } from '../../scripts/chromium';
import { axe } from '../e2e/browser';
import { STRATEGY_JSON_FIELDS } from '../../src/lib/strategy-json';
import { strategySchema } from '../build/json-schema';

const NAME = 'editions';
const { root, content } = fixture(NAME);
cpSync('tests/fixtures/editions/strategies', join(content, 'strategies'), { recursive: true });
const dist = join(root, 'dist');
const BASE = '/strategies/sample-2020';
const DRAFT = `${BASE}/editions/draft`;
/** The fixture's files of the draft, and of the current edition (the valid fixture's). */
const DRAFT_FILES = `tests/fixtures/editions${DRAFT}`;
const CURRENT_FILES = `tests/fixtures/valid${BASE}`;
/** The UI strings, to find the edition's name in a title. */
const dict = (lang: 'ja' | 'en') => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

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

/** A file of the fixture's strategy (valid fixture and overlay), current (`''`) or of the draft (`'/editions/draft'`). */
const source = (edition: '' | '/editions/draft', file: string) => readFileSync(join(content, BASE, edition, file), 'utf8');

/** A fixture text's body (after the frontmatter), line by line. */
const bodyLines = (file: string) => readFileSync(file, 'utf8').split(/^---$/m)[2]!.split('\n');
/** Its paragraphs as written: the body's lines that are not headings or components. */
const paragraphsOf = (file: string) => bodyLines(file).filter((l) => l && !/^[#<]/.test(l));
/** Its headings as written, by anchor: "## （１）目的 {#purpose}" → purpose: （１）目的. */
const headingsOf = (file: string) =>
  new Map(
    bodyLines(file)
      .filter((l) => l.startsWith('#'))
      .map((l) => {
        const [, title, id] = /^#+ (.*) \{#([^}]+)\}$/.exec(l)!;
        return [id!, title!] as const;
      }),
  );
/** A KPI's target value in a fixture's measures.yaml. */
const targetOf = (dir: string, kpi: string): number =>
  (
    parseYaml(readFileSync(`${dir}/measures.yaml`, 'utf8')) as { measures: { kpis: { id: string; target: { value: number } }[] }[] }
  ).measures
    .flatMap((m) => m.kpis)
    .find((k) => k.id === kpi)!.target.value;

/** The views both editions have: overview, chapter, measures, their parallel views and the printable versions. */
const SHARED = [
  '',
  'intro/',
  'measures/',
  'measures/tourism/',
  'intro/parallel/',
  'measures/tourism/parallel/',
  'print/',
  'print/bilingual/',
];

/** The earlier edition's parallel and print views, with the page each one's banner leads to in the current text. */
const views = (lang: 'ja' | 'en') =>
  [
    ['intro/parallel/', `/${lang}${BASE}/intro/parallel/`],
    ['measures/tourism/parallel/', `/${lang}${BASE}/measures/tourism/parallel/`],
    // The current edition dropped the chapter: the banner leads to the strategy.
    ['outlook/parallel/', `/${lang}${BASE}/`],
    ['print/', `/${lang}${BASE}/print/`],
    ['print/bilingual/', `/${lang}${BASE}/print/bilingual/`],
  ] as const;

describe('a strategy with an earlier edition', () => {
  it('builds', () => {
    expect(run.status, run.output).toBe(0);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`has the earlier edition's pages at /${lang}${DRAFT}/… with the same structure as the current (${lang})`, () => {
      for (const rest of SHARED) {
        page(`/${lang}${BASE}/${rest}`);
        page(`/${lang}${DRAFT}/${rest}`);
      }
      // The chapter that only the draft has.
      page(`/${lang}${DRAFT}/outlook/`);
      page(`/${lang}${DRAFT}/outlook/parallel/`);
    });

    it(`marks each earlier-edition page as not current, links to the same place in the current text and keeps it out of search (${lang})`, () => {
      const cases = [
        ['intro/', `/${lang}${BASE}/intro/`],
        ['measures/tourism/', `/${lang}${BASE}/measures/tourism/`],
        ['outlook/', `/${lang}${BASE}/`],
        ['', `/${lang}${BASE}/`],
        ...views(lang),
      ] as const;
      for (const [rest, current] of cases) {
        const doc = page(`/${lang}${DRAFT}/${rest}`);
        const banner = one(doc, '[data-edition-notice]');
        expect(banner, `${DRAFT}/${rest} has no banner`).toBeTruthy();
        expect(one(banner, 'a[data-current-edition]')?.attributes.href).toBe(current);
        expect(hrefs(banner)).toContain(`/${lang}${DRAFT}/compare/adopted/`);
        expect(one(doc, 'meta[name="robots"]')?.attributes.content).toBe('noindex');
        expect(one(doc, '[data-pagefind-body]')).toBeFalsy();
      }
      // The current pages have no banner; the chapters and measures stay in search.
      for (const rest of SHARED) {
        expect(one(page(`/${lang}${BASE}/${rest}`), '[data-edition-notice]')).toBeFalsy();
        expect(one(page(`/${lang}${BASE}/${rest}`), 'meta[name="robots"]')).toBeFalsy();
      }
      expect(one(page(`/${lang}${BASE}/intro/`), '[data-pagefind-body]')).toBeTruthy();
    });

    it(`links the earlier edition's chapters, measures and overview to its own parallel and print views (${lang})`, () => {
      for (const rest of ['intro/', 'outlook/', 'measures/tourism/']) {
        const doc = page(`/${lang}${DRAFT}/${rest}`);
        expect(one(doc, 'a[data-view="parallel"]')?.attributes.href).toBe(`/${lang}${DRAFT}/${rest}parallel/`);
        // The remembered choice of the parallel view leads to the edition's own.
        expect(one(doc, 'link[data-parallel-view]')?.attributes.href).toBe(`/${lang}${DRAFT}/${rest}parallel/`);
      }
      expect(hrefs(one(page(`/${lang}${DRAFT}/`), '.print-versions'))).toEqual([
        `/ja${DRAFT}/print/`,
        `/en${DRAFT}/print/`,
        `/${lang}${DRAFT}/print/bilingual/`,
      ]);
    });

    it(`names the edition in the parallel and print views' titles and breadcrumbs (${lang})`, () => {
      const name = dict(lang)['edition.kind.draft']!;
      for (const [rest] of views(lang)) {
        const doc = page(`/${lang}${DRAFT}/${rest}`);
        expect(text(one(doc, 'title')), rest).toContain(name);
        if (SHARED.includes(rest)) expect(text(one(page(`/${lang}${BASE}/${rest}`), 'title'))).not.toContain(name);
        const crumbs = one(doc, 'nav.breadcrumbs');
        expect(hrefs(crumbs), rest).toEqual(expect.arrayContaining([`/${lang}${BASE}/`, `/${lang}${DRAFT}/`]));
        expect(text(crumbs)).toContain(name);
      }
    });

    it(`keeps the parallel and print views' links within the edition, but for the way to the current text and the strategy (${lang})`, () => {
      for (const [rest, current] of views(lang)) {
        const doc = page(`/${lang}${DRAFT}/${rest}`);
        const strategyLinks = hrefs(doc).filter((h) => /^\/(ja|en)\/strategies\/sample-2020\//.test(h));
        const outside = strategyLinks.filter((h) => !h.startsWith(`/ja${DRAFT}/`) && !h.startsWith(`/en${DRAFT}/`));
        // The banner's link (and the printed cover's address of the same page) and the breadcrumb to the strategy.
        expect(new Set(outside), rest).toEqual(new Set([current, `/${lang}${BASE}/`]));
        expect(hrefs(one(doc, 'nav.breadcrumbs')).filter((h) => outside.includes(h))).toEqual([`/${lang}${BASE}/`]);
      }
      // Previous and next chapter, back to one language, the measure list within the text, back to the strategy.
      const intro = page(`/${lang}${DRAFT}/intro/parallel/`);
      expect(hrefs(one(intro, '.chapter-nav'))).toEqual([`/${lang}${DRAFT}/outlook/parallel/`]);
      expect(hrefs(one(page(`/${lang}${DRAFT}/outlook/parallel/`), '.chapter-nav'))).toEqual([`/${lang}${DRAFT}/intro/parallel/`]);
      expect(one(intro, 'a[data-view="single"]')?.attributes.href).toBe(`/${lang}${DRAFT}/intro/`);
      expect(hrefs(one(intro, 'article'))).toContain(`/${lang}${DRAFT}/measures/tourism/`);
      const measure = page(`/${lang}${DRAFT}/measures/tourism/parallel/`);
      expect(one(measure, 'a[data-view="single"]')?.attributes.href).toBe(`/${lang}${DRAFT}/measures/tourism/`);
      expect(hrefs(one(measure, 'article'))).toContain(`/${lang}${DRAFT}/`);
      // The printable page links to its own chapters and measures within itself.
      expect(hrefs(one(page(`/${lang}${DRAFT}/print/`), 'article'))).toContain('#m-tourism');
    });

    it(`pairs the earlier edition's own Japanese and English blocks in its parallel views (${lang})`, () => {
      for (const [rest, file] of [
        ['intro/parallel/', 'intro.mdx'],
        ['outlook/parallel/', 'outlook.mdx'],
        ['measures/tourism/parallel/', 'measures/tourism.mdx'],
      ] as const) {
        const doc = page(`/${lang}${DRAFT}/${rest}`);
        const [ja, en] = (['ja', 'en'] as const).map((l) => `${DRAFT_FILES}/${l}/${file}`);
        const [jaHeadings, enHeadings] = [headingsOf(ja!), headingsOf(en!)];
        // Each heading beside its twin, found by its anchor.
        for (const [id, title] of jaHeadings) {
          const pair = one(doc, `[data-block="${id}"]`);
          expect(text(one(pair, '.pair-ja')), `${rest}#${id}`).toContain(title);
          expect(text(one(pair, '.pair-en')), `${rest}#${id}`).toContain(enHeadings.get(id)!);
        }
        // Each paragraph beside its twin, in the fixture's order.
        const [jaParagraphs, enParagraphs] = [paragraphsOf(ja!), paragraphsOf(en!)];
        const pairs = all(doc, '.pair').filter((p) => one(p, '.pair-ja p'));
        expect(
          pairs.map((p) => [text(one(p, '.pair-ja')), text(one(p, '.pair-en'))]),
          rest,
        ).toEqual(jaParagraphs.map((p, i) => [p, enParagraphs[i]]));
      }
      // The current edition's texts are not there: its reworded paragraph, its measure's added section.
      const intro = text(one(page(`/${lang}${DRAFT}/intro/parallel/`), 'main'));
      for (const l of ['ja', 'en'] as const) expect(intro).not.toContain(paragraphsOf(`${CURRENT_FILES}/${l}/intro.mdx`)[0]);
      const measure = page(`/${lang}${DRAFT}/measures/tourism/parallel/`);
      expect(one(measure, '[data-block="policy"]')).toBeFalsy();
      expect(one(page(`/${lang}${BASE}/measures/tourism/parallel/`), '[data-block="policy"]')).toBeTruthy();
      expect(text(one(measure, '#kpi-visitors'))).toContain(String(targetOf(DRAFT_FILES, 'visitors')));
    });

    it(`prints the earlier edition's own text, in the page's language and in both (${lang})`, () => {
      const single = page(`/${lang}${DRAFT}/print/`);
      const both = text(one(page(`/${lang}${DRAFT}/print/bilingual/`), 'article'));
      for (const [chapter, file] of [
        ['intro', 'intro.mdx'],
        ['outlook', 'outlook.mdx'],
      ] as const) {
        // In the page's language, block by block under the chapter's prefix; both languages in the bilingual version.
        // (Each of the fixture's chapters has one section, whose paragraphs are <section>-p1, -p2, …)
        const [section] = headingsOf(`${DRAFT_FILES}/${lang}/${file}`).keys();
        paragraphsOf(`${DRAFT_FILES}/${lang}/${file}`).forEach((p, i) => {
          expect(text(one(single, `#${chapter}--${section}-p${i + 1}`)), `${chapter} p${i + 1}`).toBe(p);
        });
        for (const l of ['ja', 'en'] as const) for (const p of paragraphsOf(`${DRAFT_FILES}/${l}/${file}`)) expect(both).toContain(p);
      }
      // Not the current text: its reworded paragraph is missing, its KPI target is the draft's.
      for (const l of ['ja', 'en'] as const) {
        const now = paragraphsOf(`${CURRENT_FILES}/${l}/intro.mdx`)[0]!;
        expect(both).not.toContain(now);
        expect(text(one(page(`/${lang}${BASE}/print/bilingual/`), 'article'))).toContain(now);
      }
      expect(text(one(single, 'article'))).not.toContain(paragraphsOf(`${CURRENT_FILES}/${lang}/intro.mdx`)[0]);
      expect(text(one(single, '#m-tourism--kpi-visitors'))).toContain(String(targetOf(DRAFT_FILES, 'visitors')));
      expect(text(one(page(`/${lang}${BASE}/print/`), '#m-tourism--kpi-visitors'))).toContain(String(targetOf(CURRENT_FILES, 'visitors')));
      // The banner is on the cover, and the cover gives the current text's address too.
      expect(one(single, '.print-cover [data-edition-notice]')).toBeTruthy();
      expect(text(one(single, '.print-cover dl'))).toContain(`${BASE}/print/`);
    });

    it(`shows the earlier edition's own text and data, linking within the edition (${lang})`, () => {
      const intro = page(`/${lang}${DRAFT}/intro/`);
      // The draft's second paragraph is gone from the current text.
      const removed = paragraphsOf(join(content, BASE, '/editions/draft', `${lang}/intro.mdx`))[1]!;
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

interface JsonBlockOut {
  id: string;
  ja?: { text: string };
  en?: { text: string };
}
interface JsonEditionOut {
  id: string;
  kind: string;
  date: string;
  current: boolean;
  json: string;
  url: { ja: string; en: string };
  currentJson?: string;
}
interface StrategyDoc {
  id: string;
  url: { ja: string; en: string };
  edition?: JsonEditionOut;
  editions: JsonEditionOut[];
  chapters: { slug: string; url: { ja: string; en: string }; blocks: JsonBlockOut[] }[];
  measures: { slug: string; url: { ja: string; en: string }; facts: { kpis: { target: { value: number } }[] }; blocks: JsonBlockOut[] }[];
}

/** A built file of dist/ named by its absolute URL (the build's placeholder origin); directories by their index.html. */
function built(url: string): string {
  const path = new URL(url).pathname;
  return join(dist, path, path.endsWith('/') ? 'index.html' : '');
}

function doc(path: string): StrategyDoc {
  const file = join(dist, path);
  expect(existsSync(file), `${path} was not built`).toBe(true);
  return JSON.parse(readFileSync(file, 'utf8')) as StrategyDoc;
}

/** All text of a document's blocks in `lang`, for the chapter or measure `slug`. */
const blockText = (d: StrategyDoc, slug: string, lang: 'ja' | 'en') =>
  [...d.chapters, ...d.measures]
    .find((u) => u.slug === slug)!
    .blocks.map((b) => b[lang]?.text ?? '')
    .join('\n');

describe("the earlier edition's full text as JSON", () => {
  const CURRENT = '/data/strategies/sample-2020.json';
  const EARLIER = '/data/strategies/sample-2020/editions/draft.json';
  /** The editions as the fixture's strategy.yaml files name them: the draft, then the current one. */
  const named = ['/editions/draft', ''].map((e) => parseYaml(source(e as '' | '/editions/draft', 'strategy.yaml')).edition);

  it('is published beside the current file, in its shape, with every field documented', () => {
    const [draft, now] = [doc(EARLIER), doc(CURRENT)];
    expect(Object.keys(draft)).toEqual(Object.keys(now).flatMap((k) => (k === 'id' ? [k, 'edition'] : [k])));
    const documented = new Set(STRATEGY_JSON_FIELDS.flatMap((f) => f.name.split(', ').map((n) => n.split(/[.[]/)[0]!)));
    expect(Object.keys(draft).filter((k) => !documented.has(k))).toEqual([]);
    expect(draft.id).toBe(now.id);
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`holds the earlier edition's own blocks, not the current ones (${lang})`, () => {
      const [draft, now] = [doc(EARLIER), doc(CURRENT)];
      const paragraphs = paragraphsOf(join(content, BASE, '/editions/draft', `${lang}/intro.mdx`));
      for (const p of paragraphs) expect(blockText(draft, 'intro', lang)).toContain(p);
      // The draft's second paragraph was removed from the current text.
      expect(blockText(now, 'intro', lang)).not.toContain(paragraphs[1]);
      for (const p of paragraphsOf(join(content, BASE, '', `${lang}/intro.mdx`))) expect(blockText(now, 'intro', lang)).toContain(p);
      // Its pages are the edition's, and every block id is an anchor of its page.
      const chapter = draft.chapters.find((c) => c.slug === 'intro')!;
      expect(new URL(chapter.url[lang]).pathname).toBe(`/${lang}${DRAFT}/intro/`);
      const ids = new Set(all(page(`/${lang}${DRAFT}/intro/`), '[id]').map((n: ElementNode) => n.attributes.id as string));
      expect(chapter.blocks.filter((b) => b[lang] && !ids.has(b.id)).map((b) => b.id)).toEqual([]);
    });
  }

  it('passes the published JSON Schema, which it names, as the current file does', () => {
    const { schema, validate } = strategySchema(dist);
    for (const path of [EARLIER, CURRENT]) {
      const raw = JSON.parse(readFileSync(join(dist, path), 'utf8')) as { $schema: string };
      expect(raw.$schema, path).toBe(schema.$id);
      expect(validate(raw).errors, path).toEqual([]);
    }
  });

  it("holds the earlier edition's own facts and KPI table", () => {
    const target = (e: '' | '/editions/draft') => parseYaml(source(e, 'measures.yaml')).measures[0].kpis[0].target.value as number;
    const [draft, now] = [doc(EARLIER), doc(CURRENT)];
    expect(target('/editions/draft')).not.toBe(target(''));
    expect(draft.measures[0]!.facts.kpis[0]!.target.value).toBe(target('/editions/draft'));
    expect(blockText(draft, 'tourism', 'ja')).toContain(String(target('/editions/draft')));
    expect(now.measures[0]!.facts.kpis[0]!.target.value).toBe(target(''));
  });

  it('says which edition it is, that it is not the current one, and where the current file is', () => {
    const { edition } = doc(EARLIER);
    expect(edition).toMatchObject({ id: named[0].id, kind: named[0].kind, date: named[0].date, current: false });
    expect(new URL(edition!.currentJson!).pathname).toBe(CURRENT);
    expect(doc(CURRENT)).not.toHaveProperty('edition');
  });

  it('is listed with the current edition in both files, oldest first, each with a JSON file and pages that exist', () => {
    const list = doc(CURRENT).editions;
    expect(doc(EARLIER).editions).toEqual(list);
    expect(list.map((e) => [e.id, e.kind, e.date, e.current])).toEqual(named.map((e, i) => [e.id, e.kind, e.date, i === 1]));
    expect(list.map((e) => new URL(e.json).pathname)).toEqual([EARLIER, CURRENT]);
    for (const e of list) {
      expect(existsSync(built(e.json)), e.json).toBe(true);
      for (const lang of ['ja', 'en'] as const) expect(existsSync(built(e.url[lang])), e.url[lang]).toBe(true);
    }
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`is listed on the data page (${lang})`, () => {
      const files = all(page(`/${lang}/data/`), '[data-edition-file]');
      expect(files.flatMap((li) => hrefs(li))).toEqual([EARLIER]);
      expect(text(files[0])).toContain(named[0].date.slice(0, 4));
    });
  }

  it('is a resource of the data package, under the licence of the current files', () => {
    const pkg = JSON.parse(readFileSync(join(dist, 'data/datapackage.json'), 'utf8')) as {
      resources: { path: string; licenses: { name: string }[] }[];
    };
    const [draft, now] = [EARLIER, CURRENT].map((p) => pkg.resources.find((r) => `/data/${r.path}` === p));
    expect(draft?.licenses).toEqual(now?.licenses);
    expect(draft?.licenses[0]?.name).toBe('CC-BY-4.0');
  });
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
      // The banner, the list of editions, the compare view, the edition's parallel and print views and the data page listing the edition files pass axe (WCAG 2.2 A and AA).
      for (const path of [
        `/en${DRAFT}/intro/`,
        `/ja${BASE}/`,
        `/ja${DRAFT}/compare/adopted/`,
        `/en${DRAFT}/compare/adopted/`,
        `/ja${DRAFT}/intro/parallel/`,
        `/en${DRAFT}/print/bilingual/`,
        '/ja/data/',
      ]) {
        await tab.goto(new URL(path, url).href);
        expect(await axe(tab), path).toEqual([]);
      }
    } finally {
      await browser.close();
      await new Promise<void>((ok) => (server as Server).close(() => ok()));
    }
  });

  it('prints the earlier edition marked as not current, with the address of the current text', async () => {
    const { server, url } = await serve(dist);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      for (const lang of ['ja', 'en'] as const) {
        await tab.goto(new URL(`/${lang}${DRAFT}/print/`, url).href);
        const pdf = await tab.pdf({ format: 'A4', printBackground: false });
        // Without white space, which PDF text extraction places its own way, and in NFKC: it reads
        // some kanji as their compatibility forms (⾏ for 行).
        const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
        const printed = squeeze((await extractText(new Uint8Array(pdf), { mergePages: true })).text);
        expect(printed).toContain(squeeze(dict(lang)['edition.notCurrent']!));
        expect(printed).toContain(squeeze(`${BASE}/print/`));
        expect(printed).toContain(squeeze(paragraphsOf(`${DRAFT_FILES}/${lang}/intro.mdx`)[1]!));
      }
    } finally {
      await browser.close();
      await new Promise<void>((ok) => (server as Server).close(() => ok()));
    }
  });
});
