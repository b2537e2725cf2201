/**
 * The field at a glance (home and compare pages): counts of measures across strategies by theme,
 * country or region and KPIs, and the strategies' periods on one time axis. Pure functions over
 * small shapes, so the counts can be tested apart from the site; the pages feed them the same
 * measures, with the same region sets, as the measures list they link to.
 */
import type { FilterState } from './filter-state';

/** What a count needs to know of a measure: its strategy, themes, regions and KPIs. */
export interface CountedMeasure {
  strategy: string;
  themes: readonly string[];
  /** The region IDs the measures list matches it by (see measureRegionIds). */
  regions: readonly string[];
  /** Its KPIs' target years (undefined where a target has no year), one entry per KPI. */
  kpiTargets: readonly (number | undefined)[];
}

/** One cell of a matrix: how many measures (and KPIs) it stands for, and the filter that lists them. */
export interface Cell {
  measures: number;
  kpis: number;
  /** First and last target year of its KPIs, where any has one. */
  targetYears: [number, number] | undefined;
  /** The measures list's filter that selects exactly these measures. */
  filter: FilterState;
}

export interface MatrixRow {
  id: string;
  /** One cell per column, in the columns' order. */
  cells: Cell[];
  /** The row across every strategy. */
  total: Cell;
}

export interface Matrix {
  rows: MatrixRow[];
  /**
   * Each column (strategy) as a whole and every measure counted (the corner cell, linking to the
   * unfiltered list), where a filter can say it (not for regions).
   */
  totals: { columns: Cell[]; all: Cell } | undefined;
}

export type Dimension = 'theme' | 'region';

function cellOf(measures: CountedMeasure[], filter: FilterState): Cell {
  const chosen = filter.kpis ? measures.filter((m) => m.kpiTargets.length > 0) : measures;
  const years = chosen.flatMap((m) => m.kpiTargets.filter((y): y is number => y !== undefined));
  return {
    measures: chosen.length,
    kpis: chosen.reduce((n, m) => n + m.kpiTargets.length, 0),
    targetYears: years.length > 0 ? [Math.min(...years), Math.max(...years)] : undefined,
    filter,
  };
}

const keysOf = (m: CountedMeasure, dimension: Dimension) => (dimension === 'theme' ? m.themes : m.regions);

/**
 * Rows (themes or regions) × columns (strategies): in each cell the measures of that strategy with
 * that theme or region; with `kpis`, only measures that have KPIs, and their KPIs counted. A measure
 * with three themes counts in three rows, so a column's cells add up to more than its total.
 */
export function measureMatrix(
  measures: CountedMeasure[],
  dimension: Dimension,
  rows: readonly string[],
  strategies: readonly string[],
  kpis = false,
): Matrix {
  const matrixRows = rows.map((id) => {
    const inRow = measures.filter((m) => keysOf(m, dimension).includes(id));
    return {
      id,
      cells: strategies.map((s) =>
        cellOf(
          inRow.filter((m) => m.strategy === s),
          { values: { strategy: s, [dimension]: id }, kpis },
        ),
      ),
      total: cellOf(inRow, { values: { [dimension]: id }, kpis }),
    };
  });
  // "Any region" is no filter the list has, so a region matrix has no totals.
  const totals =
    dimension === 'theme'
      ? {
          columns: strategies.map((s) =>
            cellOf(
              measures.filter((m) => m.strategy === s),
              { values: { strategy: s }, kpis },
            ),
          ),
          all: cellOf(measures, { values: {}, kpis }),
        }
      : undefined;
  return { rows: matrixRows, totals };
}

/** Rows in which no strategy has a measure are left out (a region only named in texts). */
export function nonEmptyRows(matrix: Matrix): Matrix {
  return { ...matrix, rows: matrix.rows.filter((r) => r.total.measures > 0) };
}

/** How a cell is shaded: 0 for none, then 1–4 by its share of the largest cell, so colour only echoes the number. */
export function shade(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
