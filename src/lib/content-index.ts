/**
 * Cross-indexes every collection once: strategies ↔ chapters ↔ measures ↔ KPIs ↔ cities ↔ regions ↔
 * bureaus. Pure: it takes plain data (with each entry's file path) and returns the index, or throws a
 * ContentError listing every broken reference, duplicate ID or missing Japanese file. Route files only
 * look things up in the result.
 */
import type { Lang } from '../schemas/shared';
import type { Strategy, CountryProfile } from '../schemas/strategy';
import type { MeasureFacts, MeasureText, Market } from '../schemas/measure';
import type { ChapterText } from '../schemas/chapter';
import type { Kpi } from '../schemas/kpi';
import type { City, Relationship } from '../schemas/city';
import type { Region } from '../schemas/region';
import type { Bureau } from '../schemas/bureau';
import type { Unit } from '../schemas/unit';
import { ContentError, type ContentProblem } from './content-errors';
import { RESERVED_CHAPTER_SLUGS } from './routes';

/** One language's MDX file of a chapter or measure. E is the renderable collection entry. */
export interface TextFile<T, E> {
  file: string;
  lang: Lang;
  strategy: string;
  slug: string;
  data: T;
  entry: E;
}

export interface RawContent<E> {
  strategies: { file: string; data: Strategy }[];
  measureFiles: { file: string; data: { measures: MeasureFacts[] } }[];
  chapterTexts: TextFile<ChapterText, E>[];
  measureTexts: TextFile<MeasureText, E>[];
  cities: City[];
  regions: Region[];
  bureaus: Bureau[];
  units: Unit[];
  /** Where the list collections live, for messages. */
  files: { cities: string; regions: string; bureaus: string; units: string };
}

export interface ChapterView<E> {
  strategy: StrategyView<E>;
  slug: string;
  number: string | undefined;
  /** Position in reading order, from 0. */
  order: number;
  text: Partial<Record<Lang, TextFile<ChapterText, E>>>;
}

export interface KpiView<E> {
  measure: MeasureView<E>;
  kpi: Kpi;
  /** The KPI whose values and texts are shown: the original when this one is a repeat (【再】). */
  origin: { measure: MeasureView<E>; kpi: Kpi };
}

export interface MarketView {
  market: Exclude<Market, string>;
  /** The regions and cities the market entry links to. */
  regions: Region[];
  cities: City[];
}

export interface MeasureView<E> {
  strategy: StrategyView<E>;
  facts: MeasureFacts;
  pillar: Strategy['pillars'][number];
  bureaus: Bureau[];
  markets: { priority: MarketView[]; expected: MarketView[] } | undefined;
  kpis: KpiView<E>[];
  text: Partial<Record<Lang, TextFile<MeasureText, E>>>;
}

export interface StrategyView<E> {
  data: Strategy;
  file: string;
  municipality: City;
  chapters: ChapterView<E>[];
  measures: MeasureView<E>[];
}

export interface MissingTranslation {
  /** The Japanese file that has no English counterpart. */
  source: string;
  /** The English file to create. */
  expected: string;
  lang: Lang;
}

/** A measure's link to a region or city: as a priority or a prospective market. */
export interface MarketLink<E> {
  measure: MeasureView<E>;
  role: 'priority' | 'expected';
}

