import { describe, expect, it } from 'vitest';
import { type CountedMeasure, measureMatrix, nonEmptyRows, shade } from '../../src/lib/overview';

const m = (strategy: string, themes: string[], regions: string[] = [], kpiTargets: (number | undefined)[] = []): CountedMeasure => ({
  strategy,
  themes,
  regions,
  kpiTargets,
});

const measures = [
  m('a', ['tourism', 'mice'], ['taiwan', 'east-asia'], [2020, 2022]),
  m('a', ['tourism'], ['china', 'east-asia']),
  m('b', ['tourism'], [], [undefined]),
  m('b', ['education'], ['taiwan', 'east-asia'], [2030]),
];

describe('the matrix of measures by theme and strategy', () => {
  const matrix = measureMatrix(measures, 'theme', ['tourism', 'mice', 'education', 'ports'], ['a', 'b']);

  it('counts each strategy’s measures with each theme, and the row across strategies', () => {
    expect(matrix.rows.map((r) => [r.id, ...r.cells.map((c) => c.measures), r.total.measures])).toEqual([
      ['tourism', 2, 1, 3],
      ['mice', 1, 0, 1],
      ['education', 0, 1, 1],
      ['ports', 0, 0, 0],
    ]);
  });

  it('gives each strategy its own total, which a measure with several themes makes smaller than the sum of its cells', () => {
    expect(matrix.totals!.columns.map((c) => c.measures)).toEqual([2, 2]);
    const sumA = matrix.rows.reduce((n, r) => n + r.cells[0]!.measures, 0);
    expect(sumA).toBeGreaterThan(matrix.totals!.columns[0]!.measures);
  });

  it('links each cell to the filter that selects its measures', () => {
    expect(matrix.rows[0]!.cells[1]!.filter).toEqual({ values: { strategy: 'b', theme: 'tourism' }, kpis: false });
    expect(matrix.rows[0]!.total.filter).toEqual({ values: { theme: 'tourism' }, kpis: false });
    expect(matrix.totals!.columns[0]!.filter).toEqual({ values: { strategy: 'a' }, kpis: false });
    expect(matrix.totals!.all).toMatchObject({ measures: 4, filter: { values: {}, kpis: false } });
  });

  it('leaves out rows no strategy has', () => {
    expect(nonEmptyRows(matrix).rows.map((r) => r.id)).toEqual(['tourism', 'mice', 'education']);
  });
});

describe('the matrix by region', () => {
  const matrix = measureMatrix(measures, 'region', ['east-asia', 'taiwan', 'china'], ['a', 'b']);

  it('counts a measure under every region it is matched by, a world region included', () => {
    expect(matrix.rows.map((r) => [r.id, ...r.cells.map((c) => c.measures)])).toEqual([
      ['east-asia', 2, 1],
      ['taiwan', 1, 1],
      ['china', 1, 0],
    ]);
    expect(matrix.rows[1]!.cells[0]!.filter).toEqual({ values: { strategy: 'a', region: 'taiwan' }, kpis: false });
  });

  it('has no totals, since the list cannot filter by "any region"', () => {
    expect(matrix.totals).toBeUndefined();
  });
});

describe('the matrix of KPIs', () => {
  const matrix = measureMatrix(measures, 'theme', ['tourism', 'education'], ['a', 'b'], true);

  it('counts only measures with KPIs, their KPIs and the span of their target years', () => {
    const [tourism, education] = matrix.rows;
    expect(tourism!.cells[0]).toMatchObject({ measures: 1, kpis: 2, targetYears: [2020, 2022] });
    // A KPI without a target year counts, but gives no year.
    expect(tourism!.cells[1]).toMatchObject({ measures: 1, kpis: 1, targetYears: undefined });
    expect(education!.total).toMatchObject({
      measures: 1,
      kpis: 1,
      targetYears: [2030, 2030],
      filter: { values: { theme: 'education' }, kpis: true },
    });
    expect(matrix.totals!.all).toMatchObject({ measures: 3, kpis: 4, filter: { values: {}, kpis: true } });
  });
});

describe('shading', () => {
  it('is none for zero and rises in four steps to the largest count', () => {
    expect([0, 1, 5, 10, 16, 20].map((n) => shade(n, 20))).toEqual([0, 1, 1, 2, 4, 4]);
    expect(shade(3, 0)).toBe(0);
  });
});
