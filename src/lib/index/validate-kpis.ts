/**
 * The KPIs of one measure in measures.yaml: unique IDs, known bureaus and units, years with an era,
 * and a repeated KPI (【再】) that names an original KPI of the same strategy and no values of its own.
 */
import type { MeasureFacts } from '../../schemas/measure';
import type { ContentProblem } from '../content-errors';
import { parsePeriod } from '../era';
import { duplicateIds, oneOf } from './problems';
import { bureauProblems, type MeasureScope } from './measure-scope';

/** `at` names the measure, e.g. `measures[2] (mice)`. */
export function kpiProblems<E>(facts: MeasureFacts, at: string, scope: MeasureScope<E>): ContentProblem[] {
  const { file, look } = scope;
  const problems = duplicateIds(
    facts.kpis,
    (k) => k.id,
    file,
    (j) => `${at}.kpis[${j}].id`,
    'KPI ID',
  );
  facts.kpis.forEach((k, j) => {
    const field = `${at}.kpis[${j}]`;
    problems.push(...bureauProblems(k.bureaus, `${field}.bureaus`, scope));
    if (k.unit !== undefined && !look.units.has(k.unit)) {
      problems.push({
        file,
        field: `${field}.unit`,
        message: `unknown unit "${k.unit}"`,
        fix: `use a unit ID from ${look.files.units} (${oneOf(look.units.keys(), 8)}), or add the unit there`,
        cause: look.broken.file(look.files.units),
      });
    }
    for (const role of ['baseline', 'target'] as const) {
      problems.push(...periodProblems(k[role]?.period, `${field}.${role}.period`, scope));
      problems.push(...periodProblems(k[role]?.pagePeriod, `${field}.${role}.pagePeriod`, scope));
    }
    if (k.repeatOf && (k.baseline !== undefined || k.target !== undefined || k.unit !== undefined)) {
      problems.push({
        file,
        field,
        message: 'a repeated KPI (repeatOf) also gives its own values',
        fix: 'a repeat shows the values of the KPI it repeats: remove unit, baseline and target, or remove repeatOf',
      });
    }
    if (k.repeatOf) problems.push(...repeatOfProblems(k.repeatOf, `${field}.repeatOf`, scope));
  });
  return problems;
}

/** A year such as 25年度 is read with the strategy's implicit era; without one it needs its own. */
function periodProblems<E>(written: string | undefined, field: string, { file, strategy }: MeasureScope<E>): ContentProblem[] {
  if (written === undefined || strategy.data.implicitEra || parsePeriod(written) !== null) return [];
  return [
    {
      file,
      field,
      message: `"${written}" has no era and the strategy names none`,
      fix: `add implicitEra: H (or R, S) to ${strategy.file}, or write the era (e.g. H${written})`,
    },
  ];
}

/** `repeatOf` is `<measure slug>/<kpi id>` of an original (not itself repeated) KPI. */
function repeatOfProblems<E>(repeatOf: string, field: string, { file, measures }: MeasureScope<E>): ContentProblem[] {
  const [slug, id] = repeatOf.split('/') as [string, string];
  // The last measure of that slug, as the cross-index has it (a duplicate slug is reported apart).
  const origin = measures.findLast((m) => m.slug === slug)?.kpis.find((x) => x.id === id);
  if (origin && !origin.repeatOf) return [];
  return [
    {
      file,
      field,
      message: `"${repeatOf}" is not a KPI of this strategy${origin?.repeatOf ? ' (it is itself a repeat)' : ''}`,
      fix: `write "<measure slug>/<kpi id>" of the original KPI, e.g. ${measures[0]?.slug ?? 'measure'}/${measures[0]?.kpis[0]?.id ?? 'kpi'}`,
    },
  ];
}
