/**
 * A small, valid content set for the content index's tests: one strategy with one chapter and two
 * measures (the second repeats a KPI of the first), two cities with a tie, three regions, one unit
 * and one theme. Each test breaks one thing in a fresh copy.
 */
import type { RawContent } from '../../../src/lib/content-index';
import { makeLookups, type Lookups } from '../../../src/lib/index/lookups';
import { strategySchema } from '../../../src/schemas/strategy';
import { measureFileSchema } from '../../../src/schemas/measure';
import { citySchema } from '../../../src/schemas/city';

export function sample(): RawContent<null> {
  const strategy = strategySchema.parse({
    id: 'sample-2020',
    municipality: 'sample',
    title: { ja: '見本', en: 'Sample' },
    documentType: { ja: '戦略', en: 'Strategy' },
    status: 'adopted',
    source: { seed: 'x.txt', publisher: { ja: '見本市', en: 'Sample City' }, format: { ja: 'PDF', en: 'PDF' } },
    chapters: [{ slug: 'intro' }],
    pillars: [{ id: 'visitors', title: { ja: '交流', en: 'Exchange' } }],
  });
  const measures = measureFileSchema.parse({
    measures: [
      {
        slug: 'tourism',
        code: 'ア',
        pillar: 'visitors',
        markets: { priority: ['taiwan'], expected: [] },
        kpis: [{ id: 'visitors', unit: 'people', baseline: { value: 1 }, target: { value: 2 } }],
      },
      { slug: 'reception', code: 'イ', pillar: 'visitors', kpis: [{ id: 'visitors-repeat', repeatOf: 'tourism/visitors' }] },
    ],
  });
  const text = (lang: 'ja' | 'en', slug: string, kpis: Record<string, { indicator: string }> = {}) => ({
    file: `content/strategies/sample-2020/${lang}/measures/${slug}.mdx`,
    lang,
    strategy: 'sample-2020',
    slug,
    data: { title: slug, kpis },
    entry: null,
    body: '',
  });
  return {
    strategies: [{ file: 'content/strategies/sample-2020/strategy.yaml', data: strategy }],
    measureFiles: [{ file: 'content/strategies/sample-2020/measures.yaml', data: measures }],
    chapterTexts: (['ja', 'en'] as const).map((lang) => ({
      file: `content/strategies/sample-2020/${lang}/intro.mdx`,
      lang,
      strategy: 'sample-2020',
      slug: 'intro',
      data: { title: 'x' },
      entry: null,
      body: '## 台北 {#taipei-section}\n\n台北市との交流。',
    })),
    measureTexts: [
      text('ja', 'tourism', { visitors: { indicator: '人数' } }),
      text('en', 'tourism', { visitors: { indicator: 'People' } }),
      text('ja', 'reception'),
      text('en', 'reception'),
    ],
    cities: [
      citySchema.parse({ id: 'sample', name: { ja: '見本市', en: 'Sample City' }, country: 'japan', coordinates: [35, 138] }),
      citySchema.parse({
        id: 'taipei',
        name: { ja: '台北市', en: 'Taipei' },
        country: 'taiwan',
        coordinates: [25, 121],
        relationships: [{ with: 'sample', type: 'sister-city', since: 2001, source: 'sample-2020' }],
      }),
    ],
    regions: [
      { id: 'east-asia', kind: 'world-region', name: { ja: '東アジア', en: 'East Asia' } },
      { id: 'japan', kind: 'country', name: { ja: '日本', en: 'Japan' }, parent: 'east-asia' },
      { id: 'taiwan', kind: 'territory', name: { ja: '台湾', en: 'Taiwan' }, parent: 'east-asia' },
    ],
    bureaus: [],
    units: [{ id: 'people', ja: '人', en: 'people', space: true, factor: 1, money: false }],
    networks: [],
    themes: [{ id: 'tourism', name: { ja: '観光', en: 'Tourism' }, description: { ja: '観光', en: 'Tourism' } }],
    files: {
      cities: 'content/cities.yaml',
      regions: 'content/regions.yaml',
      bureaus: 'content/bureaus.yaml',
      units: 'content/units.yaml',
      networks: 'content/networks.yaml',
      themes: 'content/themes.yaml',
    },
  };
}

/** The lookups of a content set, as the index makes them (with its broken files, if given). */
export function lookupsOf(raw: RawContent<null>, broken?: string[]): Lookups<null> {
  return makeLookups(broken ? { ...raw, broken } : raw);
}

export const STRATEGY_FILE = 'content/strategies/sample-2020/strategy.yaml';
export const MEASURES_FILE = 'content/strategies/sample-2020/measures.yaml';
