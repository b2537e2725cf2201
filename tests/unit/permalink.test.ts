import { describe, expect, it } from 'vitest';
import { keepPlace, permalinkOf } from '../../src/lib/permalink';

describe('the permalink of the place a reader is at', () => {
  it('is the origin and path they are at, with the fragment of the block they chose', () => {
    expect(permalinkOf(new URL('http://127.0.0.1:4321/ja/strategies/shizuoka-2017/measures/mice/#kpi-mice-count'))).toBe(
      'http://127.0.0.1:4321/ja/strategies/shizuoka-2017/measures/mice/#kpi-mice-count',
    );
  });

  it('leaves out an empty fragment and the query', () => {
    expect(permalinkOf(new URL('https://city.example/en/measures/?strategy=tokyo-2014#'))).toBe('https://city.example/en/measures/');
  });
});

describe("the language switch's address", () => {
  it("is the twin page with the reader's query and fragment", () => {
    expect(keepPlace('/en/search/', { search: '?q=%E8%A6%B3%E5%85%89', hash: '' })).toBe('/en/search/?q=%E8%A6%B3%E5%85%89');
    expect(keepPlace('/ja/strategies/tokyo-2014/attachment/', { search: '', hash: '#beppyo-p3' })).toBe(
      '/ja/strategies/tokyo-2014/attachment/#beppyo-p3',
    );
    expect(keepPlace('/en/measures/', { search: '?strategy=tokyo-2014&kpis=1', hash: '#strategy-tokyo-2014' })).toBe(
      '/en/measures/?strategy=tokyo-2014&kpis=1#strategy-tokyo-2014',
    );
  });

  it('replaces, never doubles, what the twin address had', () => {
    expect(keepPlace('/en/?x=1#old', { search: '', hash: '' })).toBe('/en/');
    expect(keepPlace('/en/', { search: '?', hash: '#' })).toBe('/en/');
  });
});
