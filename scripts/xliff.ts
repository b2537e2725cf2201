// The XLIFF 2.0 round trip for CAT tools: `export <strategy> [--out file]` writes the strategy's
// texts as XLIFF (Japanese source, English target, one unit per block); `import <file>` writes the
// translated targets back into the English MDX files and stamps the files it completed. Exit 0 on
// success, 1 when the import is refused (nothing is written), 2 on a usage or content error.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkContent } from '../src/lib/check';
import { describeProblem } from '../src/lib/content-errors';
import { componentBlocks } from '../src/lib/component-blocks';
import { stampProblem, stampText } from '../src/lib/stamp';
import { sourceHash, translationStatus } from '../src/lib/translations';
import { exportXliff, importFile, readXliff, type XliffText } from '../src/lib/xliff';

const [command, arg, ...rest] = process.argv.slice(2);
const { site, content, problems } = await checkContent();
if (!site) fail(`the content has problems; fix them first (npm run check):\n${problems.map(describeProblem).join('\n')}`);
const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

if (command === 'export' && arg) exportStrategy(arg);
else if (command === 'import' && arg) importXliff(arg);
else fail('usage: npm run xliff -- export <strategy> [--out <file>]   |   npm run xliff -- import <file.xlf>');

function exportStrategy(id: string): void {
  const strategy = site!.strategy.get(id);
  if (!strategy) fail(`unknown strategy "${id}"; one of: ${[...site!.strategy.keys()].join(', ')}`);
  const blocks = componentBlocks(strategy);
  const texts: XliffText[] = translationStatus(site!)
    .filter((s) => s.strategy === id)
    .map((s) => ({
      path: s.ja.slice(s.ja.indexOf('/ja/') + 4),
      ja: readFileSync(s.ja, 'utf8'),
      en: read(s.en),
      state: s.state,
      componentBlocks: blocks,
    }));
  const out = rest[0] === '--out' && rest[1] ? rest[1] : `${id}.xlf`;
  writeFileSync(out, exportXliff({ strategy: id, texts, glossary: content.glossary, municipality: strategy.municipality.id }));
  console.log(`wrote ${out}: ${texts.length} texts of ${id}`);
}

function importXliff(path: string): void {
  let doc: ReturnType<typeof readXliff>;
  try {
    doc = readXliff(readFileSync(path, 'utf8'));
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`);
  }
  if (doc.srcLang !== 'ja' || doc.trgLang !== 'en')
    fail(`${path}: expected srcLang="ja" trgLang="en", found "${doc.srcLang}" → "${doc.trgLang}"`);
  const status = translationStatus(site!);
  const writes: { file: string; text: string }[] = [];
  const refused: string[] = [];
  for (const f of doc.files) {
    const s = status.find((x) => x.strategy === f.strategy && x.ja.endsWith(`/ja/${f.path}`));
    if (!s) {
      refused.push(`${path}: <file original="${f.strategy}/${f.path}"> is not a text of this site`);
      continue;
    }
    const strategy = site!.strategy.get(s.strategy)!;
    const r = importFile({
      file: f,
      ja: read(s.ja),
      en: read(s.en),
      componentBlocks: componentBlocks(strategy),
      jaFile: s.ja,
      enFile: s.en,
    });
    refused.push(...r.problems);
    if (r.problems.length > 0 || r.text === undefined) continue;
    let text = r.text;
    // Stamp what the import updated, or what the translator marked reviewed, once no unit is left untranslated.
    if ((r.changed || (r.reviewed && s.state !== 'complete')) && r.complete) {
      const pair = [...strategy.chapters.map((c) => c.text), ...strategy.measures.map((m) => m.text)].find((t) => t.ja?.file === s.ja);
      const hash = sourceHash(pair!.ja!);
      const stamped = stampText(text, hash);
      if ('error' in stamped) {
        refused.push(`${s.en}: not stamped: ${stamped.error}`);
        continue;
      }
      const why = stampProblem(text, stamped.text, hash);
      if (why) {
        refused.push(`${s.en}: not stamped: ${why}`);
        continue;
      }
      text = stamped.text;
    } else if (r.changed) console.log(`${s.en}: updated but not stamped (some units are still untranslated)`);
    if (text !== read(s.en)) writes.push({ file: s.en, text });
  }
  if (refused.length > 0) {
    console.error(`${path}: not imported, nothing was written:\n${refused.map((p) => `  ✘ ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const w of writes) writeFileSync(w.file, w.text);
  console.log(
    `imported ${path}: ${writes.length} English file(s) updated${writes.length ? `:\n${writes.map((w) => `  ${w.file}`).join('\n')}` : ''}`,
  );
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
