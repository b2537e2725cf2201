// Prints the translation status of every English file (complete, outdated, unstamped, missing) by
// strategy; --json for tools; --strict exits 1 unless everything is complete; --stamp FILE… records
// that the given English files were reviewed against the current Japanese (their translatedFrom).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContentFiles } from '../src/lib/content-files';
import { buildIndex } from '../src/lib/content-index';
import { sourceHash, translationStatus } from '../src/lib/translations';

const args = process.argv.slice(2);
const site = buildIndex((await loadContentFiles()).raw);
const status = translationStatus(site);

const stampAt = args.indexOf('--stamp');
if (stampAt !== -1) {
  const files = args.slice(stampAt + 1).filter((a) => !a.startsWith('--'));
  const all = args.includes('--all');
  const targets = all ? status.filter((s) => s.state !== 'missing').map((s) => s.en) : files;
  if (targets.length === 0) {
    console.error('name the English files to stamp (npm run translations -- --stamp content/…/en/x.md), or --all');
    process.exit(2);
  }
  const texts = [...site.strategies.flatMap((s) => [...s.chapters.map((c) => c.text), ...s.measures.map((m) => m.text)])];
  for (const file of targets) {
    const pair = texts.find((t) => t.en?.file === file);
    if (!pair?.ja) {
      console.error(`${file}: no such English file with a Japanese original`);
      process.exit(2);
    }
    const hash = sourceHash(pair.ja);
    const text = readFileSync(file, 'utf8');
    const stamped = /^translatedFrom: .*$/m.test(text)
      ? text.replace(/^translatedFrom: .*$/m, `translatedFrom: "${hash}"`)
      : text.replace(/^---\r?\n/, `---\ntranslatedFrom: "${hash}"\n`);
    writeFileSync(file, stamped);
  }
  console.log(`stamped ${targets.length} file(s)`);
  process.exit(0);
}

if (args.includes('--json')) {
  console.log(JSON.stringify(status, null, 2));
} else {
  for (const s of site.strategies) {
    const mine = status.filter((x) => x.strategy === s.data.id);
    const count = (state: string) => mine.filter((x) => x.state === state).length;
    console.log(
      `${s.data.id}: ${count('complete')} complete, ${count('outdated')} outdated, ${count('unstamped')} unstamped, ${count('missing')} missing (of ${mine.length})`,
    );
    for (const x of mine.filter((y) => y.state !== 'complete')) console.log(`  ${x.state.padEnd(9)} ${x.en}  (from ${x.ja})`);
  }
}
const incomplete = status.filter((s) => s.state !== 'complete').length;
if (args.includes('--strict') && incomplete > 0) {
  console.error(`${incomplete} translation(s) not complete`);
  process.exit(1);
}
