import { describe, expect, it } from 'vitest';
import { buildIndex, type RawContent } from '../../src/lib/content-index';
import type { MeasureFacts } from '../../src/schemas/measure';
import { ContentError } from '../../src/lib/content-errors';
import { sample } from './index/sample';

function problemsOf(raw: RawContent<null>) {
  try {
    buildIndex(raw);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
}

describe('the content index', () => {
  it('accepts the valid sample and cross-indexes it', () => {
    const site = buildIndex(sample());
    const strategy = site.strategy.get('sample-2020')!;
    expect(strategy.measures.map((m) => m.facts.slug)).toEqual(['tourism', 'reception']);
    // A country market appears on its own page and on its world region's page.
    expect(site.measuresByRegion.get('taiwan')?.map((l) => l.measure.facts.slug)).toEqual(['tourism']);
    expect(site.measuresByRegion.get('east-asia')?.map((l) => l.role)).toEqual(['priority']);
    expect(site.partnersOf.get('sample')?.map((p) => p.city.id)).toEqual(['taipei']);
    // The chapter section that names Taipei is found by its Japanese name, in the text, not in the
    // heading (both sample files are in Japanese: the English one, read by English names, has none).
    expect(site.mentionsOf.get('city:taipei')).toEqual([
      {
        target: { kind: 'city', id: 'taipei' },
        strategy: 'sample-2020',
        kind: 'chapter',
        slug: 'intro',
        anchor: 'taipei-section',
        langs: ['ja'],
        title: { ja: '台北' },
      },
    ]);
    // A repeated KPI shows the values of its origin.
    const repeat = strategy.measures[1]!.kpis[0]!;
    expect(repeat.origin.measure.facts.slug).toBe('tourism');
    expect(repeat.origin.kpi.id).toBe('visitors');
  });

  it('reports an unknown region in a market with the file, the field and the fix', () => {
    const raw = sample();
    (raw.measureFiles[0]!.data.measures[0] as MeasureFacts).markets!.priority = ['atlantis'];
    const [p] = problemsOf(raw);
    expect(p).toMatchObject({
      file: 'content/strategies/sample-2020/measures.yaml',
      field: 'measures[0] (tourism).markets.priority[0]',
      message: 'unknown region "atlantis"',
    });
    expect(p!.fix).toContain('content/regions.yaml');
  });

  it('reports a duplicate measure slug and a duplicate city ID', () => {
    const raw = sample();
    (raw.measureFiles[0]!.data.measures[1] as MeasureFacts).slug = 'tourism';
    raw.cities.push({ ...raw.cities[1]! });
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['measures[1].slug', '[2].id']));
    expect(problems.find((p) => p.field === '[2].id')?.message).toBe('duplicate city ID "taipei" (already used by [1].id)');
  });

  it('reports an unknown pillar, bureau, unit and repeat target', () => {
    const raw = sample();
    const m = raw.measureFiles[0]!.data.measures as MeasureFacts[];
    m[0]!.pillar = 'nowhere';
    m[0]!.bureaus = ['sample-nothing'];
    m[0]!.kpis[0]!.unit = 'furlongs';
    m[1]!.kpis[0]!.repeatOf = 'tourism/missing';
    const fields = problemsOf(raw).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'measures[0] (tourism).pillar',
        'measures[0] (tourism).bureaus[0]',
        'measures[0] (tourism).kpis[0].unit',
        'measures[1] (reception).kpis[0].repeatOf',
      ]),
    );
  });

  it('reports a chapter without its Japanese file, and an English file without a Japanese original', () => {
    const raw = sample();
    raw.chapterTexts = raw.chapterTexts.filter((t) => t.lang === 'en');
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['chapter "intro" has no Japanese file', 'this English file has no Japanese original at the same path']),
    );
  });

  it('reports a KPI without indicator text in either language and an unknown KPI key', () => {
    const raw = sample();
    raw.measureTexts[1]!.data.kpis = { vistors: { indicator: 'People' } };
    const problems = problemsOf(raw);
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toEqual(
      expect.arrayContaining([
        'content/strategies/sample-2020/en/measures/tourism.mdx › kpis.visitors.indicator',
        'content/strategies/sample-2020/en/measures/tourism.mdx › kpis.vistors',
      ]),
    );
  });

  it('lists a missing English file as untranslated instead of failing', () => {
    const raw = sample();
    raw.measureTexts = raw.measureTexts.filter((t) => !(t.lang === 'en' && t.slug === 'reception'));
    const site = buildIndex(raw);
    expect(site.missing).toEqual([
      {
        source: 'content/strategies/sample-2020/ja/measures/reception.mdx',
        expected: 'content/strategies/sample-2020/en/measures/reception.mdx',
        lang: 'en',
      },
    ]);
  });

  it('refuses a chapter slug that would hide the measures index', () => {
    const raw = sample();
    raw.strategies[0]!.data.chapters = [{ slug: 'measures', kind: 'chapter' }];
    expect(problemsOf(raw).map((p) => p.field)).toContain('chapters[0].slug');
  });

  it('lists a repeat (再掲) at its row under the other pillar and links it to the measure', () => {
    const raw = sample();
    raw.strategies[0]!.data.pillars.push({ id: 'business', title: { ja: '経済', en: 'Business' } });
    raw.measureFiles[0]!.data.measures.push({ repeatOf: 'tourism', pillar: 'business', sourceRef: '1-①' });
    const site = buildIndex(raw);
    const s = site.strategy.get('sample-2020')!;
    expect(s.listings.get('business')!.map((l) => [l.measure.facts.slug, l.repeat?.sourceRef])).toEqual([['tourism', '1-①']]);
    expect(s.listings.get('visitors')!.map((l) => l.measure.facts.slug)).toEqual(['tourism', 'reception']);
    expect(s.measures[0]!.repeats.map((r) => r.pillar.id)).toEqual(['business']);
  });

  it('reports a repeat of an unknown measure and a sub-pillar of an unknown parent', () => {
    const raw = sample();
    raw.strategies[0]!.data.pillars.push({ id: 'sub', parent: 'nowhere', title: { ja: '下位', en: 'Sub' } });
    raw.measureFiles[0]!.data.measures.push({ repeatOf: 'tourisme', pillar: 'visitors' });
    const fields = problemsOf(raw).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['pillars[1].parent', 'measures[2] (repeat of tourisme).repeatOf']));
  });

  it('reports a year without an era when the strategy names no implicit era', () => {
    const raw = sample();
    (raw.measureFiles[0]!.data.measures[0] as MeasureFacts).kpis[0]!.baseline = {
      value: 1,
      period: '25年度',
      cumulative: false,
      atLeast: false,
    };
    expect(problemsOf(raw).map((p) => p.field)).toContain('measures[0] (tourism).kpis[0].baseline.period');
    raw.strategies[0]!.data.implicitEra = 'H';
    expect(problemsOf(raw)).toEqual([]);
  });

  it('reports a partner list that the source strategy does not define', () => {
    const raw = sample();
    raw.cities[1]!.relationships[0]!.list = 'sample-sisters';
    expect(problemsOf(raw).map((p) => p.message)).toContain('the strategy "sample-2020" has no partner list "sample-sisters"');
  });
});
