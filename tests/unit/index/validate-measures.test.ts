import { describe, expect, it } from 'vitest';
import { validateMeasureFacts } from '../../../src/lib/index/validate-measures';
import type { MeasureFacts } from '../../../src/schemas/measure';
import { lookupsOf, MEASURES_FILE, sample } from './sample';

type Raw = ReturnType<typeof sample>;
const check = (raw = sample(), broken?: string[]) => validateMeasureFacts(raw.measureFiles, lookupsOf(raw, broken));
const measures = (raw: Raw) => raw.measureFiles[0]!.data.measures as MeasureFacts[];
const tourism = (raw: Raw) => measures(raw)[0]!;
const bureau = { id: 'sample-tourism', city: 'sample', name: { ja: '観光課', en: 'Tourism Division' }, suffix: false };

describe('validateMeasureFacts', () => {
  it('finds nothing wrong in valid measures', () => {
    expect(check()).toEqual([]);
  });

  it('reports a measures.yaml without its strategy.yaml, and nothing about its measures', () => {
    const raw = sample();
    raw.strategies = [];
    tourism(raw).pillar = 'nowhere';
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: '(file)',
        message: 'there is no strategy.yaml beside this file for a strategy "sample-2020"',
        fix: 'move measures.yaml into the folder of its strategy (content/strategies/<strategy-id>/)',
      },
    ]);
    // A strategy.yaml that exists but failed to parse is the problem to show, not this one.
    expect(check(raw, ['content/strategies/sample-2020/strategy.yaml'])[0]!.cause).toBe('content/strategies/sample-2020/strategy.yaml');
  });

  it('reports a duplicate measure slug', () => {
    const raw = sample();
    measures(raw)[1]!.slug = 'tourism';
    expect(check(raw)).toContainEqual({
      file: MEASURES_FILE,
      field: 'measures[1].slug',
      message: 'duplicate measure slug "tourism" (already used by measures[0].slug)',
      fix: 'give each measure slug a unique ID: rename one of them, or merge the two entries',
    });
  });

  it('reports an unknown pillar, listing the strategy’s pillars', () => {
    const raw = sample();
    tourism(raw).pillar = 'vistors';
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).pillar',
        message: 'unknown pillar "vistors"',
        fix: 'use one of the pillar IDs in content/strategies/sample-2020/strategy.yaml: visitors',
      },
    ]);
  });

  it('reports unknown bureaus, suggesting the municipality’s own', () => {
    const raw = sample();
    raw.bureaus = [bureau];
    tourism(raw).bureaus = ['sample-tourism', 'sample-turism'];
    tourism(raw).relatedBureaus = ['sample-culture'];
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).bureaus[1]',
        message: 'unknown bureau "sample-turism"',
        fix: 'use a bureau ID from content/bureaus.yaml (e.g. sample-tourism), or add the bureau there',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).relatedBureaus[0]',
        message: 'unknown bureau "sample-culture"',
        fix: 'use a bureau ID from content/bureaus.yaml (e.g. sample-tourism), or add the bureau there',
      },
    ]);
  });

  it('reports an unknown theme and an unknown budget unit', () => {
    const raw = sample();
    tourism(raw).themes = ['tourisme'];
    tourism(raw).budget = { value: 0.4, unit: 'oku-yen' };
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).themes[0]',
        message: 'unknown theme "tourisme"',
        fix: 'use a theme ID from content/themes.yaml: tourism',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).budget.unit',
        message: 'unknown unit "oku-yen"',
        fix: 'use a unit ID from content/units.yaml (e.g. oku-yen), or add the unit there',
      },
    ]);
  });

  it('reports unknown regions and cities among the markets, written short or in full', () => {
    const raw = sample();
    tourism(raw).markets = { priority: ['atlantis'], expected: [{ regions: ['taiwan', 'lemuria'], cities: ['taipie'] }] };
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).markets.priority[0]',
        message: 'unknown region "atlantis"',
        fix: 'use a region ID from content/regions.yaml (e.g. east-asia, japan, taiwan), or add the region there',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).markets.expected[0].regions[1]',
        message: 'unknown region "lemuria"',
        fix: 'use a region ID from content/regions.yaml (e.g. east-asia, japan, taiwan), or add the region there',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).markets.expected[0].cities[0]',
        message: 'unknown city "taipie"',
        fix: 'use a city ID from content/cities.yaml, or add the city there',
      },
    ]);
  });

  it('reports a measure without its Japanese file, unless that file exists but failed to parse', () => {
    const raw = sample();
    raw.measureTexts = raw.measureTexts.filter((t) => !(t.lang === 'ja' && t.slug === 'reception'));
    const expected = {
      file: MEASURES_FILE,
      field: 'measures[1] (reception).slug',
      message: 'measure "reception" has no Japanese file',
      fix: "create content/strategies/sample-2020/ja/measures/reception.mdx with the measure's title and text",
    };
    expect(check(raw)).toEqual([expected]);
    const broken = 'content/strategies/sample-2020/ja/measures/reception.mdx';
    expect(check(raw, [broken])).toEqual([{ ...expected, cause: broken }]);
  });

  it('reports a repeat listing (再掲) of an unknown measure, under an unknown pillar, with an unknown bureau', () => {
    const raw = sample();
    raw.measureFiles[0]!.data.measures.push({ repeatOf: 'tourisme', pillar: 'business', bureaus: ['sample-nothing'] });
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[2] (repeat of tourisme).repeatOf',
        message: 'unknown measure "tourisme"',
        fix: 'use the slug of a measure in this file: tourism, reception',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[2] (repeat of tourisme).pillar',
        message: 'unknown pillar "business"',
        fix: 'use one of the pillar IDs in content/strategies/sample-2020/strategy.yaml: visitors',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[2] (repeat of tourisme).bureaus[0]',
        message: 'unknown bureau "sample-nothing"',
        fix: 'use a bureau ID from content/bureaus.yaml',
      },
    ]);
  });
});

