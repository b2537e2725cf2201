/**
 * The one loader of content/: reads every file once (UTF-8 only), parses YAML and frontmatter,
 * validates each with its schema and each text's MDX syntax tree, and returns the RawContent the
 * site is indexed from, with every problem found. `npm run check` calls it directly; the build calls
 * it through the content collections' loader (lib/content-loader.ts), so both read, parse and judge
 * the files with the same code.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import { strategySchema } from '../schemas/strategy';
import { measureFileSchema, measureTextSchema } from '../schemas/measure';
import { chapterTextSchema } from '../schemas/chapter';
import { citySchema } from '../schemas/city';
import { regionSchema } from '../schemas/region';
import { bureauSchema } from '../schemas/bureau';
import { unitSchema } from '../schemas/unit';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';
import { aliasSchema, type Alias } from '../schemas/alias';
import { coverageSchema } from '../schemas/coverage';
import { networkSchema } from '../schemas/network';
import { NOT_MENTIONS_FILE, notMentionsSchema } from '../schemas/not-mention';
import { themeSchema } from '../schemas/theme';
import { redirectsFileSchema, type Redirect } from '../schemas/redirect';
import { changesFileSchema, type Change } from '../schemas/change';
import { guideSchema, type Guide } from '../schemas/guide';
import type { Lang } from '../schemas/shared';
import { CHAPTER_COMPONENTS, MEASURE_COMPONENTS } from '../components/content/allowed-components';
import { contentDir } from './content-dir';
import { STRATEGY_FOLDER, TEXT_PATH } from './text-path';
import { CHANGES_FILE } from './changes';
import { otherLang } from '../i18n';
import type { ContentProblem } from './content-errors';
import type { RawContent, TextFile } from './content-index';
import type { TextUses } from './component-refs';
import { checkMdx, mdxBody } from './mdx-check';
import { decodeContent } from './text-encoding';
import { readYamlSource, zodProblems, type YamlSource } from './yaml-source';

/** A text file as read from disk. */
export interface MdxFile {
  /** The whole file, frontmatter included (what the translation stamp hashes). */
  source: string;
  /** The MDX after the frontmatter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** A hash of the file, for the content store. */
  digest: string;
}

/** A page of the site's guides (content/guides/<ja|en>/<slug>.mdx). */
export interface GuideFile {
  file: string;
  lang: Lang;
  slug: string;
  data: Guide;
  entry: MdxFile;
}

export interface FileContent {
  raw: RawContent<MdxFile>;
  /** The site's own guides, in both languages. */
  guides: GuideFile[];
  glossary: GlossaryTerm[];
  /** Other names of countries, cities and themes, for the search index and the glossary (content/aliases.yaml). */
  aliases: Alias[];
  redirects: Redirect[];
  /** The change log (content/changes.yaml), in the file's order; none without the file. */
  changes: Change[];
  /** Each text's components, for the reference checks once the data is indexed. */
  uses: TextUses[];
  /** YAML sources by file, to place problems found later (in the index) at their line. */
  sources: Map<string, YamlSource>;
  /** Files that exist but could not be read or parsed: problems that follow only from them are not repeated. */
  broken: Set<string>;
  problems: ContentProblem[];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Everything under content/, read and checked. `root` is the project folder; `dir` the content folder in it. */
export async function loadContentFiles(root = process.cwd(), dir = contentDir()): Promise<FileContent> {
  const out: FileContent = {
    raw: emptyRaw(dir),
    guides: [],
    glossary: [],
    aliases: [],
    redirects: [],
    changes: [],
    uses: [],
    sources: new Map(),
    broken: new Set(),
    problems: [],
  };
  const reader = new Reader(root, out);
  const lists: [string, z.ZodType, (v: never[]) => unknown, boolean?][] = [
    ['cities.yaml', citySchema, (v: never[]) => (out.raw.cities = v)],
    ['regions.yaml', regionSchema, (v: never[]) => (out.raw.regions = v)],
    ['bureaus.yaml', bureauSchema, (v: never[]) => (out.raw.bureaus = v)],
    ['units.yaml', unitSchema, (v: never[]) => (out.raw.units = v)],
    ['networks.yaml', networkSchema, (v: never[]) => (out.raw.networks = v)],
    ['themes.yaml', themeSchema, (v: never[]) => (out.raw.themes = v)],
    ['glossary.yaml', glossaryTermSchema, (v: never[]) => (out.glossary = v)],
    // Optional: a site without other names (a test fixture) needs no file.
    ['aliases.yaml', aliasSchema, (v: never[]) => (out.aliases = out.raw.aliases = v), true],
  ];
  await Promise.all(
    lists.map(async ([name, schema, set, optional]) => set((await reader.list(resolve(root, dir, name), schema, optional)) as never[])),
  );
  out.redirects = (await reader.yaml(resolve(root, dir, 'redirects.yaml'), redirectsFileSchema, { optional: true })) ?? [];
  out.raw.notMentions = await reader.yaml(resolve(root, dir, NOT_MENTIONS_FILE), notMentionsSchema, { optional: true });
  out.changes = (await reader.yaml(resolve(root, dir, CHANGES_FILE), changesFileSchema, { optional: true })) ?? [];
  const strategies = resolve(root, dir, 'strategies');
  for (const path of await listFiles(strategies)) await reader.strategyFile(path, relative(strategies, path));
  const guides = resolve(root, dir, 'guides');
  for (const path of await listFiles(guides)) await reader.guideFile(path, relative(guides, path));
  out.problems.push(...guidePairs(out.guides, root));
  return out;
}

function emptyRaw(dir: string): RawContent<MdxFile> {
  const files = Object.fromEntries(['cities', 'regions', 'bureaus', 'units', 'networks', 'themes'].map((k) => [k, `${dir}/${k}.yaml`]));
  return {
    strategies: [],
    measureFiles: [],
    chapterTexts: [],
    measureTexts: [],
    cities: [],
    regions: [],
    bureaus: [],
    units: [],
    networks: [],
    themes: [],
    files: files as RawContent<MdxFile>['files'],
  };
}

/** The components a guide may use: the phrase and note components of texts, no data tables. */
const GUIDE_COMPONENTS = ['Ja', 'En', 'EditorNote'] as const;

const digestOf = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 16);

