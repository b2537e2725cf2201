import { describe, expect, it } from 'vitest';
import { formatIssued, formatIssuedShown } from '../../src/lib/strategy-format';

describe('issue dates', () => {
  it('writes a western date in both languages', () => {
    expect(formatIssued('2015-12', 'ja')).toBe('2015年12月');
    expect(formatIssued('2015-12', 'en')).toBe('December 2015');
  });

  it("shows the source's notation on Japanese pages and beside the western date on English pages", () => {
    expect(formatIssuedShown('2018-03', '平成30年3月', 'ja')).toBe('平成30年3月');
    expect(formatIssuedShown('2018-03', '平成30年3月', 'en')).toBe('March 2018 (平成30年3月)');
  });

  it('falls back to the western date where the source gives no other notation', () => {
    expect(formatIssuedShown('2014-12', undefined, 'ja')).toBe('2014年12月');
    expect(formatIssuedShown('2014-12', undefined, 'en')).toBe('December 2014');
  });
});
