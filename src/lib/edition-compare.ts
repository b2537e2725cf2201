/**
 * Comparing two editions of a text block by block (the groundwork of the "compare editions" view of
 * issue 19): blocks are matched by the ids both editions' pages give them (lib/blocks.ts), and each
 * is added, removed, changed (same id, other text) or unchanged. Order: the newer edition's, with a
 * removed block placed after the block that preceded it in the older edition.
 */
export type BlockChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ComparableBlock {
  id: string;
  /** The block's plain text (lib/strategy-json.ts plainText), compared after folding whitespace. */
  text: string;
}

export interface ComparedBlock {
  id: string;
  change: BlockChange;
  older?: string;
  newer?: string;
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

export function compareBlocks(older: readonly ComparableBlock[], newer: readonly ComparableBlock[]): ComparedBlock[] {
  const olderById = new Map(older.map((b) => [b.id, b]));
  const newerIds = new Set(newer.map((b) => b.id));
  const out: ComparedBlock[] = newer.map((b) => {
    const was = olderById.get(b.id);
    if (!was) return { id: b.id, change: 'added', newer: b.text };
    return { id: b.id, change: fold(was.text) === fold(b.text) ? 'unchanged' : 'changed', older: was.text, newer: b.text };
  });
  // Removed blocks go after their predecessor in the older edition (or first).
  older.forEach((b, i) => {
    if (newerIds.has(b.id)) return;
    const before = older
      .slice(0, i)
      .reverse()
      .find((p) => out.some((o) => o.id === p.id));
    const at = before ? out.findIndex((o) => o.id === before.id) + 1 : 0;
    out.splice(at, 0, { id: b.id, change: 'removed', older: b.text });
  });
  return out;
}

/** How many blocks changed in each way. */
export function changeCounts(blocks: readonly ComparedBlock[]): Record<BlockChange, number> {
  const counts: Record<BlockChange, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const b of blocks) counts[b.change]++;
  return counts;
}
