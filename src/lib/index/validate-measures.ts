/**
 * Each measures.yaml: it sits beside a strategy.yaml; measure slugs and KPI IDs are unique; every
 * pillar, bureau, theme, unit, market, repeat (再掲) and repeated KPI it names exists; years carry an
 * era; each measure has a Japanese file. The texts' side (KPI names) is checked in validate-texts.ts.
 */
import type { MeasureFacts, RepeatListing } from '../../schemas/measure';
import type { ContentProblem } from '../content-errors';
import { isRepeat } from './types';
import { folderOf, type Lookups, type MeasureFile, type StrategyFile } from './lookups';
import { duplicateIds, oneOf } from './problems';
import { kpiProblems } from './validate-kpis';
import { bureauProblems, type MeasureScope } from './measure-scope';

export function validateMeasureFacts<E>(measureFiles: MeasureFile<E>[], look: Lookups<E>): ContentProblem[] {
  return measureFiles.flatMap((mf) => {
    const folder = folderOf(mf.file);
    const strategy = look.strategyFolders.get(folder);
    if (strategy) return measureFileProblems(mf, strategy, look);
    // Without its strategy the measures have no pillars to check against: only this is reported.
    return [
      {
        file: mf.file,
        field: '(file)',
        message: `there is no strategy.yaml beside this file for a strategy "${folder}"`,
        fix: `move measures.yaml into the folder of its strategy (content/strategies/<strategy-id>/)`,
        cause: look.broken.strategy(folder),
      },
    ];
  });
}

function measureFileProblems<E>(mf: MeasureFile<E>, strategy: StrategyFile<E>, look: Lookups<E>): ContentProblem[] {
  const entries = mf.data.measures.map((entry, i) => ({ entry, i }));
  const measures = entries.filter((e): e is { entry: MeasureFacts; i: number } => !isRepeat(e.entry));
  const scope: MeasureScope<E> = { file: mf.file, strategy, measures: measures.map((e) => e.entry), look };
  const problems = duplicateIds(
    measures,
    (e) => e.entry.slug,
    scope.file,
    (k) => `measures[${measures[k]!.i}].slug`,
    'measure slug',
  );
  for (const { entry, i } of measures) {
    const at = `measures[${i}] (${entry.slug})`;
    problems.push(...factsProblems(entry, at, scope), ...kpiProblems(entry, at, scope), ...japaneseFileProblems(entry, at, scope));
  }
  const slugs = new Set(measures.map((e) => e.entry.slug));
  for (const { entry, i } of entries) {
    if (isRepeat(entry)) problems.push(...repeatProblems(entry, `measures[${i}] (repeat of ${entry.repeatOf})`, slugs, scope));
  }
  return problems;
}

function pillarIds<E>(scope: MeasureScope<E>): Set<string> {
  return new Set(scope.strategy.data.pillars.map((p) => p.id));
}

/** The measure's own references: pillar, bureaus, themes, budget unit and markets. */
function factsProblems<E>(facts: MeasureFacts, at: string, scope: MeasureScope<E>): ContentProblem[] {
  const { file, look } = scope;
  const problems: ContentProblem[] = [];
  const pillars = pillarIds(scope);
  if (!pillars.has(facts.pillar)) {
    problems.push({
      file,
      field: `${at}.pillar`,
      message: `unknown pillar "${facts.pillar}"`,
      fix: `use one of the pillar IDs in ${scope.strategy.file}: ${oneOf(pillars)}`,
    });
  }
  problems.push(...bureauProblems(facts.bureaus, `${at}.bureaus`, scope));
  facts.themes.forEach((id, j) => {
    if (!look.themes.has(id)) {
      problems.push({
        file,
        field: `${at}.themes[${j}]`,
        message: `unknown theme "${id}"`,
        fix: `use a theme ID from ${look.files.themes}: ${oneOf(look.themes.keys(), 13)}`,
        cause: look.broken.file(look.files.themes),
      });
    }
  });
  problems.push(...bureauProblems(facts.relatedBureaus, `${at}.relatedBureaus`, scope));
  if (facts.budget && !look.units.has(facts.budget.unit)) {
    problems.push({
      file,
      field: `${at}.budget.unit`,
      message: `unknown unit "${facts.budget.unit}"`,
      fix: `use a unit ID from ${look.files.units} (e.g. oku-yen), or add the unit there`,
      cause: look.broken.file(look.files.units),
    });
  }
  return [...problems, ...marketProblems(facts, at, scope)];
}

