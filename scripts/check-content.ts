// The one check a translator runs before committing (seconds, no build): schemas, references, ja/en
// parity, safe MDX, glossary terms and translation status, with messages naming file, field and fix.
// Usage: npm run check [-- --strict]   (--strict also fails on missing or outdated translations)
import { loadContentFiles } from '../src/lib/content-files';
import { buildIndex } from '../src/lib/content-index';
import { ContentError, describeProblem, type ContentProblem } from '../src/lib/content-errors';
import { glossaryProblems } from '../src/lib/glossary-check';
import { translationStatus } from '../src/lib/translations';

const strict = process.argv.includes('--strict');
const started = Date.now();
const content = await loadContentFiles();
const problems: ContentProblem[] = [...content.problems];
let site: ReturnType<typeof buildIndex> | undefined;
try {
  site = buildIndex(content.raw);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  problems.push(...e.problems);
}
if (site) problems.push(...glossaryProblems(site, content.glossary));

const status = site ? translationStatus(site) : [];
const pending = status.filter((s) => s.state !== 'complete');
for (const s of pending) {
  const what = {
    missing: `the English file is missing: create ${s.en}`,
    outdated: `the Japanese (${s.ja}) changed since this was translated: review the English, then npm run translations -- --stamp ${s.en}`,
    unstamped: `not yet stamped as reviewed: after checking it against ${s.ja}, run npm run translations -- --stamp ${s.en}`,
    complete: '',
  }[s.state];
  if (strict) problems.push({ file: s.en, field: 'translation', message: s.state, fix: what });
  else console.log(`note: ${s.en}: ${what}`);
}

for (const p of problems) console.log(`✘ ${describeProblem(p)}\n`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  problems.length === 0
    ? `✔ content is valid (${status.length} texts, ${status.length - pending.length} translations complete) in ${seconds} s`
    : `${problems.length} problem${problems.length === 1 ? '' : 's'} found in ${seconds} s`,
);
process.exit(problems.length === 0 ? 0 : 1);