describe('the KPIs of a measure', () => {
  it('reports a duplicate KPI ID, an unknown unit and an unknown bureau', () => {
    const raw = sample();
    const [kpi] = tourism(raw).kpis;
    tourism(raw).kpis.push({ ...kpi!, unit: 'furlongs', bureaus: ['sample-nothing'] });
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).kpis[1].id',
        message: 'duplicate KPI ID "visitors" (already used by measures[0] (tourism).kpis[0].id)',
        fix: 'give each KPI ID a unique ID: rename one of them, or merge the two entries',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).kpis[1].bureaus[0]',
        message: 'unknown bureau "sample-nothing"',
        fix: 'use a bureau ID from content/bureaus.yaml (e.g. ), or add the bureau there',
      },
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).kpis[1].unit',
        message: 'unknown unit "furlongs"',
        fix: 'use a unit ID from content/units.yaml (people), or add the unit there',
      },
    ]);
  });

  it('reports a year without an era unless the strategy names an implicit era', () => {
    const raw = sample();
    tourism(raw).kpis[0]!.target = { value: 2, pagePeriod: '31年度', cumulative: false, atLeast: false };
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[0] (tourism).kpis[0].target.pagePeriod',
        message: '"31年度" has no era and the strategy names none',
        fix: 'add implicitEra: H (or R, S) to content/strategies/sample-2020/strategy.yaml, or write the era (e.g. H31年度)',
      },
    ]);
    raw.strategies[0]!.data.implicitEra = 'H';
    expect(check(raw)).toEqual([]);
  });

  it('reports a repeated KPI that gives values of its own', () => {
    const raw = sample();
    measures(raw)[1]!.kpis[0]!.unit = 'people';
    expect(check(raw)).toEqual([
      {
        file: MEASURES_FILE,
        field: 'measures[1] (reception).kpis[0]',
        message: 'a repeated KPI (repeatOf) also gives its own values',
        fix: 'a repeat shows the values of the KPI it repeats: remove unit, baseline and target, or remove repeatOf',
      },
    ]);
  });

  it('reports a repeated KPI whose original does not exist or is itself a repeat', () => {
    const raw = sample();
    measures(raw)[1]!.kpis[0]!.repeatOf = 'tourism/vistors';
    const problem = {
      file: MEASURES_FILE,
      field: 'measures[1] (reception).kpis[0].repeatOf',
      message: '"tourism/vistors" is not a KPI of this strategy',
      fix: 'write "<measure slug>/<kpi id>" of the original KPI, e.g. tourism/visitors',
    };
    expect(check(raw)).toEqual([problem]);
    measures(raw)[1]!.kpis[0]!.repeatOf = 'reception/visitors-repeat';
    expect(check(raw)).toEqual([
      { ...problem, message: '"reception/visitors-repeat" is not a KPI of this strategy (it is itself a repeat)' },
    ]);
  });
});
