import { describe, expect, it } from 'vitest';
import { LICENCE, attributionLine, dataAttributionLine } from '../../src/lib/licence';
import { dataPackage } from '../../src/lib/data-package';
import type { Strategy } from '../../src/schemas/strategy';
import type { Table } from '../../src/lib/open-data';
import { editionDated, editionName } from '../../src/lib/editions';

const strategy = {
  id: 'sample-2020',
  title: { ja: 'サンプル市国際戦略', en: 'Sample City International Strategy' },
  issued: '2015-12',
  source: { seed: 'x.txt', publisher: { ja: 'サンプル市', en: 'Sample City' }, format: { ja: 'PDF', en: 'PDF' } },
} as unknown as Strategy;

describe('attribution lines', () => {
  it('name the publisher, the document, its date, the site, the address and the licence in Japanese', () => {
    expect(attributionLine(strategy, 'ja', 'https://x.jp/ja/')).toBe(
      '出典：サンプル市「サンプル市国際戦略」（2015年12月）。英訳：日本の都市の国際戦略（https://x.jp/ja/）、CC BY 4.0',
    );
  });
  it('and in English', () => {
    expect(attributionLine(strategy, 'en', 'https://x.jp/en/')).toBe(
      'Source: Sample City, “Sample City International Strategy” (December 2015). English translation: International Strategies of Japanese Cities (https://x.jp/en/), CC BY 4.0.',
    );
  });
  it('say "undated" for a source without a date', () => {
    expect(attributionLine({ ...strategy, issued: undefined } as Strategy, 'en', 'u')).toContain('(undated)');
  });
  it('name the licence for the open data', () => {
    expect(dataAttributionLine('en', 'https://x.jp/en/data/')).toContain('CC BY 4.0');
  });
});

describe('the data package', () => {
  const table: Table = {
    id: 'things',
    description: { ja: '物', en: 'Things' },
    columns: [{ name: 'thing_id', description: { ja: 'ID', en: 'ID' }, value: () => 'a' }] as never,
    rows: () => [{ thing_id: 'a' }],
  };
  const pkg = dataPackage({
    tables: [table],
    strategies: [strategy],
    earlier: [],
    origin: new URL('https://x.jp/'),
    siteName: { ja: 'サイト', en: 'Site' },
  });
  it('states CC BY 4.0 for the package and for every file', () => {
    expect(pkg.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: LICENCE.url });
    for (const r of pkg.resources) expect(r.licenses[0]?.name).toBe('CC-BY-4.0');
  });
  it('lists each table as CSV and JSON with its columns', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(expect.arrayContaining(['things.csv', 'things.json']));
    expect(pkg.resources.find((r) => r.path === 'things.csv')).toMatchObject({ schema: { fields: [{ name: 'thing_id' }] } });
  });
  it('credits each source with its publisher and leaves out a location that is not recorded', () => {
    expect(pkg.sources).toEqual([
      { title: 'サンプル市国際戦略 (Sample City International Strategy)', publisher: 'サンプル市', date: '2015-12' },
    ]);
    expect(pkg.terms.en).toBe('https://x.jp/en/licence/');
  });
});

describe('the data package of a strategy with an earlier edition', () => {
  const edition = { id: 'draft', kind: 'draft', date: '2015-06-01' } as const;
  const pkg = dataPackage({
    tables: [],
    strategies: [strategy],
    earlier: [{ strategy: 'sample-2020', edition, data: strategy }],
    origin: new URL('https://x.jp/'),
    siteName: { ja: 'サイト', en: 'Site' },
  });
  it("lists the edition's full text as a file of its own, under CC BY 4.0", () => {
    const files = pkg.resources.filter((r) => r.path.startsWith('strategies/'));
    expect(files.map((r) => [r.name, r.path])).toEqual([
      ['strategy-sample-2020', 'strategies/sample-2020.json'],
      ['strategy-sample-2020-edition-draft', 'strategies/sample-2020/editions/draft.json'],
    ]);
    expect(files[1]!.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(files[1]!.description).toContain(editionDated(edition, 'en'));
  });
  it('credits the edition as a source of its own, dated as published', () => {
    expect(pkg.sources[1]).toEqual({
      title: `サンプル市国際戦略（${editionName(edition, 'ja')}） (Sample City International Strategy, ${editionName(edition, 'en')})`,
      publisher: 'サンプル市',
      date: '2015-06-01',
    });
  });
});
