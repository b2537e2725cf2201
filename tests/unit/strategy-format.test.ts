import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { formatIssuedShown, formatStrategyWhen, statusAddsTo } from '../../src/lib/strategy-format';

describe('issue dates', () => {
  it('writes a western date in both languages', () => {
    expect(formatDate('2015-12', 'ja')).toBe('2015年12月');
    expect(formatDate('2015-12', 'en')).toBe('December 2015');
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

describe("a strategy card's status", () => {
  it('is left out where the document type already says it', () => {
    expect(statusAddsTo('Supplement', 'Supplement (別冊)')).toBe(false);
    expect(statusAddsTo('別冊', '別冊')).toBe(false);
    expect(statusAddsTo('Report', 'Report')).toBe(false);
  });

  it('is shown where it says something the type does not', () => {
    expect(statusAddsTo('Basic policy', 'Adopted')).toBe(true);
    expect(statusAddsTo('International strategy', 'Draft (原案)')).toBe(true);
    expect(statusAddsTo('国際戦略', '原案')).toBe(true);
  });
});

describe('when a strategy applies', () => {
  it('is its period where it has one, else its date of issue, else that the source does not say', () => {
    expect(formatStrategyWhen({ period: { from: 2017, to: 2022, fiscal: true }, issued: '2018-03' }, 'ja')).toBe('2017年度～2022年度');
    expect(formatStrategyWhen({ issued: '2018-03' }, 'en')).toBe('March 2018');
    expect(formatStrategyWhen({}, 'en')).toBe('Not stated in the source');
  });
});
