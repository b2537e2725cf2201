import { describe, expect, it } from 'vitest';
import { permalinkOf } from '../../src/lib/permalink';

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
