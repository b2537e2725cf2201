/**
 * Links go both ways on the built site: what a measure names (its markets, themes, bureaus) lists
 * the measure back; a partner city and its municipality list each other; the open data has a row for
 * every measure. Checked against the real content and the real dist/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContentFiles } from '../../src/lib/content-files';
import { buildIndex, type SiteIndex } from '../../src/lib/content-index';
import type { MdxFile } from '../../src/lib/content-files';
import { page, DIST } from './dist';

let site: SiteIndex<MdxFile>;
beforeAll(async () => {
  site = buildIndex((await loadContentFiles()).raw);
});

const measureHref = (lang: string, strategy: string, slug: string) => `href="/${lang}/strategies/${strategy}/measures/${slug}/"`;

describe('cross-links on the built site', () => {
  it('lists every measure on the page of each country, region or city it targets', () => {
    const missing: string[] = [];
    for (const s of site.strategies) {
      for (const m of s.measures) {
        for (const mv of [...(m.markets?.priority ?? []), ...(m.markets?.expected ?? [])]) {
          for (const r of mv.regions) {
            for (const lang of ['ja', 'en']) {
              if (!page(`/${lang}/regions/${r.id}/`).html.includes(measureHref(lang, s.data.id, m.facts.slug)))
                missing.push(`/${lang}/regions/${r.id}/ ✗ ${s.data.id}/${m.facts.slug}`);
            }
          }
          for (const c of mv.cities) {
            if (!page(`/ja/cities/${c.id}/`).html.includes(measureHref('ja', s.data.id, m.facts.slug)))
              missing.push(`/ja/cities/${c.id}/ ✗ ${m.facts.slug}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every measure on the page of each of its themes and bureaus', () => {
    const missing: string[] = [];
    for (const s of site.strategies) {
      for (const m of s.measures) {
        for (const t of m.facts.themes) {
          if (!page(`/en/themes/${t}/`).html.includes(measureHref('en', s.data.id, m.facts.slug)))
            missing.push(`theme ${t} ✗ ${m.facts.slug}`);
        }
        for (const b of m.bureaus.filter((x) => !x.suffix)) {
          if (!page(`/ja/bureaus/${b.id}/`).html.includes(measureHref('ja', s.data.id, m.facts.slug)))
            missing.push(`bureau ${b.id} ✗ ${m.facts.slug}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('links each partner city and its municipality to each other', () => {
    const missing: string[] = [];
    for (const c of site.cities.values()) {
      for (const r of c.relationships) {
        if (!page(`/ja/cities/${c.id}/`).html.includes(`href="/ja/cities/${r.with}/"`)) missing.push(`${c.id} ✗ ${r.with}`);
        if (r.type !== 'network-member' && !page(`/ja/cities/${r.with}/`).html.includes(`href="/ja/cities/${c.id}/"`))
          missing.push(`${r.with} ✗ ${c.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('publishes a row of open data for every measure, in JSON and in CSV', () => {
    const rows = JSON.parse(readFileSync(`${DIST}/data/measures.json`, 'utf8')) as { strategy_id: string; measure_id: string }[];
    const expected = site.strategies.flatMap((s) => s.measures.map((m) => `${s.data.id}/${m.facts.slug}`)).sort();
    expect(rows.map((r) => `${r.strategy_id}/${r.measure_id}`).sort()).toEqual(expected);
    const csv = readFileSync(`${DIST}/data/measures.csv`, 'utf8');
    expect(csv.startsWith('\uFEFFstrategy_id,measure_id,')).toBe(true);
    expect(csv.trim().split('\r\n').length).toBe(expected.length + 1);
  });
});
