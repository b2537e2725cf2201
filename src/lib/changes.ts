/**
 * The change log (content/changes.yaml): read and validated once, listed on /{lang}/changes/ and
 * on each strategy's page, and written as an Atom feed per language. The check validates it
 * (lib/check.ts) with every problem at its line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ContentProblem } from './content-errors';
import { contentDir } from './content-dir';
import { readYamlSource, zodProblems } from './yaml-source';
import { changesFileSchema, type Change } from '../schemas/change';
import type { Lang } from '../schemas/shared';

export const CHANGES_FILE = 'changes.yaml';

export interface ChangeLog {
  /** Newest first; entries of one day in the file's order. */
  changes: Change[];
  problems: ContentProblem[];
}

/** Reads and validates the change log; `strategies` are the IDs it may name. No file: an empty log. */
export function readChanges(strategies: ReadonlySet<string>, root = process.cwd(), dir = contentDir()): ChangeLog {
  const path = resolve(root, dir, CHANGES_FILE);
  if (!existsSync(path)) return { changes: [], problems: [] };
  const file = relative(root, path);
  const source = readYamlSource(file, readFileSync(path, 'utf8'));
  if ('problem' in source) return { changes: [], problems: [source.problem] };
  const parsed = changesFileSchema.safeParse(source.value ?? []);
  if (!parsed.success) return { changes: [], problems: zodProblems(file, parsed.error, source) };
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((c, i) => {
    const at = (field: string) => source.locate([i, field]);
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
  const changes = parsed.data
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map((x) => x.c);
  return { changes, problems };
}

let cached: { key: string; log: ChangeLog } | undefined;

/** The change log for pages (read once per build). */
export function getChanges(strategies: ReadonlySet<string>): Change[] {
  const key = resolve(contentDir());
  if (cached?.key !== key) cached = { key, log: readChanges(strategies) };
  return cached.log.changes;
}

/** Text escaped for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
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
      `    <id>${escapeXml(`${f.page}#${c.id}`)}</id>`,
      `    <title>${escapeXml(f.entryTitle(c))}</title>`,
      `    <updated>${stamp(c.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(links[0] ?? `${f.page}#${c.id}`)}"/>`,
      ...links.slice(1).map((l) => `    <link rel="related" type="text/html" href="${escapeXml(l)}"/>`),
      `    <summary>${escapeXml(c.summary[f.lang])}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${f.lang}">`,
    `  <id>${escapeXml(f.self)}</id>`,
    `  <title>${escapeXml(f.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(f.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(f.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(f.page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