export interface SiteIndex<E> {
  strategies: StrategyView<E>[];
  strategy: Map<string, StrategyView<E>>;
  cities: Map<string, City>;
  regions: Map<string, Region>;
  bureaus: Map<string, Bureau>;
  units: Map<string, Unit>;
  /** Region ID → measures naming it as a market (directly, or through a country in it). */
  measuresByRegion: Map<string, MarketLink<E>[]>;
  /** City ID → measures naming it as a market. */
  measuresByCity: Map<string, MarketLink<E>[]>;
  /** Region ID → the country profiles strategies cite for it. */
  profilesByRegion: Map<string, { strategy: StrategyView<E>; profile: CountryProfile }[]>;
  /** Region ID → cities in it (a world region lists the cities of its countries). */
  citiesByRegion: Map<string, City[]>;
  /** Region ID → countries and territories in a world region or group. */
  countriesByRegion: Map<string, Region[]>;
  /** Municipality city ID → its ties with other cities. */
  partnersOf: Map<string, { city: City; relationship: Relationship }[]>;
  /** English files that do not exist yet (the page shows the Japanese with a notice). */
  missing: MissingTranslation[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reports IDs that occur twice in a list. */
function checkUnique<T>(
  items: T[],
  key: (t: T) => string,
  file: string,
  field: (i: number) => string,
  what: string,
  problems: ContentProblem[],
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = key(item);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        file,
        field: field(i),
        message: `duplicate ${what} "${id}" (already used by ${field(first)})`,
        fix: `give each ${what} a unique ID: rename one of them, or merge the two entries`,
      });
    } else seen.set(id, i);
  });
}

function oneOf(ids: Iterable<string>, limit = 12): string {
  const list = [...ids];
  const shown = list.slice(0, limit).join(', ');
  return list.length > limit ? `${shown}, … (${list.length} in all)` : shown;
}

