/**
 * The glossary check: where a Japanese text contains a fixed term, its English twin must use the
 * approved English. A term inside a longer term (企画局 in 政策企画局) is not checked on its own.
 */
import type { GlossaryTerm } from '../schemas/glossary';

/** English folded for comparison: lower case, plurals to singular ("sister cities" → "sister city"). */
export function foldEnglish(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‐‑–—]/g, '-')
    .replace(/ies\b/g, 'y')
    .replace(/(?<=[a-z])s\b/g, '');
}

/** The terms that occur in `ja`, leaving out occurrences that lie inside a longer term's. */
export function termsIn(ja: string, terms: GlossaryTerm[]): GlossaryTerm[] {
  const text = ja.normalize('NFKC');
  const hits: { term: GlossaryTerm; start: number; end: number }[] = [];
  for (const term of terms) {
    const needle = term.ja.normalize('NFKC');
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
      hits.push({ term, start: i, end: i + needle.length });
    }
  }
  const standalone = hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  return [...new Set(standalone.map((h) => h.term))];
}

/** The glossary terms of `ja` whose approved English is missing from `en`. */
export function missingTerms(ja: string, en: string, terms: GlossaryTerm[], municipality: string): GlossaryTerm[] {
  const applicable = terms.filter((t) => !t.scope || t.scope.includes(municipality));
  const english = foldEnglish(en);
  // A term whose English has a parenthesised gloss is checked by its main part.
  return termsIn(ja, applicable).filter((t) => !english.includes(foldEnglish(t.en.replace(/\s*\(.*\)$/, ''))));
}
