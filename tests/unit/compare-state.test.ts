import { describe, expect, it } from 'vitest';
import { compareQuery, readCompare } from '../../src/lib/compare-state';

const known = ['kumamoto-2018', 'shizuoka-2017', 'tokyo-2014'];

describe('the compare view in the address', () => {
  it('reads the chosen strategies in the page’s order, dropping unknown IDs', () => {
    expect(readCompare('?s=tokyo-2014&s=kumamoto-2018&s=osaka-2030', known)).toEqual(['kumamoto-2018', 'tokyo-2014']);
  });

  it('shows every strategy when none (or none known) is chosen', () => {
    expect(readCompare('', known)).toEqual(known);
    expect(readCompare('?s=osaka-2030', known)).toEqual(known);
  });

  it('writes nothing for all strategies, and reads back what it writes', () => {
    expect(compareQuery(known, known)).toBe('');
    expect(compareQuery([], known)).toBe('');
    const query = compareQuery(['tokyo-2014', 'shizuoka-2017'], known);
    expect(query).toBe('?s=shizuoka-2017&s=tokyo-2014');
    expect(readCompare(query, known)).toEqual(['shizuoka-2017', 'tokyo-2014']);
  });
});
