import { describe, expect, it } from 'vitest';
import {
  fill,
  filterQuery,
  latinTerms,
  markOnly,
  matchesWholeWords,
  pickSubResults,
  type ResultData,
  type SubResult,
} from '../../src/lib/search-results';

const sub = (url: string, hits: number): SubResult => ({
  url,
  title: url,
  excerpt: `<mark>x</mark> ${url}`,
  locations: Array.from({ length: hits }, (_, i) => i),
});

describe('search results', () => {
  it("shows the page's own excerpt when the words are found before its first heading, and its sections", () => {
    const data: ResultData = {
      url: '/ja/a/',
      excerpt: 'page',
      meta: { title: 'A' },
      sub_results: [sub('/ja/a/', 2), sub('/ja/a/#one', 1)],
    };
    expect(pickSubResults(data)).toEqual({ excerpt: 'page', sections: [sub('/ja/a/#one', 1)] });
  });

  it('shows only the sections when the words are found under headings alone', () => {
    const data: ResultData = { url: '/ja/a/', excerpt: 'page', meta: {}, sub_results: [sub('/ja/a/#one', 1), sub('/ja/a/#two', 3)] };
    expect(pickSubResults(data)).toEqual({ excerpt: undefined, sections: [sub('/ja/a/#one', 1), sub('/ja/a/#two', 3)] });
  });

  it('keeps the three sections with the most matches, in page order', () => {
    const sections = [sub('/a/#1', 1), sub('/a/#2', 5), sub('/a/#3', 2), sub('/a/#4', 4), sub('/a/#5', 1)];
    const data: ResultData = { url: '/a/', excerpt: '', meta: {}, sub_results: sections };
    expect(pickSubResults(data).sections.map((s) => s.url)).toEqual(['/a/#2', '/a/#3', '/a/#4']);
  });

  it('lets only <mark> through as HTML in an excerpt', () => {
    expect(markOnly('a <mark>清水港</mark> b')).toBe('a <mark>清水港</mark> b');
    expect(markOnly('<img src=x onerror=alert(1)><mark>x</mark></p>')).toBe('&lt;img src=x onerror=alert(1)><mark>x</mark>&lt;/p>');
    expect(markOnly('&lt;b&gt; stays escaped')).toBe('&lt;b&gt; stays escaped');
  });

  it('asks Pagefind for any value within a group and every group, and for nothing when nothing is chosen', () => {
    expect(filterQuery({})).toBeUndefined();
    expect(filterQuery({ 戦略: [] })).toBeUndefined();
    expect(filterQuery({ 戦略: ['a', 'b'], テーマ: ['c'] })).toEqual({ 戦略: { any: ['a', 'b'] }, テーマ: { any: ['c'] } });
    expect(filterQuery({ 戦略: ['a'], テーマ: ['c'] }, '戦略')).toEqual({ テーマ: { any: ['c'] } });
    expect(filterQuery({ 戦略: ['a'] }, '戦略')).toBeUndefined();
  });

  it('fills the placeholders of a UI string', () => {
    expect(fill('「{term}」の検索結果：{count}件', { term: '観光', count: 12 })).toBe('「観光」の検索結果：12件');
    expect(fill('{count} results for “{term}”', { term: '$1 {count}', count: 2 })).toBe('2 results for “$1 {count}”');
  });
});

describe('Latin words matched only by a fragment', () => {
  it('takes the Latin words of three letters or more from a query, lower-cased and width-folded', () => {
    expect(latinTerms('Chicago')).toEqual(['chicago']);
    expect(latinTerms('ＵＳＡ  and 観光 NY')).toEqual(['usa', 'and']);
  });

  it('drops a result whose only match is the start of the query word (Chicago → Chi)', () => {
    const data = { content: 'Ho Chi Minh City is in Vietnam', locations: [1] };
    expect(matchesWholeWords(data, ['chicago'])).toBe(false);
    expect(matchesWholeWords({ content: 'GDP per head US$5,742', locations: [3] }, ['usa'])).toBe(false);
  });

  it('keeps whole words, longer words and stemmed forms', () => {
    expect(matchesWholeWords({ content: 'Sister cities of Chicago', locations: [3] }, ['chicago'])).toBe(true);
    expect(matchesWholeWords({ content: 'an international city', locations: [2] }, ['cities'])).toBe(true);
    expect(matchesWholeWords({ content: 'Heidelberg, Germany', locations: [0] }, ['heidelberg'])).toBe(true);
    expect(matchesWholeWords({ content: 'anything', locations: [0] }, [])).toBe(true);
  });
});
