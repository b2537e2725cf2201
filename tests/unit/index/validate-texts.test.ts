import { describe, expect, it } from 'vitest';
import { validateChapterTexts, validateMeasureTexts } from '../../../src/lib/index/validate-texts';
import type { MeasureFacts } from '../../../src/schemas/measure';
import { lookupsOf, sample } from './sample';

type Raw = ReturnType<typeof sample>;
const chapters = (raw = sample(), broken?: string[]) => validateChapterTexts(raw.chapterTexts, lookupsOf(raw, broken));
const measures = (raw = sample(), broken?: string[]) => validateMeasureTexts(raw.measureTexts, lookupsOf(raw, broken));
const DIR = 'content/strategies/sample-2020';
const text = (raw: Raw, lang: 'ja' | 'en', slug: string) => raw.measureTexts.find((t) => t.lang === lang && t.slug === slug)!;

describe('validateChapterTexts', () => {
  it('finds nothing wrong in valid chapter texts', () => {
    expect(chapters()).toEqual([]);
  });

  it('reports a second file for the same text and language', () => {
    const raw = sample();
    raw.chapterTexts.push({ ...raw.chapterTexts[0]!, file: `${DIR}/ja/intro.md` });
    expect(chapters(raw)).toEqual([
      {
        file: `${DIR}/ja/intro.md`,
        field: '(file)',
        message: `a second file for the same text (${DIR}/ja/intro.mdx is the first)`,
        fix: 'keep one of the two files',
      },
    ]);
  });

  it('reports a text that its strategy does not list, or whose strategy does not exist', () => {
    const raw = sample();
    raw.chapterTexts.push({ ...raw.chapterTexts[0]!, file: `${DIR}/ja/outro.mdx`, slug: 'outro' });
    raw.chapterTexts.push({ ...raw.chapterTexts[0]!, file: 'content/strategies/other-2019/ja/intro.mdx', strategy: 'other-2019' });
    const fix = (slug: string) => `add { slug: ${slug} } to the chapters of the strategy, or rename the file to a listed chapter slug`;
    expect(chapters(raw)).toEqual([
      { file: `${DIR}/ja/outro.mdx`, field: '(file)', message: `no chapter "outro" is listed in ${DIR}/strategy.yaml`, fix: fix('outro') },
      {
        file: 'content/strategies/other-2019/ja/intro.mdx',
        field: '(file)',
        message: 'there is no strategy "other-2019"',
        fix: fix('intro'),
      },
    ]);
    // When that strategy's strategy.yaml exists but failed to parse, the texts wait for it.
    expect(chapters(raw, ['content/strategies/other-2019/strategy.yaml'])[1]!.cause).toBe('content/strategies/other-2019/strategy.yaml');
  });

  it('reports an English file without its Japanese original, unless the original failed to parse', () => {
    const raw = sample();
    raw.chapterTexts = raw.chapterTexts.filter((t) => t.lang === 'en');
    const expected = {
      file: `${DIR}/en/intro.mdx`,
      field: '(file)',
      message: 'this English file has no Japanese original at the same path',
      fix: `create ${DIR}/ja/intro.mdx or remove this file`,
    };
    expect(chapters(raw)).toEqual([expected]);
    expect(chapters(raw, [`${DIR}/ja/intro.mdx`])).toEqual([{ ...expected, cause: `${DIR}/ja/intro.mdx` }]);
  });

  it('reports a field of English files in a Japanese file', () => {
    const raw = sample();
    const ja = raw.chapterTexts.find((t) => t.lang === 'ja')!;
    (ja.data as { translatedFrom?: string }).translatedFrom = '0123456789ab';
    expect(chapters(raw)).toEqual([
      {
        file: `${DIR}/ja/intro.mdx`,
        field: 'translatedFrom',
        message: 'this field belongs in the English file, not the Japanese one',
        fix: 'remove it from the Japanese file',
      },
    ]);
  });
});

describe('validateMeasureTexts', () => {
  it('finds nothing wrong in valid measure texts', () => {
    expect(measures()).toEqual([]);
  });

  it('reports a text of a measure that measures.yaml does not list, unless measures.yaml failed to parse', () => {
    const raw = sample();
    text(raw, 'ja', 'reception').slug = 'receptoin';
    const expected = {
      file: `${DIR}/ja/measures/reception.mdx`,
      field: '(file)',
      message: `no measure "receptoin" is listed in ${DIR}/measures.yaml`,
      fix: "add the measure's facts (slug: receptoin) to measures.yaml, or rename the file to a listed measure slug",
    };
    expect(measures(raw)).toEqual([expected]);
    raw.measureFiles = [];
    expect(measures(raw, [`${DIR}/measures.yaml`]).map((p) => p.cause)).toEqual(Array(4).fill(`${DIR}/measures.yaml`));
  });

  it('reports a KPI without its indicator text, in each language', () => {
    const raw = sample();
    text(raw, 'en', 'tourism').data.kpis = {};
    expect(measures(raw)).toEqual([
      {
        file: `${DIR}/en/measures/tourism.mdx`,
        field: 'kpis.visitors.indicator',
        message: `the KPI "visitors" (in ${DIR}/measures.yaml) has no indicator text`,
        fix: 'add under kpis:\n      visitors:\n        indicator: <the indicator name in English>',
      },
    ]);
  });

  it('reports a KPI whose values are words but whose text gives none', () => {
    const raw = sample();
    const kpi = (raw.measureFiles[0]!.data.measures[0] as MeasureFacts).kpis[0]!;
    kpi.target = { text: true, cumulative: false, atLeast: false };
    expect(measures(raw)).toMatchObject([
      {
        file: `${DIR}/ja/measures/tourism.mdx`,
        field: 'kpis.visitors.targetText',
        fix: 'add targetText: <the target as the source words it>',
      },
      {
        file: `${DIR}/en/measures/tourism.mdx`,
        field: 'kpis.visitors.targetText',
        message: `the target of "visitors" is words (text: true in ${DIR}/measures.yaml), but no targetText is given`,
        fix: 'add targetText: <the target as the source words it, in English>',
      },
    ]);
  });

  it('reports an unknown KPI key and the key of a repeated KPI', () => {
    const raw = sample();
    text(raw, 'ja', 'tourism').data.kpis.vistors = { indicator: '人数' };
    text(raw, 'ja', 'reception').data.kpis['visitors-repeat'] = { indicator: '人数' };
    expect(measures(raw)).toEqual([
      {
        file: `${DIR}/ja/measures/tourism.mdx`,
        field: 'kpis.vistors',
        message: 'unknown KPI "vistors"',
        fix: `use one of the KPI IDs of "tourism" in ${DIR}/measures.yaml: visitors`,
      },
      {
        file: `${DIR}/ja/measures/reception.mdx`,
        field: 'kpis.visitors-repeat',
        message: '"visitors-repeat" repeats another KPI and takes its text from there',
        fix: 'remove kpis.visitors-repeat from this file',
      },
    ]);
  });

  it('reports a second file for the same text and language', () => {
    const raw = sample();
    raw.measureTexts.push({ ...text(raw, 'en', 'reception'), file: `${DIR}/en/measures/reception.md` });
    expect(measures(raw)).toEqual([
      {
        file: `${DIR}/en/measures/reception.md`,
        field: '(file)',
        message: `a second file for the same text (${DIR}/en/measures/reception.mdx is the first)`,
        fix: 'keep one of the two files',
      },
    ]);
  });
});
