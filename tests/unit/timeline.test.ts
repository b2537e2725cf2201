import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/lib/timeline';

const today = new Date(Date.UTC(2026, 11, 4));

describe('the timeline of strategies', () => {
  const line = timeline(
    [
      { id: 'fiscal', period: { from: 2017, to: 2022, fiscal: true } },
      { id: 'calendar', period: { from: 2015, to: 2024, fiscal: false }, issued: '2014-12' },
      { id: 'draft', issued: '2015-12' },
    ],
    today,
  );

  it('spans from the first strategy’s start to the year of today', () => {
    // Tokyo-like: the period, not the issue date before it, places a strategy that has one.
    expect(line.firstYear).toBe(2015);
    expect(line.lastYear).toBe(2026);
    expect(line.months).toBe(12 * 12);
  });

  it('runs a fiscal year from April to March and a calendar year from January to December', () => {
    const fiscal = line.items[0]!;
    expect(fiscal).toMatchObject({ kind: 'period', start: 2 * 12 + 3, end: 8 * 12 + 3 });
    expect(line.items[1]).toMatchObject({ kind: 'period', start: 0, end: 10 * 12 });
  });

  it('shows a strategy without a period as a mark at its issue month, never current', () => {
    expect(line.items[2]).toEqual({ id: 'draft', kind: 'issued', start: 11, end: 12, current: false });
  });

  it('marks today within its month and says which periods cover it', () => {
    expect(line.today).toBeGreaterThan(11 * 12 + 11);
    expect(line.today).toBeLessThan(11 * 12 + 12);
    expect(line.items.map((i) => i.current)).toEqual([false, false, false]);
    const during = timeline([{ id: 'x', period: { from: 2025, to: 2030, fiscal: true } }], today);
    expect(during.items[0]!.current).toBe(true);
    expect(during.lastYear).toBe(2031);
  });

  it('refuses a strategy with neither a period nor an issue date, naming it', () => {
    expect(() => timeline([{ id: 'kuwana-2014' }], today)).toThrow(/kuwana-2014.*strategy\.yaml/);
  });
});
