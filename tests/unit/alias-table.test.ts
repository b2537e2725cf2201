import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { measureNumberAliases } = await import('../../src/lib/alias-table');

describe('measure number aliases', () => {
  it('gives the forms staff cite a numbered measure by, in each language', () => {
    expect(measureNumberAliases('12', 'ja')).toEqual(['No.12', 'No. 12', '#12', '別表12', '施策12']);
    expect(measureNumberAliases('12', 'en')).toEqual(['No.12', 'No. 12', '#12']);
  });
  it('gives none to a measure coded by a letter or a compound number', () => {
    expect(measureNumberAliases('ア', 'ja')).toEqual([]);
    expect(measureNumberAliases('1-②', 'ja')).toEqual([]);
    expect(measureNumberAliases(undefined, 'en')).toEqual([]);
  });
});
