/** What every page's Content-Security-Policy must and must not allow (the build and fixture tests share it). */
import { LANGS } from '../../src/schemas/shared';
import { paths } from '../../src/lib/routes';
import type { Policy } from './page-scan';

/** The pages that run Pagefind, and so may compile WebAssembly. */
export const SEARCH_PAGES = new Set<string>(LANGS.map((l) => paths.search(l)));

/** Problems with one page's policy; `path` is the page's URL path. */
export function policyProblems(path: string, policy: Policy): string[] {
  const problems: string[] = [];
  const sources = [...policy.values()].flat();
  const want = (name: string, value: string) => {
    if (!(policy.get(name) ?? []).includes(value)) problems.push(`${name} lacks ${value}`);
  };
  want('default-src', "'self'");
  want('object-src', "'none'");
  want('base-uri', "'self'");
  want('form-action', "'self'");
  want('script-src', "'self'");
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'blob:', 'http:', 'https:'])
    if (sources.includes(bad)) problems.push(`allows ${bad}`);
  for (const s of sources) if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('//')) problems.push(`allows another origin, ${s}`);
  const wasm = (policy.get('script-src') ?? []).includes("'wasm-unsafe-eval'");
  if (wasm && !SEARCH_PAGES.has(path)) problems.push("allows 'wasm-unsafe-eval' though the page does not search");
  if (!wasm && SEARCH_PAGES.has(path)) problems.push("the search page lacks 'wasm-unsafe-eval' (Pagefind cannot run)");
  return problems;
}
