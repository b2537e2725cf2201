/**
 * The printable strategy holds the whole strategy: every block of every chapter and measure page,
 * in its language (or both, side by side), under ids that say where it came from.
 */
import { describe, expect, it } from 'vitest';
import { pages, page, type Page } from './dist';

const strategies = [
  ...new Set(
    pages()
      .map((p) => /^\/ja\/strategies\/([^/]+)\/$/.exec(p.path)?.[1])
      .filter((x): x is string => !!x),
  ),
];

/** The block ids (and text) of a page's .prose, from the ids that src/lib/blocks.ts gives. */
function blockIds(p: Page): string[] {
  const prose = p.html.slice(p.html.indexOf('<div class="prose"'));
  return [...prose.matchAll(/<(?:p|li|div)[^>]*\sid="([^"]+-p\d+)"/g)].map((m) => m[1]!);
}

describe('printable strategy', () => {
  it('exists for every strategy, in each language and bilingual', () => {
    expect(strategies.length).toBe(5);
    for (const s of strategies)
      for (const v of ['ja/', 'en/'])
        for (const b of ['', 'bilingual/']) expect(() => page(`/${v}strategies/${s}/print/${b}`)).not.toThrow();
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`holds every block of every chapter and measure of each strategy (${lang})`, () => {
      const missing: string[] = [];
      let checked = 0;
      for (const s of strategies) {
        const print = page(`/${lang}/strategies/${s}/print/`);
        const bilingual = page(`/${lang}/strategies/${s}/print/bilingual/`);
        const texts = pages().filter(
          (p) =>
            p.path.startsWith(`/${lang}/strategies/${s}/`) && !/\/(parallel|print)\//.test(p.path) && p.html.includes('<div class="prose"'),
        );
        for (const t of texts) {
          const m = /\/measures\/([^/]+)\/$/.exec(t.path);
          const prefix = m ? `m-${m[1]}--` : `${t.path.split('/').at(-2)}--`;
          const section = m ? `m-${m[1]}` : `ch-${t.path.split('/').at(-2)}`;
          for (const doc of [print, bilingual]) if (!doc.ids.has(section)) missing.push(`${doc.path}: no #${section} for ${t.path}`);
          for (const id of blockIds(t)) {
            checked += 1;
            for (const doc of [print, bilingual])
              if (!doc.ids.has(`${prefix}${id}`)) missing.push(`${doc.path}: no #${prefix}${id} (${t.path}#${id})`);
          }
        }
      }
      expect(checked).toBeGreaterThan(500);
      expect(missing.slice(0, 20)).toEqual([]);
    });
  }

  it('shows the English beside the Japanese in the bilingual version, and only one language otherwise', () => {
    const ja = page('/ja/strategies/shizuoka-2017/print/');
    const en = page('/en/strategies/shizuoka-2017/print/');
    const both = page('/ja/strategies/shizuoka-2017/print/bilingual/');
    const jaText = '我が国を訪れる外国人は平成28年に2,400万人を突破し';
    const enText = 'The number of foreign nationals visiting Japan exceeded 24 million in 2016';
    expect(ja.html).toContain(jaText);
    expect(ja.html).not.toContain(enText);
    expect(en.html).toContain(enText);
    expect(en.html).not.toContain(jaText);
    expect(both.html).toContain(jaText);
    expect(both.html).toContain(enText);
    expect(both.html).toMatch(/<div class="pair" data-block="visitor-arrivals-p1"><div class="pair-ja" lang="ja">/);
  });

  it('links to its own chapters and measures within the page', () => {
    const print = page('/en/strategies/shizuoka-2017/print/');
    const own = print.hrefs.filter(
      (h) => /^\/(ja|en)\/strategies\/shizuoka-2017\/(?!print)[^#]+\//.test(h) && !h.endsWith('/shizuoka-2017/'),
    );
    expect(own.filter((h) => !/\/parallel\/$/.test(h))).toEqual([]);
    expect(print.hrefs).toContain('#m-mice');
  });
});
