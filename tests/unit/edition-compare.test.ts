import { describe, expect, it } from 'vitest';
import { changeCounts, compareBlocks } from '../../src/lib/edition-compare';

describe('comparing two editions block by block', () => {
  const older = [
    { id: 'intro-p1', text: '本市は、国際化を進める。' },
    { id: 'intro-p2', text: '削除される段落。' },
    { id: 'policy', text: '基本方針' },
    { id: 'policy-p1', text: '観光を振興する。' },
  ];
  const newer = [
    { id: 'intro-p1', text: '本市は、国際化を進める。' },
    { id: 'policy', text: '基本方針' },
    { id: 'policy-p1', text: '観光と経済を振興する。' },
    { id: 'policy-p2', text: '新しい段落。' },
  ];
  const result = compareBlocks(older, newer);

  it('marks each block added, removed, changed or unchanged', () => {
    expect(result.map((b) => [b.id, b.change])).toEqual([
      ['intro-p1', 'unchanged'],
      ['intro-p2', 'removed'],
      ['policy', 'unchanged'],
      ['policy-p1', 'changed'],
      ['policy-p2', 'added'],
    ]);
    expect(changeCounts(result)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 2 });
  });

  it('keeps both texts of a changed block', () => {
    expect(result[3]).toEqual({ id: 'policy-p1', change: 'changed', older: '観光を振興する。', newer: '観光と経済を振興する。' });
  });

  it('does not count a difference of whitespace or width as a change', () => {
    expect(compareBlocks([{ id: 'a', text: 'ＭＩＣＥ  誘致' }], [{ id: 'a', text: 'MICE 誘致' }])[0]!.change).toBe('unchanged');
  });

  it('puts a block removed from the start first', () => {
    expect(
      compareBlocks(
        [
          { id: 'x', text: 'x' },
          { id: 'y', text: 'y' },
        ],
        [{ id: 'y', text: 'y' }],
      ).map((b) => b.id),
    ).toEqual(['x', 'y']);
  });
});
