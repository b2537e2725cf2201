import { describe, expect, it } from 'vitest';
import { statusAddsTo } from '../../src/lib/strategy-format';

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
