/**
 * The update ledger, content/updates.json: for every file under content/strategies/, a hash of its
 * bytes and the date its content last changed. Pages say "last updated" from it, so a shallow clone
 * (which has no history) and a full clone give the same answer. `npm run ledger`
 * (scripts/update-ledger.ts) brings it up to date; the content check fails when a file's hash
 * differs from the ledger's, or a file is missing from it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentProblem } from './content-errors';
import { contentDir } from './content-dir';

export const LEDGER_FILE = 'updates.json';

export interface LedgerEntry {
  /** The first 16 hex digits of the SHA-256 of the file's bytes. */
  sha256: string;
  /** The date (YYYY-MM-DD, UTC) the file's content last changed. */
  updated: string;
}

export interface Ledger {
  /** For the person opening the file. */
  $comment?: string;
  /** By path from the content folder, e.g. strategies/shizuoka-2017/ja/purpose.mdx. */
  files: Record<string, LedgerEntry>;
}

export const LEDGER_COMMENT =
  'Written by npm run ledger (scripts/update-ledger.ts): for each file under strategies/, a hash of its bytes and the date its content last changed. Do not edit by hand.';

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Every file the ledger covers: under strategies/, by path from the content folder, sorted. */
export function ledgerFiles(contentRoot: string): string[] {
  const base = join(contentRoot, 'strategies');
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(mdx|yaml)$/.test(e.name))
    .map((e) => relative(contentRoot, join(e.parentPath, e.name)))
    .sort();
}

/** The current hash of each covered file. */
export function currentHashes(contentRoot: string): Map<string, string> {
  return new Map(ledgerFiles(contentRoot).map((f) => [f, hashBytes(readFileSync(join(contentRoot, f)))]));
}

export function readLedger(contentRoot: string): Ledger | undefined {
  const path = join(contentRoot, LEDGER_FILE);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Ledger;
}

/** The files whose hash is not the ledger's (changed or new), and the ledger's entries for files that are gone. */
export function staleEntries(ledger: Ledger, hashes: Map<string, string>): { changed: string[]; gone: string[] } {
  const changed = [...hashes].filter(([f, h]) => ledger.files[f]?.sha256 !== h).map(([f]) => f);
  const gone = Object.keys(ledger.files).filter((f) => !hashes.has(f));
  return { changed, gone };
}

/**
 * The ledger brought up to date: unchanged files keep their date; a changed or new file gets
 * `dateOf(file)` (the date of its last commit where the working copy is that commit's, else today);
 * files that are gone are dropped.
 */
export function updatedLedger(ledger: Ledger, hashes: Map<string, string>, dateOf: (file: string) => string): Ledger {
  const files: Record<string, LedgerEntry> = {};
  for (const [f, sha256] of hashes) {
    const old = ledger.files[f];
    files[f] = old?.sha256 === sha256 ? old : { sha256, updated: dateOf(f) };
  }
  return { $comment: LEDGER_COMMENT, files };
}

/** The content check's problems with the ledger: none where the content folder has no ledger (test fixtures). */
export function ledgerProblems(root = process.cwd(), dir = contentDir()): ContentProblem[] {
  const contentRoot = resolve(root, dir);
  const ledger = readLedger(contentRoot);
  if (!ledger) return [];
  const file = relative(root, join(contentRoot, LEDGER_FILE));
  const { changed, gone } = staleEntries(ledger, currentHashes(contentRoot));
  const fix = 'run npm run ledger, then commit content/updates.json with the change';
  return [
    ...changed.map((f) => ({
      file,
      field: f,
      message: ledger.files[f]
        ? 'the file changed since the ledger recorded it, so its "last updated" date is out of date'
        : 'the file is not in the ledger, so its pages cannot say when it last changed',
      fix,
    })),
    ...gone.map((f) => ({ file, field: f, message: 'the ledger lists a file that no longer exists', fix })),
  ];
}

let cached: { root: string; ledger: Ledger | undefined } | undefined;

/**
 * The date (YYYY-MM-DD) the ledger records for the files, the latest of them: `files` are paths
 * from the project root, as the content index names them. undefined where none is recorded.
 */
export function lastUpdated(files: readonly (string | undefined)[], root = process.cwd(), dir = contentDir()): string | undefined {
  const contentRoot = resolve(root, dir);
  if (cached?.root !== contentRoot) cached = { root: contentRoot, ledger: readLedger(contentRoot) };
  const ledger = cached.ledger;
  if (!ledger) return undefined;
  const dates = files
    .filter((f): f is string => !!f)
    .map((f) => ledger.files[relative(contentRoot, resolve(root, f))]?.updated)
    .filter((d): d is string => !!d);
  return dates.length ? dates.sort().at(-1) : undefined;
}
