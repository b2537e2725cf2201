import { describe, expect, it } from 'vitest';
import { buildIndex, indexContent } from '../../../src/lib/content-index';
import { ContentError, type ContentProblem } from '../../../src/lib/content-errors';
import { brokenFiles } from '../../../src/lib/index/lookups';
import { sample } from './sample';

const DIR = 'content/strategies/sample-2020';

function thrown(f: () => unknown): ContentProblem[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  throw new Error('expected a ContentError');
}

describe('indexContent', () => {
  it('indexes valid content as buildIndex does, with no problems', () => {
    const { site, problems } = indexContent(sample());
    expect(problems).toEqual([]);
    expect(site).toEqual(buildIndex(sample()));
  });

  it('returns every problem without throwing, and no index; buildIndex throws the same problems', () => {
    const raw = sample();
    raw.strategies[0]!.data.pillars[0]!.parent = 'nowhere';
    raw.cities[1]!.country = 'atlantis';
    const { site, problems } = indexContent(raw);
    expect(site).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['[1] (taipei).country', 'pillars[0].parent']);
    expect(thrown(() => buildIndex(raw))).toEqual(problems);
  });

  it('does not tell to create a Japanese file that exists but failed to parse, and builds no index', () => {
    const raw = sample();
    raw.chapterTexts = raw.chapterTexts.filter((t) => t.lang === 'en');
    // Without knowing the file is broken, the index must report it as missing (the knock-on exists)…
    expect(indexContent(raw).problems.map((p) => p.message)).toEqual([
      'chapter "intro" has no Japanese file',
      'this English file has no Japanese original at the same path',
    ]);
    // …and knowing it, says nothing more than the loader did, yet builds no index from half the content.
    const result = indexContent({ ...raw, broken: [`${DIR}/ja/intro.mdx`] });
    expect(result).toEqual({ problems: [] });
    // buildIndex cannot return an index either: it shows the knock-ons rather than an empty error.
    expect(thrown(() => buildIndex({ ...raw, broken: [`${DIR}/ja/intro.mdx`] })).map((p) => p.message)).toContain(
      'chapter "intro" has no Japanese file',
    );
  });

  it('shows a real problem beside a broken file, without its knock-ons and without their cause', () => {
    const raw = sample();
    raw.cities = raw.cities.filter((c) => c.id !== 'sample');
    raw.strategies[0]!.data.pillars[0]!.group = 'first';
    expect(indexContent(raw).problems.map((p) => p.field)).toEqual([
      '[0] (taipei).relationships[0].with',
      'municipality',
      'pillars[0].group',
    ]);
    const { site, problems } = indexContent({ ...raw, broken: ['content/cities.yaml'] });
    expect(site).toBeUndefined();
    expect(problems).toEqual([
      {
        file: `${DIR}/strategy.yaml`,
        field: 'pillars[0].group',
        message: 'unknown pillar group "first"',
        fix: 'use one of the pillarGroups IDs: ',
      },
    ]);
  });

  it('does not list an English file that exists but failed to parse as missing', () => {
    const raw = sample();
    raw.measureTexts = raw.measureTexts.filter((t) => !(t.lang === 'en' && t.slug === 'reception'));
    expect(indexContent(raw).site!.missing.map((m) => m.expected)).toEqual([`${DIR}/en/measures/reception.mdx`]);
    const { site, problems } = indexContent({ ...raw, broken: [`${DIR}/en/measures/reception.mdx`] });
    expect(problems).toEqual([]);
    expect(site!.missing).toEqual([]);
  });
});

describe('brokenFiles', () => {
  const broken = brokenFiles([
    'tests/.tmp/content/cities.yaml',
    'content/strategies/sample-2020/ja/intro.md',
    'content/strategies/other-2019/strategy.yaml',
    'content/strategies/sample-2020/measures.yaml',
    'content/strategies/sample-2020/en/measures/tourism.mdx',
  ]);

  it('finds a file under any content folder, a text under either extension', () => {
    expect(broken.file('content/cities.yaml')).toBe('tests/.tmp/content/cities.yaml');
    expect(broken.file('content/strategies/sample-2020/ja/intro.mdx')).toBe('content/strategies/sample-2020/ja/intro.md');
    expect(broken.text('sample-2020', 'ja', 'chapter', 'intro')).toBe('content/strategies/sample-2020/ja/intro.md');
    expect(broken.text('sample-2020', 'en', 'measure', 'tourism')).toBe('content/strategies/sample-2020/en/measures/tourism.mdx');
    expect(broken.strategy('other-2019')).toBe('content/strategies/other-2019/strategy.yaml');
    expect(broken.measures('sample-2020')).toBe('content/strategies/sample-2020/measures.yaml');
  });

  it('finds nothing for a file that is not broken, however alike its name', () => {
    expect(broken.file('content/regions.yaml')).toBeUndefined();
    expect(broken.text('sample-2020', 'en', 'chapter', 'intro')).toBeUndefined();
    expect(broken.text('sample-2020', 'ja', 'chapter', 'outro')).toBeUndefined();
    expect(broken.text('sample-2020', 'ja', 'measure', 'intro')).toBeUndefined();
    expect(broken.text('sample-2020', 'en', 'measure', 'my-tourism')).toBeUndefined();
    expect(broken.strategy('sample-2020')).toBeUndefined();
    expect(brokenFiles().file('content/cities.yaml')).toBeUndefined();
  });
});
