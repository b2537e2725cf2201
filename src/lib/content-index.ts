/**
 * Cross-indexes every collection once: strategies ↔ chapters ↔ measures ↔ KPIs ↔ cities ↔ regions ↔
 * bureaus. Pure: it takes plain data (with each entry's file path) and returns the index, or throws a
 * ContentError listing every broken reference, duplicate ID or missing Japanese file. Route files only
 * look things up in the result.
 */
import type { Lang } from '../schemas/shared';
import type { Bureau } from '../schemas/bureau';
import type { City, Relationship } from '../schemas/city';
import type { CountryProfile } from '../schemas/strategy';
import type { MeasureFacts, Market } from '../schemas/measure';
import type { Region } from '../schemas/region';
import { parsePeriod } from './era';
import { ContentError, type ContentProblem } from './content-errors';
import { RESERVED_CHAPTER_SLUGS } from './routes';
import { findMentions, type Mention } from './mentions';
import {
  isRepeat,
  type MarketLink,
  type MarketView,
  type MeasureView,
  type MissingTranslation,
  type Pillar,
  type RawContent,
  type SiteIndex,
  type StrategyView,
  type TextFile,
} from './index/types';

export type * from './index/types';
export { isRepeat } from './index/types';

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

  checkUnique(
    raw.cities,
    (c) => c.id,
    raw.files.cities,
    (i) => `[${i}].id`,
    'city ID',
    problems,
  );
  checkUnique(
    raw.regions,
    (r) => r.id,
    raw.files.regions,
    (i) => `[${i}].id`,
    'region ID',
    problems,
  );
  checkUnique(
    raw.bureaus,
    (b) => b.id,
    raw.files.bureaus,
    (i) => `[${i}].id`,
    'bureau ID',
    problems,
  );
  checkUnique(
    raw.units,
    (u) => u.id,
    raw.files.units,
    (i) => `[${i}].id`,
    'unit ID',
    problems,
  );
  checkUnique(
    raw.networks,
    (n) => n.id,
    raw.files.networks,
    (i) => `[${i}].id`,
    'network ID',
    problems,
  );
  checkUnique(
    raw.strategies,
    (s) => s.data.id,
    'content/strategies',
    (i) => `${raw.strategies[i]!.file} › id`,
    'strategy ID',
    problems,
  );

  const cities = new Map(raw.cities.map((c) => [c.id, c]));
  const regions = new Map(raw.regions.map((r) => [r.id, r]));
  const bureaus = new Map(raw.bureaus.map((b) => [b.id, b]));
  const units = new Map(raw.units.map((u) => [u.id, u]));
  const networks = new Map(raw.networks.map((n) => [n.id, n]));
  const themes = new Map(raw.themes.map((t) => [t.id, t]));
  checkUnique(
    raw.themes,
    (t) => t.id,
    raw.files.themes,
    (i) => `[${i}].id`,
    'theme ID',
    problems,
  );
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
        fix: `use the ID of a country or territory, e.g. ${oneOf(
          raw.regions.filter((r) => r.kind === 'country').map((r) => r.id),
          6,
        )}, or add it to ${raw.files.regions}`,
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
      if (rel.type === 'network-member' && !rel.network) {
        problems.push({
          file: raw.files.cities,
          field: `[${i}] (${c.id}).relationships[${j}].network`,
          message: 'a network-member tie names no network',
          fix: `add network: <ID from ${raw.files.networks}>`,
        });
      }
      if (rel.network !== undefined && !networks.has(rel.network)) {
        problems.push({
          file: raw.files.cities,
          field: `[${i}] (${c.id}).relationships[${j}].network`,
          message: `unknown network "${rel.network}"`,
          fix: `use a network ID from ${raw.files.networks} (${oneOf(networks.keys(), 8)}), or add the network there`,
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
      const other = entry[t.lang];
      if (other) {
        problems.push({
          file: t.file,
          field: '(file)',
          message: `a second file for the same text (${other.file} is the first)`,
          fix: 'keep one of the two files',
        });
        continue;
      }
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
      listings: new Map(),
      subPillars: new Map(),
    };
    strategies.push(view);
    strategy.set(data.id, view);

    checkUnique(
      data.chapters,
      (c) => c.slug,
      file,
      (i) => `chapters[${i}].slug`,
      'chapter slug',
      problems,
    );
    checkUnique(
      data.pillars,
      (p) => p.id,
      file,
      (i) => `pillars[${i}].id`,
      'pillar ID',
      problems,
    );
    const groupIds = new Set(data.pillarGroups.map((g) => g.id));
    const pillarIds = new Set(data.pillars.map((p) => p.id));
    data.pillars.forEach((p, i) => {
      if (p.parent !== undefined) {
        if (!pillarIds.has(p.parent) || p.parent === p.id) {
          problems.push({
            file,
            field: `pillars[${i}].parent`,
            message: `unknown parent pillar "${p.parent}"`,
            fix: `use the ID of another pillar of this strategy: ${oneOf(pillarIds)}`,
          });
        } else push(view.subPillars, p.parent, p);
      }
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
      view.chapters.push({ strategy: view, slug: c.slug, number: c.number, kind: c.kind, order, text });
    });
  }

  // Measures.
  const measureFileByStrategy = new Map<string, RawContent<E>['measureFiles'][number]>();
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
    const entries = mf.data.measures.map((entry, i) => ({ entry, i }));
    const factsEntries = entries.filter((e): e is { entry: MeasureFacts; i: number } => !isRepeat(e.entry));
    checkUnique(
      factsEntries,
      (e) => e.entry.slug,
      file,
      (k) => `measures[${factsEntries[k]!.i}].slug`,
      'measure slug',
      problems,
    );
    const implicitEra = view.data.implicitEra;
    const checkPeriod = (written: string | undefined, field: string) => {
      if (written !== undefined && !implicitEra && parsePeriod(written) === null) {
        problems.push({
          file,
          field,
          message: `"${written}" has no era and the strategy names none`,
          fix: `add implicitEra: H (or R, S) to ${view.file}, or write the era (e.g. H${written})`,
        });
      }
    };
    const bureauList = (ids: string[], field: string): Bureau[] =>
      ids.flatMap((id, j) => {
        const b = bureaus.get(id);
        if (b) return [b];
        problems.push({
          file,
          field: `${field}[${j}]`,
          message: `unknown bureau "${id}"`,
          fix: `use a bureau ID from ${raw.files.bureaus} (e.g. ${oneOf(
            raw.bureaus.filter((x) => x.city === view.data.municipality).map((x) => x.id),
            4,
          )}), or add the bureau there`,
        });
        return [];
      });

    factsEntries.forEach(({ entry: facts, i }) => {
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
      const measureBureaus = bureauList(facts.bureaus, `${at}.bureaus`);
      facts.themes.forEach((id, j) => {
        if (!themes.has(id)) {
          problems.push({
            file,
            field: `${at}.themes[${j}]`,
            message: `unknown theme "${id}"`,
            fix: `use a theme ID from ${raw.files.themes}: ${oneOf(themes.keys(), 13)}`,
          });
        }
      });
      const relatedBureaus = bureauList(facts.relatedBureaus, `${at}.relatedBureaus`);
      if (facts.budget && !units.has(facts.budget.unit)) {
        problems.push({
          file,
          field: `${at}.budget.unit`,
          message: `unknown unit "${facts.budget.unit}"`,
          fix: `use a unit ID from ${raw.files.units} (e.g. oku-yen), or add the unit there`,
        });
      }

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
                fix: `use a region ID from ${raw.files.regions} (e.g. ${oneOf(
                  raw.regions.map((x) => x.id),
                  6,
                )}), or add the region there`,
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
        fileIndex: i,
        facts,
        pillar: pillar as Pillar,
        bureaus: measureBureaus,
        relatedBureaus,
        repeats: [],
        markets: facts.markets && {
          priority: marketViews(facts.markets.priority, 'priority'),
          expected: marketViews(facts.markets.expected, 'expected'),
        },
        kpis: [],
        text,
      };
      view.measures.push(measure);

      checkUnique(
        facts.kpis,
        (k) => k.id,
        file,
        (j) => `${at}.kpis[${j}].id`,
        'KPI ID',
        problems,
      );
      facts.kpis.forEach((k, j) => {
        bureauList(k.bureaus, `${at}.kpis[${j}].bureaus`);
        if (k.unit !== undefined && !units.has(k.unit)) {
          problems.push({
            file,
            field: `${at}.kpis[${j}].unit`,
            message: `unknown unit "${k.unit}"`,
            fix: `use a unit ID from ${raw.files.units} (${oneOf(units.keys(), 8)}), or add the unit there`,
          });
        }
        for (const role of ['baseline', 'target'] as const) {
          const v = k[role];
          checkPeriod(v?.period, `${at}.kpis[${j}].${role}.period`);
          checkPeriod(v?.pagePeriod, `${at}.kpis[${j}].${role}.pagePeriod`);
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
          for (const role of ['baseline', 'target'] as const) {
            const key = role === 'baseline' ? 'baselineText' : 'targetText';
            if (k[role]?.text && t.data.kpis[k.id] && !t.data.kpis[k.id]![key]) {
              problems.push({
                file: t.file,
                field: `kpis.${k.id}.${key}`,
                message: `the ${role} of "${k.id}" is words (text: true in ${file}), but no ${key} is given`,
                fix: `add ${key}: <the ${role} as the source words it${t.lang === 'en' ? ', in English' : ''}>`,
              });
            }
          }
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

  // Repeat listings (再掲), in the source's order among the measures.
  for (const view of strategies) {
    const mf = measureFileByStrategy.get(view.data.id);
    if (!mf) continue;
    const bySlug = new Map(view.measures.map((m) => [m.facts.slug, m]));
    const pillars = new Map(view.data.pillars.map((p) => [p.id, p]));
    // Rebuild the listings in file order so repeats sit at their rows.
    view.listings = new Map();
    mf.data.measures.forEach((entry, i) => {
      if (!isRepeat(entry)) {
        const m = bySlug.get(entry.slug);
        // Indicator tables are placed by <Indicators />, not listed among the measures.
        if (m?.pillar && m.facts.kind === 'measure') push(view.listings, m.pillar.id, { measure: m });
        return;
      }
      const at = `measures[${i}] (repeat of ${entry.repeatOf})`;
      const m = bySlug.get(entry.repeatOf);
      const pillar = pillars.get(entry.pillar);
      if (!m) {
        problems.push({
          file: mf.file,
          field: `${at}.repeatOf`,
          message: `unknown measure "${entry.repeatOf}"`,
          fix: `use the slug of a measure in this file: ${oneOf(bySlug.keys(), 6)}`,
        });
      }
      if (!pillar) {
        problems.push({
          file: mf.file,
          field: `${at}.pillar`,
          message: `unknown pillar "${entry.pillar}"`,
          fix: `use one of the pillar IDs in ${view.file}: ${oneOf(pillars.keys())}`,
        });
      }
      (entry.bureaus ?? []).forEach((id, j) => {
        if (!bureaus.has(id)) {
          problems.push({
            file: mf.file,
            field: `${at}.bureaus[${j}]`,
            message: `unknown bureau "${id}"`,
            fix: `use a bureau ID from ${raw.files.bureaus}`,
          });
        }
      });
      if (m && pillar) {
        push(view.listings, pillar.id, { measure: m, repeat: entry });
        m.repeats.push({ pillar, listing: entry });
      }
    });
  }

  // KPIs and repeats, once every measure exists.
  for (const view of strategies) {
    const bySlug = new Map(view.measures.map((m) => [m.facts.slug, m]));
    const file = measureFileByStrategy.get(view.data.id)?.file ?? view.file;
    view.measures.forEach((m) => {
      const i = m.fileIndex;
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

  for (const t of [...raw.chapterTexts, ...raw.measureTexts]) {
    const data = t.data as { translatedFrom?: string; glossaryExceptions?: unknown };
    if (t.lang === 'ja' && (data.translatedFrom || data.glossaryExceptions)) {
      problems.push({
        file: t.file,
        field: data.translatedFrom ? 'translatedFrom' : 'glossaryExceptions',
        message: 'this field belongs in the English file, not the Japanese one',
        fix: 'remove it from the Japanese file',
      });
    }
  }

  // Partner lists: a relationship's list is one of its source strategy's partnerLists.
  raw.cities.forEach((c, i) => {
    c.relationships.forEach((rel, j) => {
      if (rel.list === undefined) return;
      const lists = strategy.get(rel.source)?.data.partnerLists ?? [];
      if (!lists.some((l) => l.id === rel.list)) {
        problems.push({
          file: raw.files.cities,
          field: `[${i}] (${c.id}).relationships[${j}].list`,
          message: `the strategy "${rel.source}" has no partner list "${rel.list}"`,
          fix: `add { id: ${rel.list}, name: …, since: … } to partnerLists in content/strategies/${rel.source}/strategy.yaml, or use one of: ${oneOf(lists.map((l) => l.id)) || 'none defined'}`,
        });
      }
    });
  });

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

  const measuresByTheme = new Map<string, MeasureView<E>[]>();
  const measuresByBureau = new Map<string, MeasureView<E>[]>();
  for (const view of strategies) {
    for (const m of view.measures) {
      for (const t of m.facts.themes) push(measuresByTheme, t, m);
      for (const b of new Set([...m.facts.bureaus, ...m.facts.relatedBureaus])) {
        // 等, ほか関係各局 and the like are words of a list, not bureaus with a page.
        if (!bureaus.get(b)?.suffix) push(measuresByBureau, b, m);
      }
    }
  }

  const membersOf = new Map<string, { city: City; relationship: Relationship }[]>();
  for (const c of raw.cities)
    for (const rel of c.relationships) if (rel.network) push(membersOf, rel.network, { city: c, relationship: rel });

  const citiesByRegion = new Map<string, City[]>();
  const partnersOf = new Map<string, { city: City; relationship: Relationship }[]>();
  for (const c of raw.cities) {
    push(citiesByRegion, c.country, c);
    const parent = regions.get(c.country)?.parent;
    if (parent) push(citiesByRegion, parent, c);
    for (const rel of c.relationships) if (rel.type !== 'network-member') push(partnersOf, rel.with, { city: c, relationship: rel });
  }

  const mentionsOf = new Map<string, Mention[]>();
  const allCities = [...cities.values()];
  for (const view of strategies) {
    const others = allCities.filter((c) => c.id !== view.municipality.id);
    for (const c of view.chapters) {
      const ja = c.text.ja;
      if (!ja) continue;
      for (const [key, mention] of findMentions(view.data.id, c.slug, ja.body, others)) push(mentionsOf, key.split('#')[0]!, mention);
    }
  }

  return {
    strategies,
    strategy,
    mentionsOf,
    cities,
    regions,
    bureaus,
    units,
    networks,
    themes,
    measuresByTheme,
    measuresByBureau,
    membersOf,
    measuresByRegion,
    measuresByCity,
    profilesByRegion,
    citiesByRegion,
    countriesByRegion,
    partnersOf,
    missing,
  };
}
