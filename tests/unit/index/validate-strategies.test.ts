import { describe, expect, it } from 'vitest';
import { validateStrategies } from '../../../src/lib/index/validate-strategies';
import { lookupsOf, sample, STRATEGY_FILE } from './sample';

const check = (raw = sample(), broken?: string[]) => validateStrategies(raw.strategies, lookupsOf(raw, broken));
const data = (raw: ReturnType<typeof sample>) => raw.strategies[0]!.data;

describe('validateStrategies', () => {
  it('finds nothing wrong in a valid strategy', () => {
    expect(check()).toEqual([]);
  });

  it('reports a second strategy with the same ID, naming both files', () => {
    const raw = sample();
    raw.strategies.push({ file: 'content/strategies/sample-2021/strategy.yaml', data: data(raw) });
    expect(check(raw)).toContainEqual({
      file: 'content/strategies',
      field: 'content/strategies/sample-2021/strategy.yaml › id',
      message: 'duplicate strategy ID "sample-2020" (already used by content/strategies/sample-2020/strategy.yaml › id)',
      fix: 'give each strategy ID a unique ID: rename one of them, or merge the two entries',
    });
  });

  it('reports an ID that differs from the folder, and nothing that follows from it', () => {
    const raw = sample();
    data(raw).id = 'sample-2002';
    expect(check(raw)).toEqual([
      {
        file: STRATEGY_FILE,
        field: 'id',
        message: 'the ID "sample-2002" differs from the folder name "sample-2020"',
        fix: 'the folder and the ID name the strategy in URLs: make them the same (rename the folder or the ID)',
      },
    ]);
  });

  it('reports an unknown municipality and an unknown country of a profile', () => {
    const raw = sample();
    data(raw).municipality = 'smaple';
    data(raw).countryProfiles.push({ country: 'taiwna', priority: false });
    expect(check(raw)).toMatchObject([
      {
        file: STRATEGY_FILE,
        field: 'municipality',
        message: 'unknown city "smaple"',
        fix: 'add the municipality to content/cities.yaml or use one of its IDs',
      },
      {
        file: STRATEGY_FILE,
        field: 'countryProfiles[0].country',
        message: 'unknown region "taiwna"',
        fix: 'use a country ID from content/regions.yaml, or add the country there',
      },
    ]);
  });

  it('reports a duplicate pillar, an unknown parent pillar and an unknown pillar group', () => {
    const raw = sample();
    data(raw).pillars.push(
      { id: 'visitors', title: { ja: '交流', en: 'Exchange' } },
      { id: 'sub', parent: 'vistors', group: 'first', title: { ja: '下位', en: 'Sub' } },
    );
    expect(check(raw)).toMatchObject([
      { field: 'pillars[1].id', message: 'duplicate pillar ID "visitors" (already used by pillars[0].id)' },
      {
        field: 'pillars[2].parent',
        message: 'unknown parent pillar "vistors"',
        fix: 'use the ID of another pillar of this strategy: visitors, sub',
      },
      { field: 'pillars[2].group', message: 'unknown pillar group "first"', fix: 'use one of the pillarGroups IDs: ' },
    ]);
  });

  it('reports a pillar that is its own parent', () => {
    const raw = sample();
    data(raw).pillars[0]!.parent = 'visitors';
    expect(check(raw)).toMatchObject([{ field: 'pillars[0].parent', message: 'unknown parent pillar "visitors"' }]);
  });

  it('reports a duplicate chapter slug', () => {
    const raw = sample();
    data(raw).chapters.push({ slug: 'intro', kind: 'chapter' });
    expect(check(raw)).toEqual([
      {
        file: STRATEGY_FILE,
        field: 'chapters[1].slug',
        message: 'duplicate chapter slug "intro" (already used by chapters[0].slug)',
        fix: 'give each chapter slug a unique ID: rename one of them, or merge the two entries',
      },
    ]);
  });

  it('reports a chapter slug reserved for the strategy’s own pages', () => {
    const raw = sample();
    data(raw).chapters[0]!.slug = 'print';
    for (const t of raw.chapterTexts) t.slug = 'print';
    expect(check(raw)).toEqual([
      {
        file: STRATEGY_FILE,
        field: 'chapters[0].slug',
        message: '"print" is reserved for the strategy\'s own pages (/print/)',
        fix: 'give the chapter another slug, e.g. one naming its subject',
      },
    ]);
  });

  it('reports a chapter without its Japanese file, with the file to create', () => {
    const raw = sample();
    raw.chapterTexts = raw.chapterTexts.filter((t) => t.lang === 'en');
    expect(check(raw)).toEqual([
      {
        file: STRATEGY_FILE,
        field: 'chapters[0].slug',
        message: 'chapter "intro" has no Japanese file',
        fix: 'create content/strategies/sample-2020/ja/intro.mdx (the Japanese source text), or remove the chapter from the list',
      },
    ]);
  });

  it('does not ask for a Japanese file that exists but failed to parse (a knock-on of it)', () => {
    const raw = sample();
    raw.chapterTexts = raw.chapterTexts.filter((t) => t.lang === 'en');
    const [p] = check(raw, ['content/strategies/sample-2020/ja/intro.mdx']);
    expect(p!.cause).toBe('content/strategies/sample-2020/ja/intro.mdx');
    // Any extension: the file may be .md or .mdx.
    expect(check(raw, ['content/strategies/sample-2020/ja/intro.md'])[0]!.cause).toBe('content/strategies/sample-2020/ja/intro.md');
    expect(check(raw, ['content/strategies/sample-2020/en/intro.mdx'])[0]!.cause).toBeUndefined();
  });
});
