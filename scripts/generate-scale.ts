// Multiplies the real content into a synthetic corpus for the scale benchmark: N copies of every strategy.
//
//   npx node scripts/generate-scale.ts <copies> [--out <dir>]   (default out: /tmp/scale-<copies>/content)
//
// <copies> is the number of copies of the whole set of strategies, the real one included: 1 gives the
// real content, 2 doubles every strategy, and so on. Copy 1 keeps the real IDs; copy k (k ≥ 2) of
// a strategy gets the ID <id>-copy-<k> (its folder and URLs) and a title that says which copy it is,
// so strategy filters and titles stay distinct. Every text file, measures.yaml and coverage.yaml is
// copied as it is; the shared YAML (cities, regions, bureaus, units, networks, themes, glossary,
// redirects) is copied once. The ties in cities.yaml keep naming the real strategies as their source
// and the redirect ledger keeps naming real pages, so the copies need no other change (a copy's
// <PartnerProfile> shows no agreement line, as no tie names the copy). The texts of a copy are those
// of the original: the vocabulary does not grow with N, only the number of pages and of cities'
// mentions, themes', bureaus' and regions' measures.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export interface ScaleCorpus {
  /** The generated content folder (pass it as SITE_CONTENT_DIR). */
  dir: string;
  copies: number;
  strategies: number;
  /** Text files (chapters and measures, Markdown and MDX) per language. */
  textsPerLang: { ja: number; en: number };
  /** MDX files in both languages: the bundler builds one module for each. */
  mdxFiles: number;
}

/** The text files (Markdown and MDX) of one language of a strategy folder. */
function textFiles(dir: string, lang: 'ja' | 'en'): string[] {
  return readdirSync(join(dir, lang), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => e.name);
}

/** Writes `copies` copies of the strategies in `from` (a content folder) into `out`, replacing it. */
export function generateScale(copies: number, out: string, from = 'content'): ScaleCorpus {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`the number of copies must be a whole number ≥ 1, not ${copies}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'strategies'), { recursive: true });
  // The shared YAML and the site's own guides, once.
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isFile()) cpSync(join(from, e.name), join(out, e.name));
  }
  if (existsSync(join(from, 'guides'))) cpSync(join(from, 'guides'), join(out, 'guides'), { recursive: true });
  const ids = readdirSync(join(from, 'strategies'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const textsPerLang = { ja: 0, en: 0 };
  let mdxFiles = 0;
  for (let k = 1; k <= copies; k++) {
    for (const id of ids) {
      const src = join(from, 'strategies', id);
      const copyId = k === 1 ? id : `${id}-copy-${k}`;
      const dest = join(out, 'strategies', copyId);
      cpSync(src, dest, { recursive: true });
      if (k === 1) {
        // Every copy has the original's texts: count them once.
        const ja = textFiles(src, 'ja');
        const en = textFiles(src, 'en');
        textsPerLang.ja += ja.length * copies;
        textsPerLang.en += en.length * copies;
        mdxFiles += [...ja, ...en].filter((f) => f.endsWith('.mdx')).length * copies;
        continue;
      }
      // The copy's own ID (it must match the folder) and a title naming the copy. parseDocument keeps
      // the file's comments and layout.
      const file = join(dest, 'strategy.yaml');
      const doc = parseDocument(readFileSync(file, 'utf8'));
      doc.set('id', copyId);
      doc.setIn(['title', 'ja'], `${String(doc.getIn(['title', 'ja']))}（複製${k}）`);
      doc.setIn(['title', 'en'], `${String(doc.getIn(['title', 'en']))} (copy ${k})`);
      writeFileSync(file, doc.toString({ lineWidth: 0 }));
    }
  }
  return { dir: out, copies, strategies: ids.length * copies, textsPerLang, mdxFiles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const copies = Number(args[0]);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : `/tmp/scale-${copies}/content`;
  if (!args[0] || !out) {
    console.error('usage: npx node scripts/generate-scale.ts <copies> [--out <content dir>]');
    process.exit(2);
  }
  try {
    const c = generateScale(copies, out);
    console.log(
      `${c.dir}: ${c.copies} cop${c.copies === 1 ? 'y' : 'ies'}, ${c.strategies} strategies, ${c.textsPerLang.ja} Japanese and ${c.textsPerLang.en} English text files (${c.mdxFiles} of them MDX)`,
    );
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