/** The languages' names in messages for editors. */
const LANGUAGE_NAMES: Record<Lang, string> = { ja: 'Japanese', en: 'English' };

/** Every guide exists in both languages (the site shows each page in both). */
function guidePairs(guides: GuideFile[], root: string): ContentProblem[] {
  const has = new Set(guides.map((g) => `${g.lang}/${g.slug}`));
  return guides
    .filter((g) => !has.has(`${otherLang(g.lang)}/${g.slug}`))
    .map((g) => {
      const twin = g.file.replace(`/${g.lang}/`, `/${otherLang(g.lang)}/`);
      return {
        file: g.file,
        field: '(file)',
        message: `the guide has no ${LANGUAGE_NAMES[otherLang(g.lang)]} version`,
        fix: `create ${relative(root, resolve(root, twin))}`,
      };
    });
}

/** Reads files into `out`, recording each problem and each file that could not be read. */
class Reader {
  constructor(
    private readonly root: string,
    private readonly out: FileContent,
  ) {}

  private fail(problem: ContentProblem): undefined {
    this.out.problems.push(problem);
    this.out.broken.add(problem.file);
    return undefined;
  }

  /** The file's text, if it is UTF-8 without a BOM. */
  async text(path: string, optional = false): Promise<string | undefined> {
    const file = relative(this.root, path);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (e) {
      if (optional && (e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      return this.fail({ file, field: '(file)', message: `the file cannot be read: ${(e as Error).message}`, fix: 'restore the file' });
    }
    const decoded = decodeContent(file, bytes);
    return 'problem' in decoded ? this.fail(decoded.problem) : decoded.text;
  }

  /** A YAML file validated by `schema`. */
  async yaml<S extends z.ZodType>(path: string, schema: S, opts: { optional?: boolean } = {}): Promise<z.infer<S> | undefined> {
    const file = relative(this.root, path);
    const text = await this.text(path, opts.optional);
    if (text === undefined) return undefined;
    const source = readYamlSource(file, text);
    if ('problem' in source) return this.fail(source.problem);
    this.out.sources.set(file, source);
    const r = schema.safeParse(source.value ?? (opts.optional ? [] : undefined));
    if (r.success) return r.data;
    this.out.problems.push(...zodProblems(file, r.error, source));
    this.out.broken.add(file);
    return undefined;
  }

  /** A YAML list of entries, each validated by `schema`; invalid entries are reported and left out. */
  async list<S extends z.ZodType>(path: string, schema: S, optional = false): Promise<z.infer<S>[]> {
    const file = relative(this.root, path);
    const text = await this.text(path, optional);
    if (text === undefined) return [];
    const source = readYamlSource(file, text);
    if ('problem' in source) return this.fail(source.problem) ?? [];
    this.out.sources.set(file, source);
    if (!Array.isArray(source.value)) {
      return (
        this.fail({
          file,
          field: '(top level)',
          line: 1,
          message: 'expected a list of entries',
          fix: 'write each entry as "- id: …" at the start of a line',
        }) ?? []
      );
    }
    const items: z.infer<S>[] = [];
    source.value.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (r.success) items.push(r.data);
      else {
        this.out.problems.push(...zodProblems(file, r.error, source, [i]));
        // An entry left out makes references to it look unknown: those are knock-ons.
        this.out.broken.add(file);
      }
    });
    return items;
  }

