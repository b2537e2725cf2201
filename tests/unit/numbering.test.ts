import { describe, expect, it } from 'vitest';
import { englishNumber, englishNumberPrefix, japaneseNumbering, kanaLetter, kanaOrderOf } from '../../src/lib/numbering';

describe('katakana item marks in English', () => {
  it('letters the aiueo order a, b, c…', () => {
    expect(['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'ソ'].map((k) => kanaLetter(k))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'o']);
    expect(kanaLetter('ノ')).toBe('y');
    expect(kanaLetter('ハ')).toBe('z');
    expect(kanaLetter('ヒ')).toBe('aa');
  });

  it('letters the iroha order a, b, c… when the source uses it', () => {
    expect(['イ', 'ロ', 'ハ', 'ニ', 'ホ'].map((k) => kanaLetter(k, 'iroha'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(kanaLetter('イ', 'aiueo')).toBe('b');
  });

  it("tells the document's order from its codes", () => {
    expect(kanaOrderOf(['ア', 'イ', 'ウ'])).toBe('aiueo');
    expect(kanaOrderOf(['イ', 'ロ', 'ハ', undefined])).toBe('iroha');
    expect(kanaOrderOf(['1-②-4', '2'])).toBe('aiueo');
  });

  it('leaves what is not a single katakana mark', () => {
    expect(kanaLetter('アイ')).toBeUndefined();
    expect(kanaLetter('a')).toBeUndefined();
    expect(kanaLetter('あ')).toBeUndefined();
  });
});

describe('source numbers in English', () => {
  it('turns chapters, appendices, kana and circled digits into their English forms', () => {
    expect(englishNumber('第3章')).toBe('Chapter 3');
    expect(englishNumber('【参考1】')).toBe('Reference 1');
    expect(englishNumber('ア')).toBe('a');
    expect(englishNumber('(ク)')).toBe('(h)');
    expect(englishNumber('（イ）')).toBe('(b)');
    expect(englishNumber('ロ', 'iroha')).toBe('b');
    expect(englishNumber('①')).toBe('1');
    expect(englishNumber('1-②-4')).toBe('1-2-4');
    expect(englishNumber('３')).toBe('3');
    expect(englishNumber('76')).toBe('76');
    expect(englishNumber('(2)')).toBe('(2)');
  });

  it('makes a heading prefix with a full stop, except after a bracket', () => {
    expect(englishNumberPrefix('第3章')).toBe('Chapter 3. ');
    expect(englishNumberPrefix('①')).toBe('1. ');
    expect(englishNumberPrefix('(ア)')).toBe('(a) ');
  });
});

describe('Japanese numbering in English headings and titles', () => {
  const en = (text: string) => ({ text, ja: false });
  const ja = (text: string) => ({ text, ja: true });

  it('is found, marked as Japanese or not', () => {
    expect(japaneseNumbering([en('第3章. Basic Ideas')])).toEqual(['第3章']);
    expect(japaneseNumbering([en('Measure '), ja('ア'), en(' Attracting tourists')])).toEqual(['ア']);
    expect(japaneseNumbering([en('Measure ア: Attracting tourists')])).toEqual(['ア']);
    expect(japaneseNumbering([ja('(イ)'), en(' Sister cities')])).toEqual(['(イ)']);
    expect(japaneseNumbering([en('① Increasing the visitor population')])).toEqual(['①']);
    expect(japaneseNumbering([en('Measure 1-②-4 Tourism PR')])).toEqual(['②']);
    expect(japaneseNumbering([ja('【参考1】'), en(' Reference data')])).toEqual(['【参考1】']);
  });

  it('lets quoted Japanese through, and English numbering', () => {
    expect(japaneseNumbering([en('The '), ja('第2の開港をリードする「横浜市国際都市戦略」'), en(' strategy')])).toEqual([]);
    expect(japaneseNumbering([en('Chapter 3. Measure a '), ja('インバウンド'), en(' (b) 1-2-4')])).toEqual([]);
    expect(japaneseNumbering([ja('別表')])).toEqual([]);
  });
});
