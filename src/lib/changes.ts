/**
 * The change log (content/changes.yaml): loaded with the rest of content/ and checked by the check
 * and the build alike (lib/check.ts), listed on /{lang}/changes/ and on each strategy's page
 * (site.changes), and written as an Atom feed per language.
 */
import type { ContentProblem } from './content-errors';
import type { YamlSource } from './yaml-source';
import { escapeAttr } from './xml';
import type { Change } from '../schemas/change';
import type { Lang } from '../schemas/shared';

export const CHANGES_FILE = 'changes.yaml';

/**
 * What the change log's schema cannot see: an id used twice, a strategy that does not exist. The
 * file is read and parsed with the rest of content/ (lib/content-files.ts); `source` places each
 * problem at its line.
 */
export function changeProblems(changes: Change[], strategies: ReadonlySet<string>, file: string, source?: YamlSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  changes.forEach((c, i) => {
    const at = (field: string) => source?.locate([i, field]);
    if (seen.has(c.id))
      problems.push({
        file,
        field: `[${i}].id`,
        ...at('id'),
        message: `the id "${c.id}" is used twice`,
        fix: 'give each entry its own id',
      });
    seen.add(c.id);
    if (c.strategy && !strategies.has(c.strategy))
      problems.push({
        file,
        field: `[${i}].strategy`,
        ...at('strategy'),
        message: `unknown strategy "${c.strategy}"`,
        fix: `use a strategy ID (a folder of content/strategies/): ${[...strategies].join(', ')}`,
      });
  });
  return problems;
}

/** The log newest first; entries of one day in the file's order. */
export function newestFirst(changes: Change[]): Change[] {
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map((x) => x.c);
}

export interface FeedInput {
  lang: Lang;
  title: string;
  /** Absolute URLs: the feed itself, and the changes page it mirrors. */
  self: string;
  page: string;
  changes: Change[];
  /** The entry's title in `lang` (its kind and strategy). */
  entryTitle: (c: Change) => string;
  /** The absolute URLs of the pages an entry names. */
  links: (c: Change) => string[];
  author: string;
}

const stamp = (date: string) => `${date}T00:00:00Z`;

/** The change log as an Atom 1.0 feed (RFC 4287) in one language. */
export function atomFeed(f: FeedInput): string {
  const updated = f.changes[0]?.date ?? '1970-01-01';
  const entries = f.changes.map((c) => {
    const links = f.links(c);
    return [
      '  <entry>',
      `    <id>${escapeAttr(`${f.page}#${c.id}`)}</id>`,
      `    <title>${escapeAttr(f.entryTitle(c))}</title>`,
      `    <updated>${stamp(c.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeAttr(links[0] ?? `${f.page}#${c.id}`)}"/>`,
      ...links.slice(1).map((l) => `    <link rel="related" type="text/html" href="${escapeAttr(l)}"/>`),
      `    <summary>${escapeAttr(c.summary[f.lang])}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${f.lang}">`,
    `  <id>${escapeAttr(f.self)}</id>`,
    `  <title>${escapeAttr(f.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeAttr(f.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeAttr(f.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeAttr(f.page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
