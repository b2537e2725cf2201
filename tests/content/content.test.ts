/** Checks on the real content/ folder, read from disk with the site's own schemas and cross-index. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentFiles, type FileContent } from '../../src/lib/content-files';
import { buildIndex } from '../../src/lib/content-index';
import { glossaryProblems } from '../../src/lib/glossary-check';
import { describeProblem, ContentError } from '../../src/lib/content-errors';
import { CHAPTER_COMPONENTS, MEASURE_COMPONENTS } from '../../src/components/content/allowed-components';

let content: FileContent;
beforeAll(async () => {
  content = await loadContentFiles();
});

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The ids of `## Heading {#id}` lines, in order. */
function headingIds(body: string): string[] {
  return [...body.matchAll(/^#{1,6} .*\{#([^}]+)\}\s*$/gm)].map((m) => m[1]!);
}

describe('content/', () => {
  it('passes every schema', () => {
    expect(content.problems.map(describeProblem)).toEqual([]);
  });

  it('has every reference resolved and every ID unique', () => {
    let problems: string[] = [];
    try {
      buildIndex(content.raw);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems = e.problems.map(describeProblem);
    }
    expect(problems).toEqual([]);
  });

  it('has an English file at the same path for every Japanese file, and no English file without one', () => {
    // The twin may differ in extension: .md, or .mdx where one language needs a component inline (<Ja>).
    const files = allFiles('content').filter((f) => /\/(ja|en)\//.test(f));
    const stem = (f: string) => f.replace(/\.mdx?$/, '');
    const set = new Set(files.map(stem));
    const unpaired = files.filter((f) => !set.has(stem(f.includes('/ja/') ? f.replace('/ja/', '/en/') : f.replace('/en/', '/ja/'))));
    expect(unpaired).toEqual([]);
    expect(files.length).toBeGreaterThan(30);
  });

  it('gives every heading an explicit ASCII id, the same ids in the same order in both languages', () => {
    const problems: string[] = [];
    const texts = [...content.raw.chapterTexts, ...content.raw.measureTexts];
    for (const ja of texts.filter((t) => t.lang === 'ja')) {
      const en = texts.find(
        (t) =>
          t.lang === 'en' &&
          t.strategy === ja.strategy &&
          t.slug === ja.slug &&
          t.file.includes('/measures/') === ja.file.includes('/measures/'),
      );
      for (const t of [ja, en]) {
        if (!t) continue;
        t.entry.body.split('\n').forEach((line, i) => {
          if (/^#{1,6} /.test(line) && !/\{#[a-z0-9]+(?:-[a-z0-9]+)*\}\s*$/.test(line)) {
            problems.push(`${t.file}:${t.entry.bodyLine + i}: heading without an ASCII {#id}: ${line}`);
          }
        });
      }
      if (en && headingIds(en.entry.body).join(' ') !== headingIds(ja.entry.body).join(' ')) {
        problems.push(
          `${en.file}: heading ids differ from ${ja.file}\n  ja: ${headingIds(ja.entry.body).join(' ')}\n  en: ${headingIds(en.entry.body).join(' ')}`,
        );
      }
      const ids = headingIds(ja.entry.body);
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dup.length) problems.push(`${ja.file}: duplicate heading ids ${dup.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('uses only the components each kind of file may use', () => {
    const problems: string[] = [];
    const check = (files: { file: string; entry: { body: string } }[], allowed: readonly string[]) => {
      for (const t of files) {
        for (const m of t.entry.body.matchAll(/<([A-Za-z][\w.]*)/g)) {
          if (!allowed.includes(m[1]!)) problems.push(`${t.file}: <${m[1]}> is not allowed here; use one of ${allowed.join(', ')}`);
        }
        if (/^\s*(import|export)\s/m.test(t.entry.body)) problems.push(`${t.file}: import/export is not allowed in content`);
      }
    };
    check(content.raw.chapterTexts, CHAPTER_COMPONENTS);
    check(content.raw.measureTexts, MEASURE_COMPONENTS);
    expect(problems).toEqual([]);
  });

  it('places <Targets /> exactly once in every measure file whose measure has KPIs', () => {
    const site = buildIndex(content.raw);
    const problems: string[] = [];
    for (const s of site.strategies) {
      for (const m of s.measures) {
        for (const t of Object.values(m.text)) {
          const count = (t!.entry.body.match(/<Targets\s*\/>/g) ?? []).length;
          const expected = m.kpis.length > 0 ? 1 : 0;
          if (count !== expected) problems.push(`${t!.file}: <Targets /> ${count} times, expected ${expected}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes no KPI number in any text file (numbers live once, in measures.yaml)', () => {
    const problems: string[] = [];
    for (const t of content.raw.measureTexts) {
      for (const [id, k] of Object.entries(t.data.kpis)) {
        if (/^[\d,.\s]+$/.test(k.indicator)) problems.push(`${t.file}: kpis.${id}.indicator is a number`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses the approved English of each glossary term in the English twin of a Japanese text that has it', () => {
    const problems = glossaryProblems(buildIndex(content.raw), content.glossary).map(describeProblem);
    expect(problems).toEqual([]);
  });

  it('classifies every measure with one to three themes', () => {
    const site = buildIndex(content.raw);
    const unclassified = site.strategies.flatMap((s) =>
      s.measures.filter((m) => m.facts.kind === 'measure' && m.facts.themes.length === 0).map((m) => `${s.data.id}/${m.facts.slug}`),
    );
    expect(unclassified).toEqual([]);
  });

  it('has a seed file for every strategy', () => {
    for (const s of content.raw.strategies) {
      expect(existsSync(join('../shared/seeds', s.data.source.seed)), s.file).toBe(true);
    }
  });
});
