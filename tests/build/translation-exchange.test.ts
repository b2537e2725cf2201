/**
 * The translators' files the build publishes under /data/: the TMX memory has one <tu> per aligned
 * ja/en block pair (both languages, each naming a block that exists on both built pages), the TBX
 * term base and the CSV have every glossary term, and all are well-formed.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import type { SiteIndex } from '../../src/lib/content-index';
import { alignedPairs, TBX_NS } from '../../src/lib/translation-exchange';
import { childElements, parseXml, textOf, type XmlElement } from '../../src/lib/xml';
import { DIST } from './dist';

const terms = parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as { id: string; ja: string; en: string }[];
let site: SiteIndex<unknown>;
beforeAll(async () => {
  site = (await checkContent()).site as SiteIndex<unknown>;
});

describe('/data/translation-memory.tmx', () => {
  const tmx = parseXml(readFileSync(`${DIST}/data/translation-memory.tmx`, 'utf8'));
  const tus = childElements(childElements(tmx, 'body')[0]!, 'tu');

  it('is TMX 1.4 with a header naming Japanese as the source', () => {
    expect(tmx.local).toBe('tmx');
    expect(tmx.attrs.version).toBe('1.4');
    const header = childElements(tmx, 'header')[0]!;
    for (const a of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'])
      expect(header.attrs[a], a).toBeTruthy();
    expect(header.attrs.srclang).toBe('ja');
  });

  it('has one <tu> per aligned block pair, each with a Japanese and an English segment', () => {
    expect(tus.length).toBe(alignedPairs(site).length);
    expect(tus.length).toBeGreaterThan(1400);
    expect(new Set(tus.map((t) => t.attrs.tuid)).size).toBe(tus.length);
    const bad = tus.filter((tu) => {
      const tuvs = childElements(tu, 'tuv');
      const langs = tuvs.map((t) => t.attrs['xml:lang']);
      return langs.join() !== 'ja,en' || tuvs.some((t) => textOf(childElements(t, 'seg')[0]!).trim() === '');
    });
    expect(bad.map((t) => t.attrs.tuid)).toEqual([]);
  });

  it('names in each tuid a block that exists on both built pages', () => {
    const missing: string[] = [];
    const pages = new Map<string, string>();
    const page = (lang: string, path: string) => {
      const file = `${DIST}/${lang}/strategies/${path}/index.html`;
      if (!pages.has(file)) pages.set(file, readFileSync(file, 'utf8'));
      return pages.get(file)!;
    };
    for (const tu of tus) {
      const [path, id] = tu.attrs.tuid!.split('#') as [string, string];
      for (const lang of ['ja', 'en']) if (!page(lang, path).includes(` id="${id}"`)) missing.push(`${lang}: ${tu.attrs.tuid}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('/data/glossary.tbx and /data/glossary.csv', () => {
  it('have every glossary term, Japanese and approved English', () => {
    const tbx = parseXml(readFileSync(`${DIST}/data/glossary.tbx`, 'utf8'));
    expect([tbx.local, tbx.ns, tbx.attrs.type]).toEqual(['tbx', TBX_NS, 'TBX-Core']);
    const entries = new Map<string, XmlElement>(
      childElements(childElements(childElements(tbx, 'text')[0]!, 'body')[0]!, 'conceptEntry').map((e) => [e.attrs.id!, e]),
    );
    const wrong = terms.filter((t) => {
      const e = entries.get(t.id);
      const term = (lang: string) =>
        e && textOf(childElements(childElements(e, 'langSec').find((l) => l.attrs['xml:lang'] === lang)!, 'termSec')[0]!);
      return term('ja') !== t.ja || term('en') !== t.en;
    });
    expect(wrong.map((t) => t.id)).toEqual([]);
    expect(entries.size).toBe(terms.length);
    const csv = readFileSync(`${DIST}/data/glossary.csv`, 'utf8');
    expect(csv.startsWith('\uFEFFid,ja,en,note_ja,note_en,scope\r\n')).toBe(true);
    for (const t of terms) expect(csv).toContain(`\r\n${t.id},${t.ja},`);
  });
});
