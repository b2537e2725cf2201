import { describe, expect, it } from 'vitest';
import { changeCounts, compareBlocks, diffWords, similarity } from '../../src/lib/edition-compare';

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

  it('pairs a renumbered block by its text, not by its positional anchor', () => {
    // A paragraph inserted before it: the old policy-p1 is now policy-p2, the new one is policy-p1.
    const r = compareBlocks(
      [{ id: 'policy-p1', text: '観光客を誘致する。' }],
      [
        { id: 'policy-p1', text: '国際会議を誘致する新たな取組を始める。' },
        { id: 'policy-p2', text: '観光客を誘致する。' },
      ],
    );
    expect(r.map((b) => [b.id, b.change, b.olderId])).toEqual([
      ['policy-p1', 'added', undefined],
      ['policy-p2', 'unchanged', 'policy-p1'],
    ]);
  });

  it("places a removed block after the block that preceded it, even when a removed block has that block's new anchor", () => {
    // The old a-p1 is removed; a-p2 is renumbered a-p1 (so a removed block and a kept one share that
    // anchor); a-p3 is removed and belongs after the kept block, before the one added at the end.
    const r = compareBlocks(
      [
        { id: 'a-p1', text: '台湾との交流を進める。' },
        { id: 'a-p2', text: '観光客を誘致する。' },
        { id: 'a-p3', text: '姉妹都市と協力する。' },
      ],
      [
        { id: 'a-p1', text: '観光客を誘致する。' },
        { id: 'a-p2', text: 'MICE誘致に取り組みます。' },
      ],
    );
    expect(r.map((b) => [b.change, b.older ?? b.newer])).toEqual([
      ['removed', '台湾との交流を進める。'],
      ['unchanged', '観光客を誘致する。'],
      ['removed', '姉妹都市と協力する。'],
      ['added', 'MICE誘致に取り組みます。'],
    ]);
  });

  it('treats blocks with little in common under one anchor as one removed and one added', () => {
    const r = compareBlocks([{ id: 'a-p1', text: '台湾との交流を進める。' }], [{ id: 'a-p1', text: 'MICE誘致に取り組みます。' }]);
    expect(r.map((b) => b.change).sort()).toEqual(['added', 'removed']);
  });

  it('measures likeness from 0 to 1', () => {
    expect(similarity('観光を振興する。', '観光を振興する。')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});

describe('the words that changed in a block', () => {
  it('marks deleted and inserted Japanese words (as Intl.Segmenter finds them) between the kept ones', () => {
    const runs = diffWords('本市は台湾との交流を検討する。', '本市は台湾との交流を進める。', 'ja');
    expect(runs.filter((r) => r.kind !== 'same').map((r) => [r.kind, r.text])).toEqual([
      ['del', '検討する'],
      ['ins', '進める'],
    ]);
    expect(
      runs
        .filter((r) => r.kind !== 'ins')
        .map((r) => r.text)
        .join(''),
    ).toBe('本市は台湾との交流を検討する。');
    expect(
      runs
        .filter((r) => r.kind !== 'del')
        .map((r) => r.text)
        .join(''),
    ).toBe('本市は台湾との交流を進める。');
  });

  it('marks English words', () => {
    const runs = diffWords('The City considers exchange.', 'The City promotes exchange.', 'en');
    expect(runs).toEqual([
      { kind: 'same', text: 'The City ' },
      { kind: 'del', text: 'considers' },
      { kind: 'ins', text: 'promotes' },
      { kind: 'same', text: ' exchange.' },
    ]);
  });
});
