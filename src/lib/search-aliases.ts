/**
 * Extra words for the search index of a Japanese page, so that a query finds the page whichever way
 * it writes a term. Pagefind matches words as written: it does not fold full-width letters to
 * half-width (ＭＩＣＥ and MICE are different words to it), nor know that H27年度, 平成27年度 and
 * 2015年度 are the same year. The sources write both widths and both era notations, so:
 *
 * - a run of full-width letters or digits (ＭＩＣＥ, ＧＤＰ) gets its half-width form (MICE, GDP);
 *   the search page folds the query the same way (NFKC) before searching, so ＭＩＣＥ, MICE and
 *   ｍｉｃｅ all meet on MICE;
 * - an era year (H27年度, 平成27年度, R4年, 昭和62年, the ends of ranges such as H29～R4年度) gets
 *   the other era notation and the western year with the same suffix (平成27年度, H27年度, 2015年度),
 *   and a Heisei year past 2019 its Reiwa name too (H34年度 → 令和4年度).
 *
 * The layout writes these words into a hidden element of the page's indexed region; readers and
 * assistive technology never see them. Words from the page's title (its first h1) are kept apart:
 * they get the weight Pagefind gives an h1, or a page titled ＭＩＣＥの誘致 would rank for MICE like
 * a page that mentions it once in passing.
 */

const FULL_WIDTH_RUN = /[０-９Ａ-Ｚａ-ｚ]+(?:[－．][０-９Ａ-Ｚａ-ｚ]+)*/g;

/**
 * First western year minus one, and the last year of each era the sources can write: plans made
 * before 2019 count on in Heisei (H34年度 = R4年度 = 2022年度).
 */
const ERAS = {
  S: { name: '昭和', offset: 1925, last: 64 },
  H: { name: '平成', offset: 1988, last: 40 },
  R: { name: '令和', offset: 2018, last: 99 },
} as const;
type EraCode = keyof typeof ERAS;
const ERA_CODES: Record<string, EraCode> = { 昭和: 'S', 平成: 'H', 令和: 'R', S: 'S', H: 'H', R: 'R' };

// An era year, optionally the second year of a range (H27-29, H29～R4), then 年度 or 年. A letter
// era (H27) must stand alone, neither continuing nor continued by Latin letters or digits (so
// neither "PH27" nor "H2O" counts).
const ERA_YEAR =
  /(?<![A-Za-z0-9])(平成|令和|昭和|[HRS])(\d{1,2}|元)(?![0-9A-Za-z])(?:[-～〜~](平成|令和|昭和|[HRS])?(\d{1,2})(?![0-9A-Za-z]))?(年度|年)?/g;

/** The era of a western year, as it is written today (2019 is R1, not H31). */
function currentEra(western: number): EraCode {
  return western > ERAS.R.offset ? 'R' : western > ERAS.H.offset ? 'H' : 'S';
}

/** Every way to write an era year: both era notations, in its own era and today's, and western. */
function eraForms(code: EraCode, year: number, suffix: string): string[] {
  const era = ERAS[code];
  if (year < 1 || year > era.last) return [];
  const western = era.offset + year;
  const forms = [`${era.name}${year}${suffix}`, `${code}${year}${suffix}`, `${western}${suffix}`];
  const now = currentEra(western);
  if (now !== code) {
    const y = western - ERAS[now].offset;
    forms.push(`${ERAS[now].name}${y}${suffix}`, `${now}${y}${suffix}`);
  }
  return forms;
}

/**
 * The alias words for a text (plain text, not HTML): the forms it does not already contain, without
 * duplicates, in order of appearance. A lone full-width letter or digit (（１）) is left alone.
 */
export function searchAliases(text: string): string[] {
  const words = new Set<string>();
  for (const [run] of text.matchAll(FULL_WIDTH_RUN)) if (run.length > 1) words.add(run.normalize('NFKC'));
  // Era years are read on the half-width text, so Ｈ２７年度 counts as H27年度.
  const folded = text.normalize('NFKC');
  for (const m of folded.matchAll(ERA_YEAR)) {
    const [, era1, year1, era2, year2, suffix = ''] = m;
    const code1 = ERA_CODES[era1 as string] as EraCode;
    for (const form of eraForms(code1, year1 === '元' ? 1 : Number(year1), suffix)) words.add(form);
    if (year2 !== undefined) {
      // "H27-29" keeps the first era; "H29～R4" names its own.
      const code2 = era2 ? (ERA_CODES[era2] as EraCode) : code1;
      for (const form of eraForms(code2, Number(year2), suffix)) words.add(form);
    }
  }
  return [...words].filter((w) => !text.includes(w));
}

/** The alias words of a rendered page body: those of its title (first h1), and the others. */
export function pageAliases(html: string): { title: string[]; body: string[] } {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const title = h1 ? searchAliases(textOf(h1[1] ?? '')) : [];
  const body = searchAliases(textOf(html)).filter((w) => !title.includes(w));
  return { title, body };
}

/**
 * The visible text of an HTML fragment, for searchAliases: tags, scripts and styles removed, the
 * few entities Astro writes decoded. Good enough for finding words; not an HTML parser.
 */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(lt|gt|quot|#39|#x27|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e] ?? '',
    );
}
