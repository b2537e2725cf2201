/**
 * The chapter and measure texts (MDX): one file per text and language; each belongs to a chapter or
 * measure that its strategy lists; an English chapter has its Japanese original; a measure text names
 * each KPI of its measure and no other; only English files carry the English files' fields. The body
 * itself is checked on its MDX syntax tree when the file is loaded (lib/mdx-check.ts).
 */
import type { Lang } from '../../schemas/shared';
import type { ChapterText } from '../../schemas/chapter';
import type { MeasureFacts, MeasureText } from '../../schemas/measure';
import type { ContentProblem } from '../content-errors';
import type { TextFile } from './types';
import { isRepeat } from './types';
import type { Lookups } from './lookups';

/** How a fix names the language of the text it asks for. */
const IN_LANGUAGE: Record<Lang, string> = { ja: '', en: ', in English' };
const INDICATOR_IN: Record<Lang, string> = { ja: 'in Japanese, as the source writes it', en: 'in English' };
import { oneOf } from './problems';

export function validateChapterTexts<E>(texts: TextFile<ChapterText, E>[], look: Lookups<E>): ContentProblem[] {
  const problems = secondFiles(texts);
  for (const t of texts) {
    const strategy = look.strategyFolders.get(t.strategy);
    if (!strategy?.data.chapters.some((c) => c.slug === t.slug)) {
      problems.push({
        file: t.file,
        field: '(file)',
        message: strategy
          ? `no chapter "${t.slug}" is listed in content/strategies/${t.strategy}/strategy.yaml`
          : `there is no strategy "${t.strategy}"`,
        fix: `add { slug: ${t.slug} } to the chapters of the strategy, or rename the file to a listed chapter slug`,
        cause: look.broken.strategy(t.strategy),
      });
    } else if (t.lang === 'en' && !look.chapterTexts.get(`${t.strategy}/${t.slug}`)?.ja) {
      problems.push({
        file: t.file,
        field: '(file)',
        message: 'this English file has no Japanese original at the same path',
        fix: `create ${t.file.replace('/en/', '/ja/')} or remove this file`,
        cause: look.broken.text(t.strategy, 'ja', 'chapter', t.slug),
      });
    }
  }
  return [...problems, ...texts.flatMap(englishOnlyFields)];
}

export function validateMeasureTexts<E>(texts: TextFile<MeasureText, E>[], look: Lookups<E>): ContentProblem[] {
  const problems = secondFiles(texts);
  for (const t of texts) {
    const listed = look.measureFiles.get(t.strategy)?.data.measures.some((m) => !isRepeat(m) && m.slug === t.slug);
    if (!listed) {
      problems.push({
        file: t.file,
        field: '(file)',
        message: `no measure "${t.slug}" is listed in content/strategies/${t.strategy}/measures.yaml`,
        fix: `add the measure's facts (slug: ${t.slug}) to measures.yaml, or rename the file to a listed measure slug`,
        cause: look.broken.measures(t.strategy),
      });
    }
  }
  for (const [folder, mf] of look.measureFiles) {
    // Measures without a strategy are not checked further: measures.yaml is reported for that.
    if (!look.strategyFolders.has(folder)) continue;
    for (const facts of mf.data.measures) {
      if (isRepeat(facts)) continue;
      const pair = look.measureTexts.get(`${folder}/${facts.slug}`) ?? {};
      for (const t of [pair.ja, pair.en]) if (t) problems.push(...kpiTextProblems(t, facts, mf.file));
    }
  }
  return [...problems, ...texts.flatMap(englishOnlyFields)];
}

/** A second file for the same text and language (say intro.md beside intro.mdx). */
function secondFiles<T, E>(texts: TextFile<T, E>[]): ContentProblem[] {
  const first = new Map<string, string>();
  return texts.flatMap((t) => {
    const key = `${t.strategy}/${t.lang}/${t.slug}`;
    const other = first.get(key);
    if (other === undefined) {
      first.set(key, t.file);
      return [];
    }
    return [
      {
        file: t.file,
        field: '(file)',
        message: `a second file for the same text (${other} is the first)`,
        fix: 'keep one of the two files',
      },
    ];
  });
}

/** Fields that only an English file may have (its review stamp, its glossary exceptions). */
function englishOnlyFields<T, E>(t: TextFile<T, E>): ContentProblem[] {
  const data = t.data as { translatedFrom?: string; glossaryExceptions?: unknown };
  if (t.lang !== 'ja' || !(data.translatedFrom || data.glossaryExceptions)) return [];
  return [
    {
      file: t.file,
      field: data.translatedFrom ? 'translatedFrom' : 'glossaryExceptions',
      message: 'this field belongs in the English file, not the Japanese one',
      fix: 'remove it from the Japanese file',
    },
  ];
}

/** Every KPI has its indicator (and, where its values are words, those words) in the text; no stray keys. */
function kpiTextProblems<E>(t: TextFile<MeasureText, E>, facts: MeasureFacts, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const k of facts.kpis) {
    for (const role of ['baseline', 'target'] as const) {
      const key = role === 'baseline' ? 'baselineText' : 'targetText';
      if (k[role]?.text && t.data.kpis[k.id] && !t.data.kpis[k.id]![key]) {
        problems.push({
          file: t.file,
          field: `kpis.${k.id}.${key}`,
          message: `the ${role} of "${k.id}" is words (text: true in ${file}), but no ${key} is given`,
          fix: `add ${key}: <the ${role} as the source words it${IN_LANGUAGE[t.lang]}>`,
        });
      }
    }
    if (!k.repeatOf && !t.data.kpis[k.id]) {
      problems.push({
        file: t.file,
        field: `kpis.${k.id}.indicator`,
        message: `the KPI "${k.id}" (in ${file}) has no indicator text`,
        fix: `add under kpis:\n      ${k.id}:\n        indicator: <the indicator name ${INDICATOR_IN[t.lang]}>`,
      });
    }
  }
  for (const key of Object.keys(t.data.kpis)) {
    const k = facts.kpis.find((x) => x.id === key);
    if (!k || k.repeatOf) {
      problems.push({
        file: t.file,
        field: `kpis.${key}`,
        message: k ? `"${key}" repeats another KPI and takes its text from there` : `unknown KPI "${key}"`,
        fix: k
          ? `remove kpis.${key} from this file`
          : `use one of the KPI IDs of "${facts.slug}" in ${file}: ${oneOf(facts.kpis.filter((x) => !x.repeatOf).map((x) => x.id))}`,
      });
    }
  }
  return problems;
}
