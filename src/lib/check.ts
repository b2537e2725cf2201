/**
 * The content check: every file read and validated (lib/content-files.ts), the data indexed and its
 * references checked (lib/content-index.ts), the components' IDs looked up, the glossary applied.
 * `npm run check` prints what it returns; the build runs the same function before it renders
 * anything (lib/content-loader.ts), so the two cannot disagree about what is valid.
 */
import type { ContentProblem } from './content-errors';
import { indexContent, type SiteIndex } from './content-index';
import { loadContentFiles, type FileContent, type MdxFile } from './content-files';
import { componentRefProblems } from './component-refs';
import { ambiguityProblems } from './index/mention-index';
import { glossaryProblems } from './glossary-check';
import { fieldPath } from './yaml-source';
import { CHANGES_FILE, changeProblems } from './changes';
import { contentDir } from './content-dir';
import { relative, resolve } from 'node:path';
import { editionOf, inEarlierEdition, splitEditions, type EditionSplit } from './editions';

export interface CheckResult {
  content: FileContent;
  /** The indexed site, when the data could be indexed. */
  site: SiteIndex<MdxFile> | undefined;
  /** Every problem, in file order, each once. */
  problems: ContentProblem[];
}

export async function checkContent(root = process.cwd(), dir?: string): Promise<CheckResult> {
  const content = await loadContentFiles(root, dir);
  // Files that could not be read or failed their schema are "broken": the index leaves out the
  // problems that follow only from them (a "create" for a file that exists, an ID unknown because
  // the file defining it did not load); fixing the broken file's own problem fixes those too.
  const broken = [...content.broken];
  const editions = splitEditions(content.raw);
  const indexed = indexContent({ ...editions.current, broken });
  const site = indexed.site;
  const problems = [...content.problems, ...editions.problems, ...indexed.problems, ...earlierEditionProblems(editions, broken, content)];
  if (site) {
    problems.push(...componentRefProblems(content.uses, site as SiteIndex<unknown>));
    problems.push(...glossaryProblems(site, content.glossary));
    problems.push(...ambiguityProblems(site.mentionNotes));
    // The change log (content/changes.yaml): its schema, unique ids, known strategies.
    const changesFile = relative(root, resolve(root, dir ?? contentDir(), CHANGES_FILE));
    problems.push(...changeProblems(content.changes, new Set(site.strategy.keys()), changesFile, content.sources.get(changesFile)));
  }
  return { content, site, problems: sorted(placed(problems, content)) };
}

/**
 * An earlier edition is checked like the current one, in an index of the content with the earlier
 * editions added (lib/editions.ts); of its problems, those of the editions' own files are new. The
 * glossary is not applied: it governs the current translation, and an earlier one stays as published.
 */
function earlierEditionProblems(editions: EditionSplit<MdxFile>, broken: string[], content: FileContent): ContentProblem[] {
  if (!editions.withEditions) return [];
  const indexed = indexContent({ ...editions.withEditions, broken });
  const problems = indexed.problems.filter(inEarlierEdition);
  if (indexed.site) {
    const uses = content.uses.filter((u) => editionOf(u.strategy));
    problems.push(...componentRefProblems(uses, indexed.site as SiteIndex<unknown>));
  }
  return problems;
}

/** YAML problems found after loading (in the index) get the line of the field they name. */
function placed(problems: ContentProblem[], content: FileContent): ContentProblem[] {
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const at = content.sources.get(p.file)?.locate(fieldPath(p.field));
    return at ? { ...p, line: at.line, column: at.column } : p;
  });
}

function sorted(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.file}:${p.line}:${p.column}:${p.field}:${p.message}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
