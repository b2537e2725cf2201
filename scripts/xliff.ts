// The XLIFF 2.0 round trip for CAT tools: `export <strategy> [--out file]` writes the strategy's
// texts as XLIFF (Japanese source, English target, one unit per block); `import <file>` writes the
// translated targets back into the English MDX files and stamps the files it completed. Exit 0 on
// success, 1 when the import is refused (nothing is written), 2 on a usage or content error.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkContent } from '../src/lib/check';
import { describeProblem } from '../src/lib/content-errors';
import { exportStrategy, planImport } from '../src/lib/xliff-project';

const [command, arg, ...rest] = process.argv.slice(2);
if (!(command === 'export' || command === 'import') || !arg) {
  fail('usage: npm run xliff -- export <strategy> [--out <file>]   |   npm run xliff -- import <file.xlf>');
}
const { site, content, problems } = await checkContent();
if (!site) fail(`the content has problems; fix them first (npm run check):\n${problems.map(describeProblem).join('\n')}`);

if (command === 'export') {
  const out = rest[0] === '--out' && rest[1] ? rest[1] : `${arg}.xlf`;
  const r = exportStrategy({ site, content }, arg);
  if (!r) fail(`unknown strategy "${arg}"; one of: ${[...site.strategy.keys()].join(', ')}`);
  writeFileSync(out, r.xliff);
  console.log(`wrote ${out}: ${r.texts} texts of ${arg}`);
} else {
  const plan = planImport({ site, content }, readFileSync(arg, 'utf8'));
  if (plan.refused.length > 0) {
    console.error(`${arg}: not imported, nothing was written:\n${plan.refused.map((p) => `  ✘ ${p}`).join('\n')}`);
    process.exit(1);
  }
  for (const w of plan.writes) {
    writeFileSync(w.file, w.text);
    if (readFileSync(w.file, 'utf8') !== w.text) fail(`${w.file}: the file read back differs from what was written`);
  }
  for (const f of plan.unstamped) console.log(`${f}: updated but not stamped (some units are still untranslated)`);
  const list = plan.writes.map((w) => `\n  ${w.file}${w.stamped ? ' (stamped)' : ''}`).join('');
  console.log(`imported ${arg}: ${plan.writes.length} English file(s) updated${list}`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
