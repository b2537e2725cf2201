// Brings content/updates.json (the update ledger: each content file's hash and the date its content
// last changed) up to date. A file whose hash changed, or a new file, gets the date of its last
// commit where the working copy is that commit's (from git log, when the history is there), else
// today's date (UTC); files that are gone are dropped. --seed dates every file from git history.
// Usage: npm run ledger [-- --seed]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDir } from '../src/lib/content-dir';
import { LEDGER_FILE, currentHashes, readLedger, staleEntries, updatedLedger, type Ledger } from '../src/lib/update-ledger';
import { lastContentChanges } from '../src/lib/git-dates';

const root = process.cwd();
const contentRoot = resolve(root, contentDir());
const seed = process.argv.includes('--seed');
const today = new Date().toISOString().slice(0, 10);

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const prefix = relative(root, contentRoot);
const hashes = currentHashes(contentRoot);
// Files that differ from the last commit: their content is newer than any commit's.
const dirty = new Set(
  (git(['status', '--porcelain', '--untracked-files=all', '--', join(prefix, 'strategies')]) ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3).split(' -> ').at(-1)!),
);
const log = git(['log', '-M', '--format=@%cs', '--name-status', '--', join(prefix, 'strategies')]);
const fromGit = log
  ? lastContentChanges(
      log,
      [...hashes.keys()].map((f) => join(prefix, f)),
    )
  : new Map<string, string>();

const dateOf = (f: string) => {
  const path = join(prefix, f);
  return (!dirty.has(path) && fromGit.get(path)) || today;
};
const before: Ledger = seed ? { files: {} } : (readLedger(contentRoot) ?? { files: {} });
const { changed, gone } = staleEntries(before, hashes);
const after = updatedLedger(before, hashes, dateOf);
writeFileSync(join(contentRoot, LEDGER_FILE), `${JSON.stringify(after, null, 1)}\n`);
console.log(
  `${join(prefix, LEDGER_FILE)}: ${hashes.size} files; ${changed.length} dated anew, ${gone.length} dropped` +
    (log ? '' : ' (no git history here: new dates are today’s)'),
);
for (const f of changed) console.log(`  ${f}: ${after.files[f]!.updated}`);
