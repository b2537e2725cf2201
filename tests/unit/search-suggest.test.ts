import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, foldWord, suggestSpellings, vocabulary } from '../../src/lib/search-suggest';
import { pageTerms, rankWords } from '../../src/lib/search-words';

describe('editDistance (Damerau–Levenshtein, optimal string alignment, bounded)', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('yokohama', 'yokohama', 2)).toBe(0);
    expect(editDistance('yokohma', 'yokohama', 2)).toBe(1);
    expect(editDistance('shizuoca', 'shizuoka', 2)).toBe(1);
    expect(editDistance('sitser', 'sister', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('アメリカー', 'アメリカ', 1)).toBe(1);
  });

  it('stops at max + 1 once the distance is certain to be larger', () => {
    expect(editDistance('tourism', 'exchange', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('counts characters outside the BMP as one each', () => {
    expect(editDistance('𠮷野', '吉野', 1)).toBe(1);
  });
});

describe('foldWord', () => {
  it('folds widths, case and hiragana to katakana', () => {
    expect(foldWord('ＳＨＩＺＵＯＫＡ')).toBe('shizuoka');
    expect(foldWord('ｱﾒﾘｶ')).toBe('アメリカ');
    expect(foldWord('あめりか')).toBe('アメリカ');
    expect(foldWord('  Sister   City ')).toBe('sister city');
  });
});

describe('allowedEdits', () => {
  it('allows no edit in a short Latin word and more in longer ones; Japanese words earlier', () => {
    expect(allowedEdits('nyc')).toBe(0);
    expect(allowedEdits('mice')).toBe(1);
    expect(allowedEdits('yokohma')).toBe(2);
    expect(allowedEdits('観光')).toBe(1);
    expect(allowedEdits('観')).toBe(0);
  });
});

describe('suggestSpellings', () => {
  const v = vocabulary([
    'tourism',
    'Shizuoka',
    'Yokohama',
    'sister city',
    'city',
    'sister',
    'アメリカ',
    '観光',
    'Stockton',
    'Shizuoka City',
  ]);

  it('suggests the nearest words of the vocabulary for a misspelt word', () => {
    expect(suggestSpellings(v, 'Shizuoca')[0]).toBe('Shizuoka');
    expect(suggestSpellings(v, 'Yokohma')[0]).toBe('Yokohama');
    expect(suggestSpellings(v, 'アメリカー')).toEqual(['アメリカ']);
  });

  it('matches a name of several words whole, and otherwise each word', () => {
    expect(suggestSpellings(v, 'sistr city')[0]).toBe('sister city');
    expect(suggestSpellings(v, 'turism stocton')).toContain('tourism Stockton');
  });

  it('offers the vocabulary spelling of a word typed in other characters', () => {
    expect(suggestSpellings(v, 'あめりか')).toEqual(['アメリカ']);
  });

  it('prefers fewer edits, then the more frequent word (earlier in the list)', () => {
    const w = vocabulary(['bread', 'tread', 'broad']);
    expect(suggestSpellings(w, 'brad')).toEqual(['bread', 'broad']);
    expect(suggestSpellings(vocabulary(['tread', 'bread']), 'dread')).toEqual(['tread', 'bread']);
  });

  it('suggests nothing for a word far from every word, a short word, or an empty query', () => {
    expect(suggestSpellings(v, 'zzzzzzzz')).toEqual([]);
    expect(suggestSpellings(v, 'cty')).toEqual([]);
    expect(suggestSpellings(v, '  ')).toEqual([]);
  });

  it('never suggests the query itself', () => {
    expect(suggestSpellings(v, 'tourism')).toEqual([]);
  });
});

describe('the vocabulary of the built pages', () => {
  const page = `<html><body><header><h2>Site menu</h2></header><main data-pagefind-body>
    <h1>Tourism &amp; Exchange</h1><h2>(2) Sister City Exchange</h2>
    <div data-pagefind-ignore><h2>Hidden heading</h2></div>
    <table><tr><th scope="row">Stockton</th><td lang="en">sister city</td><td lang="ja">姉妹都市</td><td>plain cell</td></tr></table>
    <div hidden data-search-aliases><span>USA</span> America</div></main>
    <table data-search-words><tr><th lang="ja">国際交流</th><td lang="en">international exchange</td></tr></table>
    <table><tr><th>Not marked</th></tr></table></body></html>`;

  it("takes headings, row headers, cells in the page's language and aliases from the indexed region and marked tables only", () => {
    expect(pageTerms(page, 'en')).toEqual([
      'Tourism & Exchange',
      '(2) Sister City Exchange',
      'Stockton',
      'sister city',
      'USA',
      'America',
      'international exchange',
    ]);
  });

  it('splits texts into words (Japanese too), keeps short names whole, most frequent first', () => {
    expect(rankWords(['Sister City Exchange', 'sister city', 'Tourism', '(2) Exchange of Sister Cities'], 'en')).toEqual([
      // sister 3 times (Sister twice), then City and Exchange twice each, then the rest once, in code-point order
      'Sister',
      'City',
      'Exchange',
      'Cities',
      'Sister City Exchange',
      'Tourism',
      'sister city',
    ]);
    const ja = rankWords(['観光客の誘致', '観光'], 'ja');
    expect(ja[0]).toBe('観光');
    expect(ja).toContain('観光客の誘致');
  });
});
