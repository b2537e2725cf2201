import { describe, expect, it } from 'vitest';
import { figuresByLang, firstExpectedRank, recallAt, suiteFigures } from '../../src/lib/search-metrics';

describe('search suite figures', () => {
  it('finds the rank of the first expected page, from 1', () => {
    expect(firstExpectedRank({ lang: 'ja', expected: ['/b/', '/c/'], results: ['/a/', '/c/', '/b/'] })).toBe(2);
    expect(firstExpectedRank({ lang: 'ja', expected: ['/x/'], results: ['/a/'] })).toBeUndefined();
  });

  it('counts the share of expected pages among the first k results', () => {
    const q = { lang: 'en', expected: ['/a/', '/f/'], results: ['/a/', '/b/', '/c/', '/d/', '/e/', '/f/'] };
    expect(recallAt(q, 5)).toBe(0.5);
    expect(recallAt(q, 6)).toBe(1);
  });

  it('averages recall@1, recall@5 and MRR over the queries that expect pages', () => {
    const f = suiteFigures([
      { lang: 'ja', expected: ['/a/'], results: ['/a/'] },
      { lang: 'ja', expected: ['/a/'], results: ['/b/', '/a/'] },
      { lang: 'ja', expected: ['/a/'], results: [] },
      { lang: 'ja', expected: [], results: ['/z/'] },
    ]);
    expect(f.queries).toBe(3);
    expect(f.recallAt1).toBeCloseTo(1 / 3);
    expect(f.recallAt5).toBeCloseTo(2 / 3);
    expect(f.mrr).toBeCloseTo((1 + 0.5 + 0) / 3);
  });

  it('keeps the languages apart', () => {
    const by = figuresByLang([
      { lang: 'ja', expected: ['/a/'], results: ['/a/'] },
      { lang: 'en', expected: ['/a/'], results: ['/b/'] },
    ]);
    expect(by.get('ja')?.recallAt1).toBe(1);
    expect(by.get('en')?.recallAt1).toBe(0);
  });
});
