// Prints the translation status of every English file (complete, outdated, unstamped, missing,
// broken) by strategy; --json for tools (always JSON, with the content's problems in it); --strict
// exits 1 unless everything is complete; --stamp FILE… (or --all) records that the given English
// files were reviewed against the current Japanese, editing only their translatedFrom.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkContent } from '../src/lib/check';
import { describeProblem } from '../src/lib/content-errors';
import { stampProblem, stampText } from '../src/lib/stamp';
import { decodeContent } from '../src/lib/text-encoding';
import { sourceHash, translationStatus } from '../src/lib/translations';

const args = process.argv.slice(2);
const { site, content, problems } = await checkContent();
// An English file that exists but could not be read is "broken", not "missing".
const status = (site ? translationStatus(site) : []).map((s) =>
  s.state === 'missing' && content.broken.has(s.en) ? { ...s, state: 'broken' as const } : s,
);

if (args.includes('--stamp')) stamp();
else if (args.includes('--json')) {
  console.log(JSON.stringify({ status, problems: problems.map((p) => ({ ...p, text: describeProblem(p) })) }, null, 2));
  process.exit(problems.length > 0 ? 1 : 0);
} else report();

function stamp(): never {
  const all = args.includes('--all');
  const targets = all
    ? status.filter((s) => s.state !== 'missing' && s.state !== 'broken').map((s) => s.en)
    : args.filter((a) => !a.startsWith('--'));
  if (targets.length === 0) fail('name the English files to stamp (npm run translations -- --stamp content/…/en/x.mdx), or --all');
  if (!site) fail(`the content has problems; fix them first (npm run check):\n${problems.map(describeProblem).join('\n')}`);
  const texts = site.strategies.flatMap((s) => [...s.chapters.map((c) => c.text), ...s.measures.map((m) => m.text)]);
  let changed = 0;
  for (const file of targets) {
    const pair = texts.find((t) => t.en?.file === file);
    if (content.broken.has(file)) {
      fail(
        `${file}: not stamped, the file cannot be read:\n${problems
          .filter((p) => p.file === file)
          .map(describeProblem)
          .join('\n')}`,
      );
    }
    if (!pair?.ja) fail(`${file}: no such English file with a Japanese original`);
    const hash = sourceHash(pair.ja);
    const decoded = decodeContent(file, readFileSync(file));
    if ('problem' in decoded) fail(`${file}: not stamped: ${decoded.problem.message}\n    Fix: ${decoded.problem.fix}`);
    const r = stampText(decoded.text, hash);
    if ('error' in r) fail(`${file}: not stamped: ${r.error}`);
    const why = stampProblem(decoded.text, r.text, hash);
    if (why) fail(`${file}: not stamped: ${why}`);
    if (!r.changed) continue;
    writeFileSync(file, r.text);
    // Read back: the file on disk must be exactly what was meant.
    if (readFileSync(file, 'utf8') !== r.text) fail(`${file}: the file read back differs from what was written`);
    changed++;
  }
  console.log(`stamped ${changed} file(s)${targets.length > changed ? `, ${targets.length - changed} already current` : ''}`);
  process.exit(0);
}

function report(): void {
  for (const p of problems) console.log(`✘ ${describeProblem(p)}`);
  for (const s of site?.strategies ?? []) {
    const mine = status.filter((x) => x.strategy === s.data.id);
    const count = (state: string) => mine.filter((x) => x.state === state).length;
    console.log(
      `${s.data.id}: ${count('complete')} complete, ${count('outdated')} outdated, ${count('unstamped')} unstamped, ${count('missing')} missing, ${count('broken')} broken (of ${mine.length})`,
    );
    for (const x of mine.filter((y) => y.state !== 'complete')) console.log(`  ${x.state.padEnd(9)} ${x.en}  (from ${x.ja})`);
  }
  const incomplete = status.filter((s) => s.state !== 'complete').length;
  if (args.includes('--strict') && (incomplete > 0 || problems.length > 0)) {
    console.error(`${incomplete} translation(s) not complete, ${problems.length} problem(s)`);
    process.exit(1);
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
