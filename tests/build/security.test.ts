/**
 * Every built page, parsed as a browser parses it: no script but the site's own, no event-handler
 * or style attribute, no javascript:/data:/vbscript: URL, nothing loaded from another origin, the
 * Content-Security-Policy first in <head>; and the policy is the strict one everywhere, with
 * WebAssembly only where search runs. tests/security/ proves each of these checks can fail.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DIST, pages } from './dist';
import { scanPage } from '../security/page-scan';
import { SEARCH_PAGES, policyProblems } from '../security/policy';

const scans = () => pages().map((p) => ({ path: p.path, ...scanPage(p.html) }));
let cached: ReturnType<typeof scans> | undefined;
const all = () => (cached ??= scans());

describe('security of every built page', () => {
  it('has no foreign script, handler attribute, dangerous URL or other origin, and its policy comes first', () => {
    const found = all().flatMap((s) => s.problems.map((p) => `${s.path}: ${p}`));
    expect(all().length).toBeGreaterThan(1000);
    expect(found.slice(0, 40)).toEqual([]);
  });

  it('has the strict policy, with WebAssembly on the search pages only', () => {
    const found = all().flatMap((s) => (s.policy ? policyProblems(s.path, s.policy) : ['no policy']).map((p) => `${s.path}: ${p}`));
    expect(found.slice(0, 40)).toEqual([]);
    const wasm = all().filter((s) => s.policy?.get('script-src')?.includes("'wasm-unsafe-eval'"));
    expect(new Set(wasm.map((s) => s.path))).toEqual(SEARCH_PAGES);
  });

  it('ships the host headers file as public/_headers has it', () => {
    expect(readFileSync(`${DIST}/_headers`, 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });
});
