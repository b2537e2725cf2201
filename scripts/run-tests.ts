// Runs the whole test suite in order (types, unit and content tests, build, built-site and browser
// tests) and ends with one line "N passed, N failed" counted from every step and test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const report = 'tests/.tmp/reports';
rmSync(report, { recursive: true, force: true });
mkdirSync(report, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(name: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step whose success is one check (type check, build). */
function check(name: string, cmd: string, args: string[]): boolean {
  const ok = step(name, cmd, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

/** Vitest projects: every test counts; a crash with no report counts as one failure. */
function vitest(name: string, projects: string[]): boolean {
  const out = `${report}/${name}.json`;
  const ok = step(name, 'vitest', [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
      testResults: { assertionResults: { status: string; fullName: string }[] }[];
    };
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    for (const file of r.testResults) for (const a of file.assertionResults) if (a.status === 'failed') failures.push(a.fullName);
    if (!ok && r.numFailedTests === 0) {
      failed++;
      failures.push(`${name}: vitest failed outside any test`);
    }
    if (r.numTotalTests === 0) {
      failed++;
      failures.push(`${name}: no tests ran`);
    }
  } catch {
    failed++;
    failures.push(`${name}: no report (vitest crashed)`);
  }
  return ok;
}

check('format and lint (npm run lint)', 'biome', ['check', '.']);
check('astro check (TypeScript strict)', 'astro', ['check', '--minimumFailingSeverity', 'warning']);
// CI keeps main complete: any missing or outdated translation fails here.
check('content check, strict (npm run check -- --strict)', 'jiti', ['scripts/check-content.ts', '--strict']);
vitest('unit, content and security tests', ['unit', 'content', 'security']);
if (check('build (astro build + pagefind)', 'npm', ['run', 'build'])) {
  vitest('built-site and browser tests', ['build', 'e2e']);
} else {
  failures.push('built-site and browser tests: not run, the build failed');
}

console.log('');
if (failures.length) console.log(`Failed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
