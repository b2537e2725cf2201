import { describe, expect, it } from 'vitest';
import { editionOf, editionSuffix, splitEditions, strategyCrumbs } from '../../src/lib/editions';
import { folderOf } from '../../src/lib/index/lookups';
import { TEXT_PATH } from '../../src/lib/text-path';
import type { RawContent } from '../../src/lib/content-index';

describe('where an earlier edition lives', () => {
  it('keys an earlier edition by its folder under content/strategies/, which is also its path in URLs', () => {
    expect(folderOf('content/strategies/yokohama-2015/editions/draft/strategy.yaml')).toBe('yokohama-2015/editions/draft');
    expect(folderOf('content/strategies/yokohama-2015/strategy.yaml')).toBe('yokohama-2015');
    expect(editionOf('content/strategies/yokohama-2015/editions/draft/ja/intro.mdx')).toEqual({
      strategy: 'yokohama-2015',
      edition: 'draft',
    });
    expect(editionOf('content/strategies/yokohama-2015/ja/intro.mdx')).toBeUndefined();
  });

  it("reads an earlier edition's text path with the edition's key as its strategy", () => {
    expect(TEXT_PATH.exec('yokohama-2015/editions/draft/en/measures/p-12.mdx')?.slice(1)).toEqual([
      'yokohama-2015/editions/draft',
      'en',
      'measures/',
      'p-12',
    ]);
    expect(TEXT_PATH.exec('yokohama-2015/ja/intro.mdx')?.[1]).toBe('yokohama-2015');
  });
});

describe('splitting the content into editions', () => {
  const strategy = (file: string, id: string) => ({ file, data: { id } }) as RawContent<unknown>['strategies'][number];
  const raw = (strategies: RawContent<unknown>['strategies']) =>
    ({ strategies, measureFiles: [], chapterTexts: [], measureTexts: [] }) as unknown as RawContent<unknown>;

  it('leaves content without earlier editions as it is', () => {
    const r = splitEditions(raw([strategy('content/strategies/a-2020/strategy.yaml', 'a-2020')]));
    expect(r.withEditions).toBeUndefined();
    expect(r.current.strategies.map((s) => s.data.id)).toEqual(['a-2020']);
  });

  it('indexes an earlier edition under its key, apart from the current content', () => {
    const r = splitEditions(
      raw([
        strategy('content/strategies/a-2020/strategy.yaml', 'a-2020'),
        strategy('content/strategies/a-2020/editions/draft/strategy.yaml', 'a-2020'),
      ]),
    );
    expect(r.current.strategies.map((s) => s.data.id)).toEqual(['a-2020']);
    expect(r.withEditions?.strategies.map((s) => s.data.id)).toEqual(['a-2020', 'a-2020/editions/draft']);
    // Neither edition says which it is: both are told.
    expect(r.problems.map((p) => `${p.file} › ${p.field}`)).toEqual([
      'content/strategies/a-2020/editions/draft/strategy.yaml › edition',
      'content/strategies/a-2020/strategy.yaml › edition',
    ]);
  });
});

describe('naming an earlier edition on its pages', () => {
  const edition = { id: 'draft', kind: 'draft', date: '2019-12-10' } as const;
  const current = { data: { id: 'a-2020', title: { ja: 'A戦略', en: 'Strategy A' } } };
  const earlier = { data: { id: 'a-2020/editions/draft', title: current.data.title } };

  it("adds the edition's name to the title after the strategy's, and nothing for the current edition", () => {
    expect(editionSuffix(edition, 'ja')).toBe('（原案）');
    expect(editionSuffix(edition, 'en')).toMatch(/^ \(.+\)$/);
    expect(editionSuffix(undefined, 'ja')).toBe('');
  });

  it('leads through the strategy to the edition in the breadcrumbs', () => {
    expect(strategyCrumbs('ja', current, undefined)).toEqual([{ label: 'A戦略', href: '/ja/strategies/a-2020/' }]);
    expect(strategyCrumbs('ja', earlier, { strategyId: 'a-2020', entry: { edition } })).toEqual([
      { label: 'A戦略', href: '/ja/strategies/a-2020/' },
      { label: '原案', href: '/ja/strategies/a-2020/editions/draft/' },
    ]);
  });

  it("leaves the overview's own crumb unlinked", () => {
    expect(strategyCrumbs('en', current, undefined, true)).toEqual([{ label: 'Strategy A' }]);
    expect(strategyCrumbs('ja', earlier, { strategyId: 'a-2020', entry: { edition } }, true).at(-1)).toEqual({ label: '原案' });
  });
});
