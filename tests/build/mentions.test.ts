/**
 * Mentions on the built site: every link the build put on a mention leads to an existing page whose
 * way back lists the linking page and section, in both languages; the Japanese and English pages of
 * a section link the same places wherever the check does not note that they differ; and the open
 * data's mentions table has a row for each. Against the real content and the real dist/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentFiles, type MdxFile } from '../../src/lib/content-files';
import { buildIndex, type SiteIndex } from '../../src/lib/content-index';
import { DIST, decode, page, pages, type Page } from './dist';

let site: SiteIndex<MdxFile>;
// Reading and indexing all of content/ takes seconds, more on a busy machine.
beforeAll(async () => {
  site = buildIndex((await loadContentFiles()).raw);
}, 60_000);

/** A chapter's or measure's own page (not its parallel view, print or list pages). */
const TEXT_PAGE = /^\/(ja|en)\/strategies\/([^/]+)\/(?:measures\/)?(?!print\/|measures\/$)([^/]+)\/$/;

interface Link {
  target: string;
  href: string;
  /** The id of the last heading before the link on its page ("" before any). */
  section: string;
  /** Set when the link is in a measure's text shown in a chapter's table row (<MeasureIndex>): its slug. */
  measure?: string;
}

/** The mention links of a page, in order, each with the section (or the measure row) it stands in. */
function mentionLinks(p: Page): Link[] {
  const out: Link[] = [];
  let section = '';
  let measure: string | undefined;
  const re = /<h[2-4][^>]*\sid="([^"]+)"|<tr [^>]*data-measure="([^"]+)"|(<\/tr>)|<a href="([^"]+)" data-mention="([^"]+)"/g;
  for (const m of p.html.matchAll(re)) {
    if (m[1]) section = decode(m[1]);
    else if (m[2]) measure = m[2];
    else if (m[3]) measure = undefined;
    else out.push({ href: decode(m[4]!), target: m[5]!, section, ...(measure ? { measure } : {}) });
  }
  return out;
}

/** Where a link's way back must lead: its page and section, or the measure whose text it is in. */
function backOf(p: Page, link: Link): string {
  if (!link.measure) return `${p.path}${link.section ? `#${link.section}` : ''}`;
  return p.path.replace(/\/[^/]+\/$/, `/measures/${link.measure}/`);
}

/** The links of a page's way-back list (its "mentions" section). */
function wayBack(p: Page): Set<string> {
  const section = /<section aria-labelledby="mentions">([\s\S]*?)<\/section>/.exec(p.html)?.[1] ?? '';
  return new Set([...section.matchAll(/href="([^"]+)"/g)].map((m) => decode(m[1]!)));
}

/** The page of a city, region, network or bureau, which lists its way back. */
const WAY_BACK_PAGE = /^\/(ja|en)\/(cities|regions|networks|bureaus)\/[^/]+\/$/;
/** The target (`city:shanghai`) whose page this is. */
function targetOf(p: Page): string {
  const [, , kind, id] = p.path.split('/');
  return `${{ cities: 'city', regions: 'region', networks: 'network', bureaus: 'bureau' }[kind!]}:${id}`;
}

const textPages = () => pages().filter((p) => TEXT_PAGE.test(p.path) && !p.path.endsWith('/parallel/'));

describe('mentions on the built site', () => {
  it('links mentions on the chapter and measure pages of both languages', () => {
    for (const lang of ['ja', 'en']) {
      const count = textPages()
        .filter((p) => p.path.startsWith(`/${lang}/`))
        .reduce((n, p) => n + mentionLinks(p).length, 0);
      expect(count, lang).toBeGreaterThan(100);
    }
  });

  it('leads every mention link to a page that lists the linking page and section in its way back', () => {
    const broken: string[] = [];
    for (const p of textPages()) {
      for (const link of mentionLinks(p)) {
        const target = pages().find((x) => x.path === link.href);
        const back = backOf(p, link);
        if (!target) broken.push(`${p.path}: ${link.target} links to ${link.href}, which does not exist`);
        else if (!wayBack(target).has(back)) broken.push(`${p.path}: ${link.target} → ${link.href} does not list ${back}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links from every section a page lists in its way back', () => {
    const missing: string[] = [];
    for (const p of pages().filter((x) => WAY_BACK_PAGE.test(x.path))) {
      const key = targetOf(p);
      for (const href of wayBack(p)) {
        const [path, section = ''] = href.split('#');
        if (!mentionLinks(page(path!)).some((l) => l.target === key && l.section === section && !l.measure))
          missing.push(`${p.path} lists ${href}, which has no link to it`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('links the same places from the Japanese and the English of a section, unless the check notes a difference', () => {
    const noted = new Set(
      site.mentionNotes.differences.map(
        (d) =>
          `${d.files.en
            .replace(/.*\/strategies\//, '')
            .replace(/\/en\//, '/')
            .replace(/\.mdx$/, '')}#${d.anchor}`,
      ),
    );
    const differ: string[] = [];
    for (const ja of textPages().filter((p) => p.path.startsWith('/ja/'))) {
      const en = page(ja.path.replace(/^\/ja\//, '/en/'));
      const sets = (p: Page) => {
        const by = new Map<string, Set<string>>();
        // A measure's text shown in a chapter's table is compared on the measure's own page.
        for (const l of mentionLinks(p).filter((x) => !x.measure)) by.set(l.section, (by.get(l.section) ?? new Set()).add(l.target));
        return by;
      };
      const [a, b] = [sets(ja), sets(en)];
      const [, , strategy, slug] = TEXT_PAGE.exec(ja.path)!;
      const folder = ja.path.includes('/measures/') ? 'measures/' : '';
      for (const section of new Set([...a.keys(), ...b.keys()])) {
        const x = [...(a.get(section) ?? [])].sort().join();
        const y = [...(b.get(section) ?? [])].sort().join();
        if (x !== y && !noted.has(`${strategy}/${folder}${slug}#${section}`)) differ.push(`${ja.path}#${section}: ja ${x} / en ${y}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('has a row in the open data for every section a way back lists', () => {
    const rows = JSON.parse(readFileSync(join(DIST, 'data', 'mentions.json'), 'utf8')) as {
      target_kind: string;
      target_id: string;
      lang: string;
      url: string;
    }[];
    const have = new Set(rows.map((r) => `${r.target_kind}:${r.target_id} ${r.url}`));
    // One row per section and language, as the index of the content counts them.
    expect(rows.length).toBe([...site.mentionsOf.values()].flat().reduce((n, m) => n + m.langs.length, 0));
    const missing = pages()
      .filter((x) => WAY_BACK_PAGE.test(x.path))
      .flatMap((p) => [...wayBack(p)].map((href) => `${targetOf(p)} ${href}`))
      .filter((row) => !have.has(row));
    expect(missing).toEqual([]);
  });
});
