/** The redirect ledger (content/redirects.yaml), read once at build time. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from './content-dir';
import { redirectsFileSchema, type Redirect } from '../schemas/redirect';

let cached: Redirect[] | undefined;

export function redirects(): Redirect[] {
  if (cached) return cached;
  const file = `${contentDir()}/redirects.yaml`;
  let data: unknown = [];
  try {
    data = parse(readFileSync(file, 'utf8')) ?? [];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file}: ${(e as Error).message}`);
  }
  const r = redirectsFileSchema.safeParse(data);
  if (!r.success) {
    throw new Error(`${file}:\n${r.error.issues.map((i) => `  - [${i.path.join('.')}]: ${i.message}`).join('\n')}`);
  }
  cached = r.data;
  return cached;
}

/** Page redirects (old path → new path) and anchor redirects grouped by the page they happen on. */
export function pageRedirects(): Redirect[] {
  return redirects().filter((r) => !r.from.includes('#'));
}

export function anchorRedirectsFor(pathname: string): Record<string, string> {
  return Object.fromEntries(
    redirects()
      .filter((r) => r.from.includes('#') && r.from.split('#')[0] === pathname)
      .map((r) => [r.from.split('#')[1]!, r.to]),
  );
}
