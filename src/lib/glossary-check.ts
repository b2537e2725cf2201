/**
 * The glossary check: where a Japanese text contains a fixed term, its English twin must use the
 * approved English. A term inside a longer term (企画局 in 政策企画局) is not checked on its own.
 */
import type { GlossaryTerm } from '../schemas/glossary';
import type { ContentProblem } from './content-errors';
import type { SiteIndex } from './content-index';

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

/**
 * Every English file that lacks the approved English of a term its Japanese original uses, as a
 * problem naming the English file, the line of the Japanese that has the term, and the expected
 * English. A file lists deliberate exceptions in its frontmatter `glossaryExceptions`.
 */
export function glossaryProblems<E>(site: SiteIndex<E>, glossary: GlossaryTerm[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const s of site.strategies) {
    for (const item of [...s.chapters, ...s.measures]) {
      const ja = item.text.ja;
      const en = item.text.en;
      if (!ja || !en) continue;
      const excepted = new Set(((en.data as { glossaryExceptions?: { term: string }[] }).glossaryExceptions ?? []).map((x) => x.term));
      const jaText = `${JSON.stringify(ja.data)}\n${ja.body}`;
      const enText = `${JSON.stringify(en.data)}\n${en.body}`;
      for (const g of missingTerms(jaText, enText, glossary, s.municipality.id)) {
        if (excepted.has(g.id) || excepted.has(g.ja)) continue;
        const lines = ja.body.split('\n');
        const at = lines.findIndex((l) => l.normalize('NFKC').includes(g.ja.normalize('NFKC')));
        const where = at >= 0 ? `${ja.file}:${(ja.bodyLine ?? 1) + at}` : `${ja.file} (frontmatter)`;
        problems.push({
          file: en.file,
          field: `glossary ${g.id}`,
          message: `the Japanese (${where}) has ${g.ja}; the approved English is "${g.en}"`,
          fix: `use "${g.en}" where the Japanese has ${g.ja}, or, if another wording is justified here, add to the frontmatter: glossaryExceptions: [{ term: ${g.id}, reason: … }]`,
        });
      }
    }
  }
  return problems;
}
