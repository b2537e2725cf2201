// The one check a translator runs before committing (about a second, no build): every file read as
// UTF-8, every YAML file and frontmatter through its schema, every text's MDX syntax tree, references,
// ja/en parity, glossary terms and translation status. Lists every problem at once, each as
// file:line:column, what is wrong and the fix. The build runs the same check (src/lib/check.ts).
// Usage: npm run check [-- --strict]   (--strict also fails on missing or outdated translations and a stale
// update ledger)
import { checkContent } from '../src/lib/check';
import { describeProblem, type ContentProblem } from '../src/lib/content-errors';
import { translationStatus } from '../src/lib/translations';
import { ledgerProblems } from '../src/lib/update-ledger';
import { differenceNotes } from '../src/lib/index/mention-index';

const strict = process.argv.includes('--strict');
const started = Date.now();
const { site, problems: found } = await checkContent();
const problems: ContentProblem[] = [...found];
// The update ledger (content/updates.json) records when each text last changed. Like a translation,
// it is brought up to date after the edit (npm run ledger): a note while editing, a problem in the
// strict check CI runs. The build shows the dates it has and fails on neither (as the plain check).
for (const p of ledgerProblems()) {
  if (strict) problems.push(p);
  else console.log(`note: ${p.field}: ${p.message}; ${p.fix}`);
}

// Sections whose languages mention different places: notes for a translator, never a failure
// (a translation may rightly name a place otherwise; lib/index/mention-index.ts).
for (const note of site ? differenceNotes(site.mentionNotes) : []) console.log(`note: ${note}`);

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
