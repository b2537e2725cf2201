// The Content-Security-Policy in one place (astro.config.mjs and the search page import it; the
// build test checks the pages against it). Every page gets the strict policy; only the search pages,
// which run Pagefind's WebAssembly, add 'wasm-unsafe-eval'. Pagefind 1.6 starts its worker from
// /pagefind/pagefind-worker.js, so no page needs blob: workers.

/** The directives of every page besides script-src and style-src, which Astro writes with its hashes. */
export const DIRECTIVES = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

/** script-src of every page (with the hashes of the site's inline scripts, which Astro adds). */
export const SCRIPT_RESOURCES = /** @type {const} */ (["'self'"]);

/** What the search pages add to script-src: compiling Pagefind's WebAssembly. */
export const SEARCH_SCRIPT_RESOURCES = /** @type {const} */ (["'wasm-unsafe-eval'"]);

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET = '<meta charset="utf-8">';

/**
 * Moves the CSP <meta> that Astro writes at the end of <head> to right after <meta charset>: a
 * policy in a <meta> governs only what comes after it, so nothing in <head> may precede it. Astro's
 * own output is matched exactly; a page without a policy is returned as it is. Idempotent.
 * @param {string} html
 * @returns {string}
 */
export function cspFirst(html) {
  const meta = CSP_META.exec(html)?.[0];
  if (!meta) return html;
  const without = html.replace(meta, '');
  const at = without.indexOf(CHARSET);
  if (at < 0) throw new Error('a page with a Content-Security-Policy has no <meta charset="utf-8"> to put it after');
  const after = at + CHARSET.length;
  return `${without.slice(0, after)}${meta}${without.slice(after)}`;
}
