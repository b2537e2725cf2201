/**
 * The XLIFF round trip on the site's files: which texts a strategy has, their translation state, and
 * what an import would write (every English file it updates, stamped when the import completed it),
 * or why it is refused. `npm run xliff` (scripts/xliff.ts) prints and writes what these return.
 */
import type { CheckResult } from './check';
import { componentBlocks } from './component-blocks';
import { stampProblem, stampText } from './stamp';
import { sourceHash, translationStatus } from './translations';
import { exportXliff, importFile, readXliff, type XliffText } from './xliff';

type Checked = Required<Pick<CheckResult, 'content'>> & { site: NonNullable<CheckResult['site']> };

/** The texts as the loader read them (lib/content-files.ts), by file: no file is read twice. */
function sources(content: Checked['content']): (file: string) => string | undefined {
  const byFile = new Map([...content.raw.chapterTexts, ...content.raw.measureTexts].map((t) => [t.file, t.entry.source]));
  return (file) => byFile.get(file);
}

/** The XLIFF of one strategy, with the number of texts in it; undefined for an unknown strategy. */
export function exportStrategy({ site, content }: Checked, id: string): { xliff: string; texts: number } | undefined {
  const strategy = site.strategy.get(id);
  if (!strategy) return undefined;
  const blocks = componentBlocks(strategy);
  const read = sources(content);
  const texts: XliffText[] = translationStatus(site)
    .filter((s) => s.strategy === id)
    .map((s) => ({
      path: s.ja.slice(s.ja.lastIndexOf('/ja/') + 4),
      ja: read(s.ja) ?? '',
      en: read(s.en),
      state: s.state,
      componentBlocks: blocks,
    }));
  return {
    xliff: exportXliff({ strategy: id, texts, glossary: content.glossary, municipality: strategy.municipality.id }),
    texts: texts.length,
  };
}

export interface ImportPlan {
  /** The English files to write, with their new text. */
  writes: { file: string; text: string; stamped: boolean }[];
  /** English files updated but not stamped, because some of their units are still untranslated. */
  unstamped: string[];
  /** Why the import is refused; when not empty, nothing may be written. */
  refused: string[];
}

/** What importing `xliffText` would write into the site's English files. */
export function planImport({ site, content }: Checked, xliffText: string): ImportPlan {
  const plan: ImportPlan = { writes: [], unstamped: [], refused: [] };
  const read = sources(content);
  let doc: ReturnType<typeof readXliff>;
  try {
    doc = readXliff(xliffText);
  } catch (e) {
    plan.refused.push((e as Error).message);
    return plan;
  }
  if (doc.srcLang !== 'ja' || doc.trgLang !== 'en') {
    plan.refused.push(`expected srcLang="ja" trgLang="en", found "${doc.srcLang}" → "${doc.trgLang}"`);
    return plan;
  }
  const status = translationStatus(site);
  for (const f of doc.files) {
    const s = status.find((x) => x.strategy === f.strategy && x.ja.endsWith(`/ja/${f.path}`));
    if (!s) {
      plan.refused.push(`<file original="${f.strategy}/${f.path}"> is not a text of this site`);
      continue;
    }
    const strategy = site.strategy.get(s.strategy)!;
    const before = read(s.en);
    const r = importFile({ file: f, ja: read(s.ja), en: before, componentBlocks: componentBlocks(strategy), jaFile: s.ja, enFile: s.en });
    plan.refused.push(...r.problems);
    if (r.problems.length > 0 || r.text === undefined) continue;
    let text = r.text;
    let stamped = false;
    // Stamp what the import updated, or what the translator marked reviewed, once no unit is left untranslated.
    if ((r.changed || (r.reviewed && s.state !== 'complete')) && r.complete) {
      const pair = [...strategy.chapters.map((c) => c.text), ...strategy.measures.map((m) => m.text)].find((t) => t.ja?.file === s.ja);
      const hash = sourceHash(pair!.ja!);
      const result = stampText(text, hash);
      const why = 'error' in result ? result.error : stampProblem(text, result.text, hash);
      if (why || 'error' in result) {
        plan.refused.push(`${s.en}: not stamped: ${why}`);
        continue;
      }
      stamped = result.changed;
      text = result.text;
    } else if (r.changed) plan.unstamped.push(s.en);
    if (text !== before) plan.writes.push({ file: s.en, text, stamped });
  }
  return plan;
}