export function buildIndex<E>(raw: RawContent<E>): SiteIndex<E> {
  const problems: ContentProblem[] = [];

  checkUnique(raw.cities, (c) => c.id, raw.files.cities, (i) => `[${i}].id`, 'city ID', problems);
  checkUnique(raw.regions, (r) => r.id, raw.files.regions, (i) => `[${i}].id`, 'region ID', problems);
  checkUnique(raw.bureaus, (b) => b.id, raw.files.bureaus, (i) => `[${i}].id`, 'bureau ID', problems);
  checkUnique(raw.units, (u) => u.id, raw.files.units, (i) => `[${i}].id`, 'unit ID', problems);
  checkUnique(raw.strategies, (s) => s.data.id, 'content/strategies', (i) => `${raw.strategies[i]!.file} › id`, 'strategy ID', problems);

  const cities = new Map(raw.cities.map((c) => [c.id, c]));
  const regions = new Map(raw.regions.map((r) => [r.id, r]));
  const bureaus = new Map(raw.bureaus.map((b) => [b.id, b]));
  const units = new Map(raw.units.map((u) => [u.id, u]));
  const strategyIds = new Set(raw.strategies.map((s) => s.data.id));

  // Regions: parents and group members exist.
  raw.regions.forEach((r, i) => {
    if (r.parent !== undefined && regions.get(r.parent)?.kind !== 'world-region') {
      problems.push({
        file: raw.files.regions,
        field: `[${i}] (${r.id}).parent`,
        message: `"${r.parent}" is not a world region`,
        fix: `use the ID of an entry with kind: world-region: ${oneOf(raw.regions.filter((x) => x.kind === 'world-region').map((x) => x.id))}`,
      });
    }
    (r.includes ?? []).forEach((id, j) => {
      if (!regions.has(id)) {
        problems.push({
          file: raw.files.regions,
          field: `[${i}] (${r.id}).includes[${j}]`,
          message: `unknown region "${id}"`,
          fix: `use a region ID defined in ${raw.files.regions}`,
        });
      }
    });
  });

  // Cities: country and relationships resolve.
  raw.cities.forEach((c, i) => {
    const country = regions.get(c.country);
    if (!country || (country.kind !== 'country' && country.kind !== 'territory')) {
      problems.push({
        file: raw.files.cities,
        field: `[${i}] (${c.id}).country`,
        message: `"${c.country}" is not a country or territory in ${raw.files.regions}`,
        fix: `use the ID of a country or territory, e.g. ${oneOf(raw.regions.filter((r) => r.kind === 'country').map((r) => r.id), 6)}, or add it to ${raw.files.regions}`,
      });
    }
    c.relationships.forEach((rel, j) => {
      if (!cities.has(rel.with)) {
        problems.push({
          file: raw.files.cities,
          field: `[${i}] (${c.id}).relationships[${j}].with`,
          message: `unknown city "${rel.with}"`,
          fix: `use the city ID of the Japanese municipality, e.g. ${oneOf([...new Set(raw.strategies.map((s) => s.data.municipality))], 6)}`,
        });
      }
      if (!strategyIds.has(rel.source)) {
        problems.push({
          file: raw.files.cities,
          field: `[${i}] (${c.id}).relationships[${j}].source`,
          message: `unknown strategy "${rel.source}"`,
          fix: `use a strategy ID: ${oneOf(strategyIds)}`,
        });
      }
    });
  });

  raw.bureaus.forEach((b, i) => {
    if (!cities.has(b.city)) {
      problems.push({
        file: raw.files.bureaus,
        field: `[${i}] (${b.id}).city`,
        message: `unknown city "${b.city}"`,
        fix: `use the city ID of the municipality, as in ${raw.files.cities}`,
      });
    }
  });

  const strategies: StrategyView<E>[] = [];
  const strategy = new Map<string, StrategyView<E>>();
  const missing: MissingTranslation[] = [];

  const textsByKey = <T>(texts: TextFile<T, E>[]) => {
    const map = new Map<string, Partial<Record<Lang, TextFile<T, E>>>>();
    for (const t of texts) {
      const key = `${t.strategy}/${t.slug}`;
      const entry = map.get(key) ?? {};
      entry[t.lang] = t;
      map.set(key, entry);
    }
    return map;
  };
  const chapterTexts = textsByKey(raw.chapterTexts);
  const measureTexts = textsByKey(raw.measureTexts);
  const usedChapterTexts = new Set<string>();
  const usedMeasureTexts = new Set<string>();

  const dirOf = (file: string) => file.replace(/\/strategy\.yaml$/, '');

  for (const { file, data } of raw.strategies) {
    const dir = dirOf(file);
    const folder = dir.split('/').pop();
    if (folder !== data.id) {
      problems.push({
        file,
        field: 'id',
        message: `the ID "${data.id}" differs from the folder name "${folder}"`,
        fix: `the folder and the ID name the strategy in URLs: make them the same (rename the folder or the ID)`,
      });
    }
    const municipality = cities.get(data.municipality);
    if (!municipality) {
      problems.push({
        file,
        field: 'municipality',
        message: `unknown city "${data.municipality}"`,
        fix: `add the municipality to ${raw.files.cities} or use one of its IDs`,
      });
    }
    const view: StrategyView<E> = {
      data,
      file,
      municipality: municipality as City,
      chapters: [],
      measures: [],
    };
    strategies.push(view);
    strategy.set(data.id, view);

    checkUnique(data.chapters, (c) => c.slug, file, (i) => `chapters[${i}].slug`, 'chapter slug', problems);
    checkUnique(data.pillars, (p) => p.id, file, (i) => `pillars[${i}].id`, 'pillar ID', problems);
    const groupIds = new Set(data.pillarGroups.map((g) => g.id));
    data.pillars.forEach((p, i) => {
      if (p.group !== undefined && !groupIds.has(p.group)) {
        problems.push({
          file,
          field: `pillars[${i}].group`,
          message: `unknown pillar group "${p.group}"`,
          fix: `use one of the pillarGroups IDs: ${oneOf(groupIds)}`,
        });
      }
    });
    data.countryProfiles.forEach((p, i) => {
      if (!regions.has(p.country)) {
        problems.push({
          file,
          field: `countryProfiles[${i}].country`,
          message: `unknown region "${p.country}"`,
          fix: `use a country ID from ${raw.files.regions}, or add the country there`,
        });
      }
    });

    data.chapters.forEach((c, order) => {
      if (RESERVED_CHAPTER_SLUGS.includes(c.slug)) {
        problems.push({
          file,
          field: `chapters[${order}].slug`,
          message: `"${c.slug}" is reserved for the strategy's own pages (/${c.slug}/)`,
          fix: 'give the chapter another slug, e.g. one naming its subject',
        });
      }
      const key = `${data.id}/${c.slug}`;
      const text = chapterTexts.get(key) ?? {};
      usedChapterTexts.add(key);
      if (!text.ja) {
        problems.push({
          file,
          field: `chapters[${order}].slug`,
          message: `chapter "${c.slug}" has no Japanese file`,
          fix: `create ${dir}/ja/${c.slug}.mdx (the Japanese source text), or remove the chapter from the list`,
        });
      } else if (!text.en) {
        missing.push({ source: text.ja.file, expected: text.ja.file.replace('/ja/', '/en/'), lang: 'en' });
      }
      view.chapters.push({ strategy: view, slug: c.slug, number: c.number, order, text });
    });
  }

  // Measures.
  const measureFileByStrategy = new Map<string, { file: string; data: { measures: MeasureFacts[] } }>();
  for (const mf of raw.measureFiles) {
    const id = mf.file.split('/').slice(-2, -1)[0] ?? '';
    measureFileByStrategy.set(id, mf);
    if (!strategy.has(id)) {
      problems.push({
        file: mf.file,
        field: '(file)',
        message: `there is no strategy.yaml beside this file for a strategy "${id}"`,
        fix: `move measures.yaml into the folder of its strategy (content/strategies/<strategy-id>/)`,
      });
    }
  }

  for (const view of strategies) {
    const mf = measureFileByStrategy.get(view.data.id);
    if (!mf) continue;
    const { file } = mf;
    const dir = file.replace(/\/measures\.yaml$/, '');
    const pillars = new Map(view.data.pillars.map((p) => [p.id, p]));
    checkUnique(mf.data.measures, (m) => m.slug, file, (i) => `measures[${i}].slug`, 'measure slug', problems);

    mf.data.measures.forEach((facts, i) => {
      const at = `measures[${i}] (${facts.slug})`;
      const pillar = pillars.get(facts.pillar);
      if (!pillar) {
        problems.push({
          file,
          field: `${at}.pillar`,
          message: `unknown pillar "${facts.pillar}"`,
          fix: `use one of the pillar IDs in ${view.file}: ${oneOf(pillars.keys())}`,
        });
      }
      const measureBureaus: Bureau[] = [];
      facts.bureaus.forEach((id, j) => {
        const b = bureaus.get(id);
        if (!b) {
          problems.push({
            file,
            field: `${at}.bureaus[${j}]`,
            message: `unknown bureau "${id}"`,
            fix: `use a bureau ID from ${raw.files.bureaus} (e.g. ${oneOf(raw.bureaus.filter((x) => x.city === view.data.municipality).map((x) => x.id), 4)}), or add the bureau there`,
          });
        } else measureBureaus.push(b);
      });

      const marketViews = (list: Market[], role: 'priority' | 'expected'): MarketView[] =>
        list.map((m, j) => {
          const entry = typeof m === 'string' ? { regions: [m], cities: [] } : m;
          const rs: Region[] = [];
          const cs: City[] = [];
          entry.regions.forEach((id, k) => {
            const r = regions.get(id);
            if (!r) {
              problems.push({
                file,
                field: `${at}.markets.${role}[${j}]${typeof m === 'string' ? '' : `.regions[${k}]`}`,
                message: `unknown region "${id}"`,
                fix: `use a region ID from ${raw.files.regions} (e.g. ${oneOf(raw.regions.map((x) => x.id), 6)}), or add the region there`,
              });
            } else rs.push(r);
          });
          entry.cities.forEach((id, k) => {
            const c = cities.get(id);
            if (!c) {
              problems.push({
                file,
                field: `${at}.markets.${role}[${j}].cities[${k}]`,
                message: `unknown city "${id}"`,
                fix: `use a city ID from ${raw.files.cities}, or add the city there`,
              });
            } else cs.push(c);
          });
          return { market: entry, regions: rs, cities: cs };
        });

      const text = measureTexts.get(`${view.data.id}/${facts.slug}`) ?? {};
      usedMeasureTexts.add(`${view.data.id}/${facts.slug}`);
      const measure: MeasureView<E> = {
        strategy: view,
        facts,
        pillar: pillar as MeasureView<E>['pillar'],
        bureaus: measureBureaus,
        markets: facts.markets && {
          priority: marketViews(facts.markets.priority, 'priority'),
          expected: marketViews(facts.markets.expected, 'expected'),
        },
        kpis: [],
        text,
      };
      view.measures.push(measure);

      checkUnique(facts.kpis, (k) => k.id, file, (j) => `${at}.kpis[${j}].id`, 'KPI ID', problems);
      facts.kpis.forEach((k, j) => {
        if (k.unit !== undefined && !units.has(k.unit)) {
          problems.push({
            file,
            field: `${at}.kpis[${j}].unit`,
            message: `unknown unit "${k.unit}"`,
            fix: `use a unit ID from ${raw.files.units} (${oneOf(units.keys(), 8)}), or add the unit there`,
          });
        }
        if (k.repeatOf && (k.baseline !== undefined || k.target !== undefined || k.unit !== undefined)) {
          problems.push({
            file,
            field: `${at}.kpis[${j}]`,
            message: 'a repeated KPI (repeatOf) also gives its own values',
            fix: 'a repeat shows the values of the KPI it repeats: remove unit, baseline and target, or remove repeatOf',
          });
        }
      });

      if (!text.ja) {
        problems.push({
          file,
          field: `${at}.slug`,
          message: `measure "${facts.slug}" has no Japanese file`,
          fix: `create ${dir}/ja/measures/${facts.slug}.mdx with the measure's title and text`,
        });
      } else if (!text.en) {
        missing.push({ source: text.ja.file, expected: text.ja.file.replace('/ja/', '/en/'), lang: 'en' });
      }
      // Every KPI needs its indicator text in each language file that exists; no stray keys.
      for (const t of [text.ja, text.en]) {
        if (!t) continue;
        for (const k of facts.kpis) {
          if (!k.repeatOf && !t.data.kpis[k.id]) {
            problems.push({
              file: t.file,
              field: `kpis.${k.id}.indicator`,
              message: `the KPI "${k.id}" (in ${file}) has no indicator text`,
              fix: `add under kpis:\n      ${k.id}:\n        indicator: <the indicator name in ${t.lang === 'ja' ? 'Japanese, as the source writes it' : 'English'}>`,
            });
          }
        }
        for (const key of Object.keys(t.data.kpis)) {
          const k = facts.kpis.find((x) => x.id === key);
          if (!k || k.repeatOf) {
            problems.push({
              file: t.file,
              field: `kpis.${key}`,
              message: k ? `"${key}" repeats another KPI and takes its text from there` : `unknown KPI "${key}"`,
              fix: k
                ? `remove kpis.${key} from this file`
                : `use one of the KPI IDs of "${facts.slug}" in ${file}: ${oneOf(facts.kpis.filter((x) => !x.repeatOf).map((x) => x.id))}`,
            });
          }
        }
      }
    });
  }

  // KPIs and repeats, once every measure exists.
  for (const view of strategies) {
    const bySlug = new Map(view.measures.map((m) => [m.facts.slug, m]));
    const file = measureFileByStrategy.get(view.data.id)?.file ?? view.file;
    view.measures.forEach((m, i) => {
      m.facts.kpis.forEach((kpi, j) => {
        let origin = { measure: m, kpi };
        if (kpi.repeatOf) {
          const [slug, id] = kpi.repeatOf.split('/') as [string, string];
          const om = bySlug.get(slug);
          const ok = om?.facts.kpis.find((x) => x.id === id);
          if (!om || !ok || ok.repeatOf) {
            problems.push({
              file,
              field: `measures[${i}] (${m.facts.slug}).kpis[${j}].repeatOf`,
              message: `"${kpi.repeatOf}" is not a KPI of this strategy${ok?.repeatOf ? ' (it is itself a repeat)' : ''}`,
              fix: `write "<measure slug>/<kpi id>" of the original KPI, e.g. ${view.measures[0]?.facts.slug ?? 'measure'}/${view.measures[0]?.facts.kpis[0]?.id ?? 'kpi'}`,
            });
          } else origin = { measure: om, kpi: ok };
        }
        m.kpis.push({ measure: m, kpi, origin });
      });
    });
  }

  // Text files that no strategy.yaml or measures.yaml lists, and English files without Japanese.
  for (const t of raw.chapterTexts) {
    const key = `${t.strategy}/${t.slug}`;
    if (!usedChapterTexts.has(key)) {
      problems.push({
        file: t.file,
        field: '(file)',
        message: strategy.has(t.strategy)
          ? `no chapter "${t.slug}" is listed in content/strategies/${t.strategy}/strategy.yaml`
          : `there is no strategy "${t.strategy}"`,
        fix: `add { slug: ${t.slug} } to the chapters of the strategy, or rename the file to a listed chapter slug`,
      });
    } else if (t.lang === 'en' && !chapterTexts.get(key)?.ja) {
      problems.push({
        file: t.file,
        field: '(file)',
        message: 'this English file has no Japanese original at the same path',
        fix: `create ${t.file.replace('/en/', '/ja/')} or remove this file`,
      });
    }
  }
  for (const t of raw.measureTexts) {
    const key = `${t.strategy}/${t.slug}`;
    if (!usedMeasureTexts.has(key)) {
      problems.push({
        file: t.file,
        field: '(file)',
        message: `no measure "${t.slug}" is listed in content/strategies/${t.strategy}/measures.yaml`,
        fix: `add the measure's facts (slug: ${t.slug}) to measures.yaml, or rename the file to a listed measure slug`,
      });
    }
  }

  if (problems.length > 0) throw new ContentError(problems);

  // Cross-indexes.
  const measuresByRegion = new Map<string, MarketLink<E>[]>();
  const measuresByCity = new Map<string, MarketLink<E>[]>();
  for (const view of strategies) {
    for (const m of view.measures) {
      for (const role of ['priority', 'expected'] as const) {
        const seenRegions = new Set<string>();
        const seenCities = new Set<string>();
        for (const mv of m.markets?.[role] ?? []) {
          for (const r of mv.regions) {
            // A country market also appears on its world region's page.
            for (const id of [r.id, r.parent, ...(r.includes ?? [])]) {
              if (id && !seenRegions.has(id)) {
                seenRegions.add(id);
                push(measuresByRegion, id, { measure: m, role });
              }
            }
          }
          for (const c of mv.cities) {
            if (!seenCities.has(c.id)) {
              seenCities.add(c.id);
              push(measuresByCity, c.id, { measure: m, role });
            }
          }
        }
      }
    }
  }

  const profilesByRegion = new Map<string, { strategy: StrategyView<E>; profile: CountryProfile }[]>();
  for (const view of strategies) {
    for (const profile of view.data.countryProfiles) push(profilesByRegion, profile.country, { strategy: view, profile });
  }

  const countriesByRegion = new Map<string, Region[]>();
  for (const r of raw.regions) {
    if (r.parent) push(countriesByRegion, r.parent, r);
  }
  for (const r of raw.regions) {
    if (r.kind === 'group') {
      for (const member of r.includes ?? []) for (const c of countriesByRegion.get(member) ?? []) push(countriesByRegion, r.id, c);
    }
  }

  const citiesByRegion = new Map<string, City[]>();
  const partnersOf = new Map<string, { city: City; relationship: Relationship }[]>();
  for (const c of raw.cities) {
    push(citiesByRegion, c.country, c);
    const parent = regions.get(c.country)?.parent;
    if (parent) push(citiesByRegion, parent, c);
    for (const rel of c.relationships) push(partnersOf, rel.with, { city: c, relationship: rel });
  }

  return {
    strategies,
    strategy,
    cities,
    regions,
    bureaus,
    units,
    measuresByRegion,
    measuresByCity,
    profilesByRegion,
    citiesByRegion,
    countriesByRegion,
    partnersOf,
    missing,
  };
}
