/**
 * The site's measures in the shapes of src/lib/overview.ts, computed with the same rules as the
 * measures list (src/pages/[lang]/measures/) the matrices link to: the same measures (not the KPI
 * tables), the same region sets, the same region options.
 */
import type { MeasureView } from './content-index';
import { parsePeriod } from './era';
import { type CountedMeasure, type Matrix, measureMatrix, nonEmptyRows } from './overview';
import type { Site, TextEntry } from './site';
import type { City } from '../schemas/city';

/**
 * The region IDs the measures list matches a measure by: each market's regions, a country's world
 * region, and a group's regions (so "Asia" also finds a measure aimed at Taiwan).
 */
export function measureRegionIds<E>(m: MeasureView<E>): string[] {
  const markets = [...(m.markets?.priority ?? []), ...(m.markets?.expected ?? [])];
  return [...new Set(markets.flatMap((mv) => mv.regions.flatMap((r) => [r.id, ...(r.parent ? [r.parent] : []), ...(r.includes ?? [])])))];
}

/** The entries of measures.yaml the measures list shows: measures, not indicator tables. */
export function listedMeasures<E>(measures: MeasureView<E>[]): MeasureView<E>[] {
  return measures.filter((m) => m.facts.kind === 'measure');
}

/** The regions the measures list can be filtered by: those named by a measure, groups left out. */
export function filterRegionIds(site: Site): string[] {
  return [...site.measuresByRegion.keys()].filter((id) => site.regions.get(id)!.kind !== 'group');
}

/** A KPI's target year: the last year of its target's period (undefined without one, or for a span). */
function targetYear(m: MeasureView<TextEntry>, k: MeasureView<TextEntry>['kpis'][number]): number | undefined {
  const written = k.origin.kpi.target?.period;
  const p = written ? parsePeriod(written, { implicitEra: m.strategy.data.implicitEra }) : null;
  return p && p.span === undefined ? (p.end ?? p.start) : undefined;
}

/** Every listed measure of every strategy, as the matrices count them. */
function countedMeasures(site: Site): CountedMeasure[] {
  return site.strategies.flatMap((s) =>
    listedMeasures(s.measures).map((m) => ({
      strategy: s.data.id,
      themes: m.facts.themes,
      regions: measureRegionIds(m),
      kpiTargets: m.kpis.map((k) => targetYear(m, k)),
    })),
  );
}

export interface StrategyColumn {
  id: string;
  city: City;
  year: number;
  strategy: Site['strategies'][number];
}

/**
 * The columns of the matrices: every strategy with a short name, its municipality and the year it
 * was issued (as its ID and citations name it: Tokyo 2014, whose period starts in 2015), or where
 * the source gives no date, the first year of its period.
 */
function strategyColumns(site: Site): StrategyColumn[] {
  return site.strategies.map((s) => ({
    id: s.data.id,
    city: s.municipality,
    year: Number(s.data.issued?.slice(0, 4) ?? s.data.period?.from ?? s.data.id.replace(/^.*-/, '')),
    strategy: s,
  }));
}

/** What the home and compare pages show of the field: the strategies, and the matrices of their measures. */
export interface Overview {
  columns: StrategyColumn[];
  /** Measures by theme and strategy. */
  themes: Matrix;
  /** Measures by country or region (those any strategy names) and strategy. */
  regions: Matrix;
  /** KPIs (and the measures that have them) by theme and strategy. */
  kpis: Matrix;
}

let computed: { site: Site; overview: Overview } | undefined;

/** The overview, computed once per build (the same site object) and shared by both pages in both languages. */
export function overview(site: Site): Overview {
  if (computed?.site === site) return computed.overview;
  const measures = countedMeasures(site);
  const columns = strategyColumns(site);
  const ids = columns.map((c) => c.id);
  const themeIds = [...site.themes.keys()];
  computed = {
    site,
    overview: {
      columns,
      themes: measureMatrix(measures, 'theme', themeIds, ids),
      regions: nonEmptyRows(measureMatrix(measures, 'region', filterRegionIds(site), ids)),
      kpis: measureMatrix(measures, 'theme', themeIds, ids, true),
    },
  };
  return computed.overview;
}
