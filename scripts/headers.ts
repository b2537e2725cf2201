// Reads public/_headers (the Netlify / Cloudflare Pages format) and gives the headers of a path, so
// that scripts/serve.ts sends exactly what a host configured from that file sends.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface HeaderRule {
  /** A path, or a prefix ending in `*` (`/_astro/*`, `/*`). */
  pattern: string;
  headers: [name: string, value: string][];
}

/** public/_headers of this repository, wherever the script is run from. */
export const HEADERS_FILE = fileURLToPath(new URL('../public/_headers', import.meta.url));

/** Parses the _headers format: a path on a line of its own, then its headers indented, `Name: value`. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers:${i + 1}: expected "  Name: value" under a path, got "${line}"`);
    rule.headers.push([m[1]!, m[2]!]);
  }
  return rules;
}

export function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * The headers for a path: those of every rule that matches it, in file order (names in lower case).
 * A name set by two matching rules is an error: Netlify and Cloudflare would join the two values.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (key in out) throw new Error(`_headers: ${name} is set twice for ${path}; hosts would join the values`);
      out[key] = value;
    }
  }
  return out;
}

export function readHeaders(file = HEADERS_FILE): HeaderRule[] {
  return parseHeaders(readFileSync(file, 'utf8'));
}
