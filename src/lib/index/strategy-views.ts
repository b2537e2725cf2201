/**
 * Turns one validated strategy into its view: chapters with their texts, measures with their
 * pillars, bureaus, markets and texts, the pillars' rows (repeats at their place) and each KPI linked
 * to the KPI whose values it shows. Every ID it looks up has been checked by the validators.
 */
import type { MeasureFacts, Market } from '../../schemas/measure';
import {
  isRepeat,
  type ChapterView,
  type KpiView,
  type ListingView,
  type MarketView,
  type MeasureView,
  type Pillar,
  type StrategyView,
} from './types';
import type { Lookups, MeasureFile, StrategyFile } from './lookups';

export function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The entries of a map for these IDs, in the order given. */
function resolve<T>(ids: string[], map: Map<string, T>): T[] {
  return ids.flatMap((id) => (map.has(id) ? [map.get(id)!] : []));
}

export function strategyView<E>({ file, data }: StrategyFile<E>, look: Lookups<E>): StrategyView<E> {
  const view: StrategyView<E> = {
    data,
    file,
    municipality: look.cities.get(data.municipality)!,
    chapters: [],
    measures: [],
    listings: new Map(),
    subPillars: new Map(),
  };
  for (const p of data.pillars) if (p.parent !== undefined) push(view.subPillars, p.parent, p);
  view.chapters = data.chapters.map(
    (c, order): ChapterView<E> => ({
      strategy: view,
      slug: c.slug,
      number: c.number,
      kind: c.kind,
      order,
      text: look.chapterTexts.get(`${data.id}/${c.slug}`) ?? {},
    }),
  );
  const mf = look.measureFiles.get(data.id);
  if (mf) addMeasures(view, mf, look);
  return view;
}

function addMeasures<E>(view: StrategyView<E>, mf: MeasureFile<E>, look: Lookups<E>) {
  const pillars = new Map(view.data.pillars.map((p) => [p.id, p]));
  mf.data.measures.forEach((entry, i) => {
    if (!isRepeat(entry)) view.measures.push(measureView(view, entry, i, pillars.get(entry.pillar)!, look));
  });
  const bySlug = new Map(view.measures.map((m) => [m.facts.slug, m]));
  // The rows in file order, so that a repeat (再掲) sits at its place under its other pillar.
  for (const entry of mf.data.measures) {
    if (!isRepeat(entry)) {
      const m = bySlug.get(entry.slug)!;
      // Indicator tables are placed by <Indicators />, not listed among the measures.
      if (m.facts.kind === 'measure') push(view.listings, m.pillar.id, { measure: m } satisfies ListingView<E>);
      continue;
    }
    const m = bySlug.get(entry.repeatOf)!;
    const pillar = pillars.get(entry.pillar)!;
    push(view.listings, pillar.id, { measure: m, repeat: entry });
    m.repeats.push({ pillar, listing: entry });
  }
  for (const m of view.measures) m.kpis = kpiViews(m, bySlug);
}

function measureView<E>(view: StrategyView<E>, facts: MeasureFacts, i: number, pillar: Pillar, look: Lookups<E>): MeasureView<E> {
  return {
    strategy: view,
    fileIndex: i,
    facts,
    pillar,
    bureaus: resolve(facts.bureaus, look.bureaus),
    relatedBureaus: resolve(facts.relatedBureaus, look.bureaus),
    repeats: [],
    markets: facts.markets && {
      priority: marketViews(facts.markets.priority, look),
      expected: marketViews(facts.markets.expected, look),
    },
    kpis: [],
    text: look.measureTexts.get(`${view.data.id}/${facts.slug}`) ?? {},
  };
}

function marketViews<E>(list: Market[], look: Lookups<E>): MarketView[] {
  return list.map((m) => {
    const market = typeof m === 'string' ? { regions: [m], cities: [] } : m;
    return { market, regions: resolve(market.regions, look.regions), cities: resolve(market.cities, look.cities) };
  });
}

/** A repeated KPI (【再】) shows the values and texts of its origin, found by `<measure>/<kpi>`. */
function kpiViews<E>(m: MeasureView<E>, bySlug: Map<string, MeasureView<E>>): KpiView<E>[] {
  return m.facts.kpis.map((kpi) => {
    if (!kpi.repeatOf) return { measure: m, kpi, origin: { measure: m, kpi } };
    const [slug, id] = kpi.repeatOf.split('/') as [string, string];
    const om = bySlug.get(slug)!;
    return { measure: m, kpi, origin: { measure: om, kpi: om.facts.kpis.find((x) => x.id === id)! } };
  });
}
