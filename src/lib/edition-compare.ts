/**
 * Comparing two editions of a text block by block (the compare-editions view, issue 19). Blocks are
 * paired first by the ids both editions' pages give them (lib/blocks.ts); since those ids are
 * positional (a paragraph inserted renumbers the ones after it), a pair whose texts have little in
 * common is undone and each block is then paired by text: the same text under another id, or failing
 * that the most similar unpaired block. What is left is added or removed. Order: the newer edition's,
 * with a removed block placed after the block that preceded it in the older edition.
 */
export type BlockChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ComparableBlock {
  id: string;
  /** The block's plain text (lib/strategy-json.ts plainText), compared after folding whitespace. */
  text: string;
}

export interface ComparedBlock {
  /** The block's id in the newer edition (in the older one for a removed block). */
  id: string;
  change: BlockChange;
  /** The block's id in the older edition, where it differs from `id` (a renumbered block). */
  olderId?: string;
  older?: string;
  newer?: string;
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** A text folded, with its character bigrams (a measure of likeness that works for Japanese, without spaces, as for English). */
interface Folded {
  text: string;
  bigrams: Map<string, number>;
  count: number;
}

function folded(s: string): Folded {
  const text = fold(s);
  const bigrams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) bigrams.set(text.slice(i, i + 2), (bigrams.get(text.slice(i, i + 2)) ?? 0) + 1);
  return { text, bigrams, count: Math.max(text.length - 1, 0) };
}

/** Dice coefficient of two folded texts' bigrams, from 0 (nothing shared) to 1 (the same). */
function likeness(x: Folded, y: Folded): number {
  if (x.text === y.text) return 1;
  let shared = 0;
  for (const [g, n] of x.bigrams) shared += Math.min(n, y.bigrams.get(g) ?? 0);
  const total = x.count + y.count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The likeness of two texts, from 0 (no bigram shared) to 1 (the same after folding whitespace and width). */
export function similarity(a: string, b: string): number {
  return likeness(folded(a), folded(b));
}

/** Below this likeness two blocks are not "the same block, changed" but one removed and one added. */
const SIMILAR = 0.5;

/** Older block index → newer block index, by the rules in the module's comment. */
function pairBlocks(older: readonly ComparableBlock[], newer: readonly ComparableBlock[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const pair = (o: number, n: number) => {
    pairs.set(o, n);
    taken.add(n);
  };
  const newerIndex = new Map(newer.map((b, i) => [b.id, i]));
  // Each text folded once, for all the comparisons it takes part in.
  const [x, y] = [older.map((b) => folded(b.text)), newer.map((b) => folded(b.text))];
  // 1. The same id and the same or a similar text.
  older.forEach((b, o) => {
    const n = newerIndex.get(b.id);
    if (n !== undefined && likeness(x[o]!, y[n]!) >= SIMILAR) pair(o, n);
  });
  // 2. The same text under another id (a renumbered block), then 3. the most similar free block.
  for (const pass of ['same', 'similar'] as const) {
    older.forEach((_, o) => {
      if (pairs.has(o)) return;
      let best: { n: number; score: number } | undefined;
      newer.forEach((_, n) => {
        if (taken.has(n)) return;
        const score = pass === 'same' ? Number(x[o]!.text === y[n]!.text) : likeness(x[o]!, y[n]!);
        if (score >= SIMILAR && (!best || score > best.score)) best = { n, score };
      });
      if (best) pair(o, best.n);
    });
  }
  return pairs;
}

export function compareBlocks(older: readonly ComparableBlock[], newer: readonly ComparableBlock[]): ComparedBlock[] {
  const pairs = pairBlocks(older, newer);
  const olderOf = new Map([...pairs].map(([o, n]) => [n, o]));
  const out: ComparedBlock[] = newer.map((b, n) => {
    const o = olderOf.get(n);
    if (o === undefined) return { id: b.id, change: 'added', newer: b.text };
    const was = older[o]!;
    const change = fold(was.text) === fold(b.text) ? 'unchanged' : 'changed';
    return { id: b.id, change, ...(was.id !== b.id ? { olderId: was.id } : {}), older: was.text, newer: b.text };
  });
  // Removed blocks go after the newer block that their nearest paired predecessor became (or first);
  // found by identity, as a removed block may have that block's id.
  const kept = [...out];
  let at = 0;
  older.forEach((b, o) => {
    const n = pairs.get(o);
    if (n !== undefined) {
      at = out.indexOf(kept[n]!) + 1;
      return;
    }
    out.splice(at++, 0, { id: b.id, change: 'removed', older: b.text });
  });
  return out;
}

/** How many blocks changed in each way. */
export function changeCounts(blocks: readonly ComparedBlock[]): Record<BlockChange, number> {
  const counts: Record<BlockChange, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const b of blocks) counts[b.change]++;
  return counts;
}

/** A run of a changed block's text: kept, inserted or deleted. */
export interface TextRun {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/** Words as the language segments them (Japanese has no spaces: Intl.Segmenter finds its words). */
function words(text: string, lang: string): string[] {
  return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].map((s) => s.segment);
}

/** Longer texts than this many word pairs are shown as deleted and inserted whole (the table is quadratic). */
const MAX_CELLS = 400_000;

/** The words of `older` and `newer` in order, marked kept, deleted or inserted (a longest common subsequence). */
export function diffWords(older: string, newer: string, lang: string): TextRun[] {
  const a = words(older, lang);
  const b = words(newer, lang);
  if (a.length * b.length > MAX_CELLS) return [...(older ? [{ kind: 'del' as const, text: older }] : []), { kind: 'ins', text: newer }];
  // lcs[i][j]: the common length of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const runs: TextRun[] = [];
  const push = (kind: TextRun['kind'], text: string) => {
    const last = runs.at(-1);
    if (last?.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i++]!);
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) push('del', a[i++]!);
    else push('ins', b[j++]!);
  }
  return runs;
}