  /** A file under content/strategies/ (`inStrategies` is its path there). */
  async strategyFile(path: string, inStrategies: string): Promise<void> {
    const file = relative(this.root, path);
    // A strategy's own files, or those of an earlier edition (<strategy>/editions/<edition>/…).
    const [, , name] = STRATEGY_FOLDER.exec(inStrategies) ?? [];
    const raw = this.out.raw;
    if (name === 'strategy.yaml') {
      const data = await this.yaml(path, strategySchema);
      if (data) raw.strategies.push({ file, data });
    } else if (name === 'measures.yaml') {
      const data = await this.yaml(path, measureFileSchema);
      if (data) raw.measureFiles.push({ file, data });
    } else if (name === 'coverage.yaml' && !inStrategies.includes('/editions/')) {
      await this.yaml(path, coverageSchema);
    } else if (TEXT_PATH.test(inStrategies)) {
      await this.textFile(path, inStrategies);
    } else {
      this.out.problems.push({
        file,
        field: '(file)',
        message: inStrategies.endsWith('.md') ? 'texts are MDX files (.mdx), not .md' : 'this file is not where the site looks for content',
        fix: 'chapters go in content/strategies/<strategy>/<ja|en>/<chapter>.mdx, measures in …/<ja|en>/measures/<measure>.mdx; data in strategy.yaml, measures.yaml and coverage.yaml; an earlier edition is a copy of these in content/strategies/<strategy>/editions/<edition>/ (without coverage.yaml)',
      });
    }
  }

  /** A chapter or measure text: frontmatter, then the MDX tree. */
  async textFile(path: string, inStrategies: string): Promise<void> {
    const file = relative(this.root, path);
    const [, strategy, lang, isMeasure, slug] = TEXT_PATH.exec(inStrategies) as unknown as [
      string,
      string,
      Lang,
      string | undefined,
      string,
    ];
    const source = await this.text(path);
    if (source === undefined) return;
    const fm = this.frontmatter(file, source);
    if (!fm) return;
    const schema = isMeasure ? measureTextSchema : chapterTextSchema;
    const r = schema.safeParse(fm.data);
    if (!r.success) this.out.problems.push(...zodProblems(file, r.error, fm.source));
    const body = mdxBody(source);
    const mdx = checkMdx(file, body, isMeasure ? MEASURE_COMPONENTS : CHAPTER_COMPONENTS);
    this.out.problems.push(...mdx.problems);
    if (!r.success || mdx.problems.some((p) => p.field === 'MDX' && /cannot be read/.test(p.message))) {
      this.out.broken.add(file);
      return;
    }
    this.out.uses.push({ file, strategy, uses: mdx.uses });
    const entry: MdxFile = {
      source,
      body: source.slice(fm.bodyStart),
      bodyLine: fm.bodyLine,
      digest: createHash('sha256').update(source).digest('hex').slice(0, 16),
    };
    const text = { file, lang, strategy, slug, entry, body: entry.body, bodyLine: fm.bodyLine };
    if (isMeasure) this.out.raw.measureTexts.push({ ...text, data: r.data } as TextFile<z.infer<typeof measureTextSchema>, MdxFile>);
    else this.out.raw.chapterTexts.push({ ...text, data: r.data } as TextFile<z.infer<typeof chapterTextSchema>, MdxFile>);
  }

  /** A page of the guides: content/guides/<ja|en>/<slug>.mdx, with the components of a chapter's prose. */
  async guideFile(path: string, inGuides: string): Promise<void> {
    const file = relative(this.root, path);
    const m = /^(ja|en)\/([a-z0-9-]+)\.mdx$/.exec(inGuides);
    if (!m) {
      this.out.problems.push({
        file,
        field: '(file)',
        message: 'this file is not where the site looks for guides',
        fix: 'guides go in content/guides/<ja|en>/<page>.mdx',
      });
      return;
    }
    const source = await this.text(path);
    if (source === undefined) return;
    const fm = this.frontmatter(file, source);
    if (!fm) return;
    const r = guideSchema.safeParse(fm.data);
    if (!r.success) this.out.problems.push(...zodProblems(file, r.error, fm.source));
    const mdx = checkMdx(file, mdxBody(source), GUIDE_COMPONENTS);
    this.out.problems.push(...mdx.problems);
    if (!r.success || mdx.problems.length > 0) {
      this.out.broken.add(file);
      return;
    }
    const entry: MdxFile = { source, body: source.slice(fm.bodyStart), bodyLine: fm.bodyLine, digest: digestOf(source) };
    this.out.guides.push({ file, lang: m[1] as Lang, slug: m[2]!, data: r.data, entry });
  }

  /** The frontmatter, parsed as the build parses it (and located with the YAML document). */
  frontmatter(file: string, source: string): { data: unknown; source: YamlSource; bodyStart: number; bodyLine: number } | undefined {
    const m = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/.exec(source);
    if (!m) {
      return this.fail({
        file,
        field: '(frontmatter)',
        line: 1,
        message: 'the file has no frontmatter',
        fix: 'start the file with a line ---, then title: …, then a line ---',
      });
    }
    const located = readYamlSource(file, m[1] ?? '', 1);
    if ('problem' in located) return this.fail({ ...located.problem, field: '(frontmatter)' });
    this.out.sources.set(file, located);
    let data: unknown;
    try {
      data = parseFrontmatter(source).frontmatter;
    } catch (e) {
      return this.fail({
        file,
        field: '(frontmatter)',
        line: 2,
        message: `the frontmatter cannot be read: ${(e as Error).message}`,
        fix: 'correct the YAML between the --- lines',
      });
    }
    return { data, source: located, bodyStart: m[0].length, bodyLine: m[0].split('\n').length };
  }
}
