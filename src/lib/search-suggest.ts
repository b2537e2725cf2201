/**
 * Nearby spellings for a search that found nothing ("Shizuoca" → Shizuoka, "アメリカー" → アメリカ),
 * drawn from the words of the search index (the vocabulary scripts/build-search-words.ts writes from
 * the built pages, most frequent first). Pure, so the search page (which loads it only when a search
 * finds nothing) and the unit tests run the same code.
 *
 * Words are compared folded: NFKC (full-width ＳＨＩＺＵＯＫＡ → SHIZUOKA, half-width ｱﾒﾘｶ → アメリカ),
 * lower case, hiragana as katakana (あめりか meets アメリカ). The distance is Damerau–Levenshtein
 * (optimal string alignment: a swap of two neighbours is one edit), bounded by how long the word is.
 */

/** A word as the comparison sees it: NFKC, lower case, hiragana as katakana. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The optimal-string-alignment distance of a and b (as arrays of code points), or max + 1 once it is
 * certain to exceed max: each row's smallest value only grows, so a row past max ends the work.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[t.length]!, max + 1);
}

/**
 * How many edits a word of this length may be away from a suggestion. Latin words need four letters
 * before one edit (three-letter words are one edit from hundreds of others); Japanese words are
 * shorter for the same meaning, so two characters allow one.
 */
export function allowedEdits(folded: string): number {
  const n = [...folded].length;
  if (/^[\p{Script=Latin}\d\s'’.-]+$/u.test(folded)) return n < 4 ? 0 : n <= 5 ? 1 : n <= 10 ? 2 : 3;
  return n < 2 ? 0 : n <= 5 ? 1 : 2;
}

/** The vocabulary folded once, beside the words as they are shown. */
export interface Vocabulary {
  words: readonly string[];
  folded: readonly string[];
  /** Folded word → its first (most frequent) index. */
  index: ReadonlyMap<string, number>;
}

export function vocabulary(words: readonly string[]): Vocabulary {
  const folded = words.map(foldWord);
  const index = new Map<string, number>();
  folded.forEach((f, i) => {
    if (!index.has(f)) index.set(f, i);
  });
  return { words, folded, index };
}

/** The nearest words to one folded term, best first (fewest edits, then most frequent). */
function nearest(v: Vocabulary, term: string, limit: number): { word: string; edits: number }[] {
  const max = allowedEdits(term);
  const found: { word: string; edits: number; i: number }[] = [];
  v.folded.forEach((f, i) => {
    if (v.index.get(f) !== i) return;
    const edits = f === term ? 0 : editDistance(term, f, max);
    if (edits <= max) found.push({ word: v.words[i]!, edits, i });
  });
  return found.sort((a, b) => a.edits - b.edits || a.i - b.i).slice(0, limit);
}

/**
 * Up to `limit` other spellings of a query that found nothing: words or names of the vocabulary
 * near the whole query, then (for a query of several words) the query with each unknown word
 * replaced by its nearest. Never the query itself as typed.
 */
export function suggestSpellings(v: Vocabulary, query: string, limit = 3): string[] {
  const term = foldWord(query);
  if (!term) return [];
  const typed = query.trim();
  const out: string[] = [];
  const add = (s: string) => {
    if (s !== typed && !out.includes(s)) out.push(s);
  };
  // A word spelt as in the vocabulary but in other characters (あめりか → アメリカ) counts too.
  for (const { word } of nearest(v, term, limit + 1)) add(word);
  const parts = term.split(' ');
  if (parts.length > 1 && out.length < limit) {
    const fixed = parts.map((p) => (v.index.has(p) ? p : nearest(v, p, 1)[0]?.word));
    if (fixed.every((p) => p !== undefined)) add(fixed.join(' '));
  }
  return out.slice(0, limit);
}
