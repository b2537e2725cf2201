/**
 * Numbers that agree: every count on the home and compare pages is checked against the page it
 * links to. For a link to the measures list, the measures its filter selects are worked out from
 * that page's own cards (their data-* attributes, as the page's filter reads them), not from the
 * site index that drew the count; a KPI count is checked against the KPI rows of those measures' pages.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DIST, decode, page, pages } from './dist';

interface Card {
  strategy: string;
  themes: string[];
  regions: string[];
  kpis: boolean;
  href: string;
}

const attr = (tag: string, name: string) => decode(new RegExp(`\\s${name}(?:="([^"]*)")?[\\s>]`).exec(tag)?.[1] ?? '');

/** The measures list's cards, and the options of each of its filter's fields. */
function measuresList(path: string): { cards: Card[]; options: Map<string, Set<string>> } {
  const html = page(path).html;
  const cards = [...html.matchAll(/(<li class="measure-card"[^>]*>)\s*<a href="([^"]+)"/g)].map((m) => ({
    strategy: attr(m[1]!, 'data-strategy'),
    themes: attr(m[1]!, 'data-themes').split(' ').filter(Boolean),
    regions: attr(m[1]!, 'data-regions').split(' ').filter(Boolean),
    kpis: attr(m[1]!, 'data-kpis') === 'yes',
    href: decode(m[2]!),
  }));
  const options = new Map<string, Set<string>>();
  for (const s of html.matchAll(/<select name="(\w+)"[\s\S]*?<\/select>/g)) {
    options.set(s[1]!, new Set([...s[0].matchAll(/<option value="([^"]*)"/g)].map((o) => decode(o[1]!)).filter(Boolean)));
  }
  return { cards, options };
}

/** The cards a filter address selects, as the list's filter would. */
function select(list: ReturnType<typeof measuresList>, query: URLSearchParams): Card[] {
  const want = (field: string) => query.get(field) ?? '';
  for (const field of ['strategy', 'theme', 'region']) {
    const value = want(field);
    // A value the form has no option for would be dropped, showing every measure: the count would lie.
    if (value) expect(list.options.get(field)?.has(value), `the measures list has no ${field} option "${value}"`).toBe(true);
  }
  return list.cards.filter(
    (c) =>
      (!want('strategy') || c.strategy === want('strategy')) &&
      (!want('theme') || c.themes.includes(want('theme'))) &&
      (!want('region') || c.regions.includes(want('region'))) &&
      (!query.has('kpis') || c.kpis),
  );
}

interface CountLink {
  href: string;
  measures: number;
  kpis: number | undefined;
  text: string;
}

function countLinks(path: string): CountLink[] {
  const html = page(path).html;
  return [...html.matchAll(/<a href="([^"]+)" data-measures="(\d+)"(?: data-kpis="(\d+)")?>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: decode(m[1]!),
    measures: Number(m[2]),
    kpis: m[3] === undefined ? undefined : Number(m[3]),
    text: decode(m[4]!.replace(/<[^>]+>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

const kpiRows = (path: string) => page(path).html.match(/\sid="kpi-[^"]+"/g)?.length ?? 0;

describe.each(['ja', 'en'])('the counts on the %s home and compare pages', (lang) => {
  const list = () => measuresList(`/${lang}/measures/`);

  it.each([`/${lang}/`, `/${lang}/compare/`])('%s: every count is the number of measures its link lists', (path) => {
    const links = countLinks(path);
    // The theme matrix alone has a cell for every theme and every strategy's total.
    expect(links.length).toBeGreaterThan(20);
    const wrong = links.flatMap((link) => {
      const url = new URL(link.href, 'http://site/');
      expect(url.pathname).toBe(`/${lang}/measures/`);
      const shown = select(list(), url.searchParams).length;
      return shown === link.measures ? [] : [`${link.href}: the cell says ${link.measures}, the list shows ${shown}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each([`/${lang}/`, `/${lang}/compare/`])('%s: every count shown is the count its link is checked by', (path) => {
    for (const link of countLinks(path)) {
      if (link.kpis === undefined) expect(link.text).toBe(String(link.measures));
      else expect(link.text.match(/\d+/g)?.slice(0, 2).map(Number)).toEqual([link.kpis, link.measures]);
    }
  });

  it(`/${lang}/compare/: every KPI count is the number of KPI rows on the pages of the measures it lists`, () => {
    const links = countLinks(`/${lang}/compare/`).filter((l) => l.kpis !== undefined);
    expect(links.length).toBeGreaterThan(10);
    const wrong = links.flatMap((link) => {
      const cards = select(list(), new URL(link.href, 'http://site/').searchParams);
      const rows = cards.reduce((n, c) => n + kpiRows(c.href), 0);
      return rows === link.kpis ? [] : [`${link.href}: the cell says ${link.kpis} KPIs, the measures' pages have ${rows}`];
    });
    expect(wrong).toEqual([]);
  });

  it(`/${lang}/compare/ has its matrices by theme, by country or region and of KPIs, and every strategy side by side`, () => {
    const html = page(`/${lang}/compare/`).html;
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBe(3);
    const strategies = new Set(list().cards.map((c) => c.strategy));
    for (const s of strategies) expect(html).toContain(`<section data-s="${s}"`);
    expect(countLinks(`/${lang}/compare/`).some((l) => new URL(l.href, 'http://site/').searchParams.has('region'))).toBe(true);
  });

  it(`/${lang}/ marks every partner tie on the map and lists it`, () => {
    const html = page(`/${lang}/`).html;
    const map = /<figure class="tie-map[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    const marks = [...map.matchAll(/<a href="([^"]+)"/g)].map((m) => decode(m[1]!));
    expect(marks.length).toBeGreaterThan(40);
    const cityPages = new Set(pages().map((p) => p.path));
    expect(marks.filter((href) => !cityPages.has(href))).toEqual([]);
    // Every city marked is named in the list below the map.
    const listed = new Set(
      [...(/<ul class="tie-list[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '').matchAll(/<a href="([^"]+)"/g)].map((m) => decode(m[1]!)),
    );
    expect(marks.filter((href) => !listed.has(href))).toEqual([]);
  });
});

describe('the compare page is found', () => {
  it('from every page’s navigation and in the sitemap', () => {
    for (const lang of ['ja', 'en']) expect(page(`/${lang}/strategies/`).hrefs).toContain(`/${lang}/compare/`);
    const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
    expect(sitemap).toMatch(/\/ja\/compare\/<\/loc>/);
    expect(sitemap).toMatch(/\/en\/compare\/<\/loc>/);
  });
});
