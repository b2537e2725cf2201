/**
 * Reads content/ straight from the file system (no Astro), validates it with the same schemas and
 * returns the same RawContent that the site builds from. Used by `npm run check` and the content
 * tests, so a translator's mistakes show in seconds without a build.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { strategySchema } from '../schemas/strategy';
import { measureFileSchema, measureTextSchema } from '../schemas/measure';
import { chapterTextSchema } from '../schemas/chapter';
import { citySchema } from '../schemas/city';
import { regionSchema } from '../schemas/region';
import { bureauSchema } from '../schemas/bureau';
import { unitSchema } from '../schemas/unit';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';
import { coverageSchema } from '../schemas/coverage';
import { networkSchema } from '../schemas/network';
import { themeSchema } from '../schemas/theme';
import type { Lang } from '../schemas/shared';
import { contentDir } from './content-dir';
import type { ContentProblem } from './content-errors';
import type { RawContent, TextFile } from './content-index';

/** An MDX file as read from disk: its frontmatter is validated, its body kept for checks. */
export interface MdxFile {
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
}

export interface FileContent {
  raw: RawContent<MdxFile>;
  glossary: GlossaryTerm[];
  problems: ContentProblem[];
}

function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
      .filter(Boolean)
      .join('.')
      .replace(/\.\[/g, '[');
    const unknown = issue.code === 'unrecognized_keys';
    return {
      file,
      field: unknown ? `${field || '(top level)'}.${issue.keys.join(', ')}` : field || '(top level)',
      message: unknown ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
      fix: unknown
        ? 'check the spelling against the schema in src/schemas/ (each field is documented there), or remove the field'
        : 'correct the value as the message says; each field is documented in src/schemas/',
    };
  });
}

/** Splits `---\nyaml\n---\nbody`; null frontmatter when the file has none. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { frontmatter: null, body: text, bodyLine: 1 };
  return { frontmatter: m[1]!, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function loadContentFiles(root = process.cwd(), dir = contentDir()): Promise<FileContent> {
  const problems: ContentProblem[] = [];
  const rel = (p: string) => relative(root, p);

  async function readYaml(path: string): Promise<unknown> {
    try {
      return parse(await readFile(path, 'utf8'));
    } catch (e) {
      problems.push({
        file: rel(path),
        field: '(file)',
        message: `the YAML cannot be read: ${(e as Error).message}`,
        fix: 'correct the YAML syntax at the line shown',
      });
      return undefined;
    }
  }

  async function readList<S extends z.ZodType>(name: string, schema: S): Promise<z.infer<S>[]> {
    const path = join(root, dir, name);
    const file = rel(path);
    const data = await readYaml(path);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      problems.push({
        file,
        field: '(top level)',
        message: 'expected a list of entries',
        fix: 'write each entry as "- id: …" at the start of a line',
      });
      return [];
    }
    const out: z.infer<S>[] = [];
    data.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (r.success) out.push(r.data);
      else problems.push(...zodProblems(file, r.error, `[${i}]`));
    });
    return out;
  }

  const [cities, regions, bureaus, units, glossary, networks, themes] = await Promise.all([
    readList('cities.yaml', citySchema),
    readList('regions.yaml', regionSchema),
    readList('bureaus.yaml', bureauSchema),
    readList('units.yaml', unitSchema),
    readList('glossary.yaml', glossaryTermSchema),
    readList('networks.yaml', networkSchema),
    readList('themes.yaml', themeSchema),
  ]);

  const strategies: RawContent<MdxFile>['strategies'] = [];
  const measureFiles: RawContent<MdxFile>['measureFiles'] = [];
  const chapterTexts: TextFile<z.infer<typeof chapterTextSchema>, MdxFile>[] = [];
  const measureTexts: TextFile<z.infer<typeof measureTextSchema>, MdxFile>[] = [];

  for (const path of await listFiles(join(root, dir, 'strategies'))) {
    const file = rel(path);
    const inStrategies = relative(join(root, dir, 'strategies'), path).split('/');
    if (inStrategies.length === 2 && inStrategies[1] === 'strategy.yaml') {
      const r = strategySchema.safeParse(await readYaml(path));
      if (r.success) strategies.push({ file, data: r.data });
      else problems.push(...zodProblems(file, r.error));
      continue;
    }
    if (inStrategies.length === 2 && inStrategies[1] === 'measures.yaml') {
      const r = measureFileSchema.safeParse(await readYaml(path));
      if (r.success) measureFiles.push({ file, data: r.data });
      else problems.push(...zodProblems(file, r.error));
      continue;
    }
    if (inStrategies.length === 2 && inStrategies[1] === 'coverage.yaml') {
      const r = coverageSchema.safeParse(await readYaml(path));
      if (!r.success) problems.push(...zodProblems(file, r.error));
      continue;
    }
    const text = /^([^/]+)\/(ja|en)\/(measures\/)?([^/]+)\.mdx?$/.exec(inStrategies.join('/'));
    if (!text) {
      problems.push({
        file,
        field: '(file)',
        message: 'this file is not where the site looks for content',
        fix: 'chapters go in content/strategies/<strategy>/<ja|en>/<chapter>.md (or .mdx), measures in …/<ja|en>/measures/<measure>.md (or .mdx); data in strategy.yaml, measures.yaml and coverage.yaml',
      });
      continue;
    }
    const [, strategy, lang, isMeasure, slug] = text as unknown as [string, string, Lang, string | undefined, string];
    const { frontmatter, body, bodyLine } = splitFrontmatter(await readFile(path, 'utf8'));
    let data: unknown;
    try {
      data = frontmatter === null ? undefined : parse(frontmatter);
    } catch (e) {
      problems.push({
        file,
        field: '(frontmatter)',
        message: `the frontmatter YAML cannot be read: ${(e as Error).message}`,
        fix: 'correct the YAML between the --- lines',
      });
      continue;
    }
    if (data === undefined) {
      problems.push({
        file,
        field: '(frontmatter)',
        message: 'the file has no frontmatter',
        fix: 'start the file with ---, title: …, --- lines',
      });
      continue;
    }
    const entry: MdxFile = { body, bodyLine };
    if (isMeasure) {
      const r = measureTextSchema.safeParse(data);
      if (r.success) measureTexts.push({ file, lang, strategy, slug, data: r.data, entry, body, bodyLine });
      else problems.push(...zodProblems(file, r.error));
    } else {
      const r = chapterTextSchema.safeParse(data);
      if (r.success) chapterTexts.push({ file, lang, strategy, slug, data: r.data, entry, body, bodyLine });
      else problems.push(...zodProblems(file, r.error));
    }
  }

  return {
    raw: {
      strategies,
      measureFiles,
      chapterTexts,
      measureTexts,
      cities,
      regions,
      bureaus,
      units,
      networks,
      themes,
      files: {
        cities: `${dir}/cities.yaml`,
        regions: `${dir}/regions.yaml`,
        bureaus: `${dir}/bureaus.yaml`,
        units: `${dir}/units.yaml`,
        networks: `${dir}/networks.yaml`,
        themes: `${dir}/themes.yaml`,
      },
    },
    glossary,
    problems,
  };
}
