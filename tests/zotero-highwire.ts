/**
 * How Zotero turns citation_author tags into creators: a port of the steps that decide whether a
 * name is split into first and last name, so that tests can read our pages' tags as Zotero does.
 * Ported from zotero/translators "Embedded Metadata.js" (processHighwireCreators; commit f6350ed,
 * 2026-04-27) and zotero/utilities (cleanAuthor in utilities.js, and itemToAPIJSON's rule that a
 * creator without a first name is saved as a single-field name, in utilities_item.js; commit
 * 4051881, 2026-08-19). Case fixing and the spelling-out of initials are left out: they change how
 * a first name is written, never whether a name stays whole.
 */

/** A creator as Zotero saves it: one field (an institution) or first and last name (a person). */
export type Creator = { name: string } | { firstName: string; lastName: string };

/** cleanAuthor: trims punctuation, then splits at the comma (inverted form) or at the last space. */
export function cleanAuthor(raw: string, useComma: boolean): { firstName: string; lastName: string } {
  const author = raw
    .replace(/^[\s\u00A0.,/[\]:]+/, '')
    .replace(/[\s\u00A0.,/[\]:]+$/, '')
    .replace(/[\s\u00A0]+/, ' ');
  if (useComma) {
    const split = author.replace(/\.([^ ])/, '. $1').split(/[,،] ?/);
    return split.length > 1 ? { lastName: split[0]!, firstName: split[1]! } : { lastName: author, firstName: '' };
  }
  // Split at the last space, moving left past words that do not start with a letter ("[Country]").
  let space = author.length;
  let lastName: string;
  let firstName: string;
  do {
    space = author.lastIndexOf(' ', space - 1);
    lastName = author.substring(space + 1);
    firstName = author.substring(0, space);
  } while (!/^\p{L}/u.test(lastName) && space > 0);
  return { firstName, lastName };
}

const SPANISH = ['es', 'spa', 'Spanish', 'español'];

/** processHighwireCreators for the author tags' contents, then the single-field rule. */
export function zoteroCreators(tags: string[], language = ''): Creator[] {
  const out: Creator[] = [];
  let previous: string | undefined;
  for (const tag of tags) {
    let names = tag.split(/\s*;\s*/);
    if (names.length === 1 && tags.length === 1) {
      // One tag and no semicolon: split at commas when there are words with spaces on both sides.
      const byComma = names[0]!.split(/\s*,\s*/);
      const words = byComma[0]!.split(' ').length;
      const spanish =
        byComma.length === 2 && SPANISH.includes(language) && (words === 2 || (words > 2 && /[À-ú]|\b[Dd]e\b/u.test(byComma[0]!)));
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ') && !spanish) names = byComma;
    }
    for (const untrimmed of names) {
      const name = untrimmed.trim();
      if (!name || !/[^\s,-.;]/.test(name) || name === previous) continue;
      previous = name;
      const { firstName, lastName } = cleanAuthor(name, name.includes(','));
      out.push(firstName ? { firstName, lastName } : { name: lastName });
    }
  }
  return out;
}
