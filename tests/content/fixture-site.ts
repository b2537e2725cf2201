/**
 * Content fixtures: a copy of the small valid site in tests/fixtures/valid, broken in one place,
 * then checked with `npm run check` and built with `astro build`, each on its own folders.
 */
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE = 'tests/fixtures/valid';

export interface Run {
  status: number | null;
  output: string;
}

/** The fixture's folders for a case: its content (a fresh copy of the valid fixture), output and cache. */
export function fixture(name: string, fresh = true): { root: string; content: string } {
  const root = `tests/.tmp/fixture-${name}`;
  if (fresh) {
    rmSync(root, { recursive: true, force: true });
    cpSync(FIXTURE, `${root}/content`, { recursive: true });
  }
  return { root, content: `${root}/content` };
}

/** Replaces `from` by `to` in a fixture file (and fails if `from` is not there, so a case cannot go stale). */
export function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

/** Appends MDX to a fixture text (after a blank line). */
export function append(file: string, mdx: string): void {
  writeFileSync(file, `${readFileSync(file, 'utf8').replace(/\n*$/, '\n\n')}${mdx}\n`);
}

function runNode(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // ANSI colours would split the words the tests look for.
    child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** `astro build` of the fixture `name`. */
export function build(name: string): Promise<Run> {
  const { root, content } = fixture(name, false);
  return runNode(['node_modules/astro/bin/astro.mjs', 'build'], {
    SITE_CONTENT_DIR: content,
    SITE_OUT_DIR: `${root}/dist`,
    SITE_CACHE_DIR: `${root}/cache`,
  });
}

/** A script of scripts/ (the check, the translation tool) run on the fixture `name`. */
export function script(name: string, file: string, ...args: string[]): Promise<Run> {
  return runNode(['node_modules/jiti/lib/jiti-cli.mjs', join('scripts', file), ...args], {
    SITE_CONTENT_DIR: fixture(name, false).content,
  });
}

/** The check's problems, one string each, as it prints them (without the ✘). */
export function problemsIn(output: string): string[] {
  return output
    .split(/\n(?=✘ )/)
    .filter((block) => block.startsWith('✘ '))
    .map((block) => block.slice(2).trim());
}
