import { describe, expect, it } from 'vitest';
import { filterQuery, readFilter } from '../../src/lib/filter-state';

const known = (field: string, value: string) =>
  ({ strategy: ['tokyo-2014', 'shizuoka-2017'], theme: ['tourism'], region: ['taiwan'], bureau: ['shizuoka-tourism'] })[field]?.includes(
    value,
  ) ?? false;

describe('the measures filter in the address', () => {
  it('reads the chosen IDs and the KPI switch', () => {
    expect(readFilter('?strategy=tokyo-2014&theme=tourism&kpis=1', known)).toEqual({
      values: { strategy: 'tokyo-2014', theme: 'tourism' },
      kpis: true,
    });
  });

  it('drops unknown values instead of hiding every measure', () => {
    expect(readFilter('?strategy=tokyo-2041&region=taiwan&kpis=0', known)).toEqual({ values: { region: 'taiwan' }, kpis: false });
    expect(readFilter('', known)).toEqual({ values: {}, kpis: false });
  });

  it('writes the state back in a fixed order, with nothing for an empty filter', () => {
    expect(filterQuery({ values: { theme: 'tourism', strategy: 'tokyo-2014' }, kpis: true })).toBe(
      '?strategy=tokyo-2014&theme=tourism&kpis=1',
    );
    expect(filterQuery({ values: { theme: '' }, kpis: false })).toBe('');
  });

  it('reads back what it writes', () => {
    const state = { values: { strategy: 'shizuoka-2017', region: 'taiwan', bureau: 'shizuoka-tourism' }, kpis: true };
    expect(readFilter(filterQuery(state), known)).toEqual(state);
  });
});