/** The regions and cities named as priority or prospective markets. */
function marketProblems<E>(facts: MeasureFacts, at: string, { file, look }: MeasureScope<E>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const role of ['priority', 'expected'] as const) {
    (facts.markets?.[role] ?? []).forEach((m, j) => {
      const entry = typeof m === 'string' ? { regions: [m], cities: [] } : m;
      entry.regions.forEach((id, k) => {
        if (look.regions.has(id)) return;
        problems.push({
          file,
          field: `${at}.markets.${role}[${j}]${typeof m === 'string' ? '' : `.regions[${k}]`}`,
          message: `unknown region "${id}"`,
          fix: `use a region ID from ${look.files.regions} (e.g. ${oneOf(look.regions.keys(), 6)}), or add the region there`,
          cause: look.broken.file(look.files.regions),
        });
      });
      entry.cities.forEach((id, k) => {
        if (look.cities.has(id)) return;
        problems.push({
          file,
          field: `${at}.markets.${role}[${j}].cities[${k}]`,
          message: `unknown city "${id}"`,
          fix: `use a city ID from ${look.files.cities}, or add the city there`,
          cause: look.broken.file(look.files.cities),
        });
      });
    });
  }
  return problems;
}

function japaneseFileProblems<E>(facts: MeasureFacts, at: string, { file, look }: MeasureScope<E>): ContentProblem[] {
  const folder = folderOf(file);
  if (look.measureTexts.get(`${folder}/${facts.slug}`)?.ja) return [];
  const dir = file.replace(/\/measures\.yaml$/, '');
  return [
    {
      file,
      field: `${at}.slug`,
      message: `measure "${facts.slug}" has no Japanese file`,
      fix: `create ${dir}/ja/measures/${facts.slug}.mdx with the measure's title and text`,
      // A Japanese file that exists but cannot be read is reported as such, not as missing.
      cause: look.broken.text(folder, 'ja', 'measure', facts.slug),
    },
  ];
}

/** A repeat listing (再掲): the measure it repeats, the pillar it is listed under, its bureaus. */
function repeatProblems<E>(entry: RepeatListing, at: string, slugs: Set<string>, scope: MeasureScope<E>): ContentProblem[] {
  const { file, look } = scope;
  const problems: ContentProblem[] = [];
  if (!slugs.has(entry.repeatOf)) {
    problems.push({
      file,
      field: `${at}.repeatOf`,
      message: `unknown measure "${entry.repeatOf}"`,
      fix: `use the slug of a measure in this file: ${oneOf(slugs, 6)}`,
    });
  }
  const pillars = pillarIds(scope);
  if (!pillars.has(entry.pillar)) {
    problems.push({
      file,
      field: `${at}.pillar`,
      message: `unknown pillar "${entry.pillar}"`,
      fix: `use one of the pillar IDs in ${scope.strategy.file}: ${oneOf(pillars)}`,
    });
  }
  (entry.bureaus ?? []).forEach((id, j) => {
    if (!look.bureaus.has(id)) {
      problems.push({
        file,
        field: `${at}.bureaus[${j}]`,
        message: `unknown bureau "${id}"`,
        fix: `use a bureau ID from ${look.files.bureaus}`,
        cause: look.broken.file(look.files.bureaus),
      });
    }
  });
  return problems;
}
