/** Reads the built site once for the build tests: every HTML page with its links, ids and text. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = process.env.SITE_OUT_DIR ?? 'dist';

export interface Page {
  /** URL path, e.g. /ja/strategies/shizuoka-2017/. */
  path: string;
  html: string;
  lang: string | undefined;
  ids: Set<string>;
  hrefs: string[];
  alternates: Map<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
export function decode(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

/** The visible text of a page's <main> (or body), tags removed. */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return decode(main.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

let cache: Page[] | undefined;
export function pages(): Page[] {
  if (cache) return cache;
  if (!existsSync(DIST)) throw new Error(`${DIST}/ does not exist: run npm run build first`);
  cache = walk(DIST).map((file) => {
    const html = readFileSync(file, 'utf8');
    const rel = relative(DIST, file).replace(/index\.html$/, '');
    const path = `/${rel}`;
    const alternates = new Map<string, string>();
    for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) alternates.set(m[1]!, m[2]!);
    return {
      path,
      html,
      lang: /<html lang="([^"]+)"/.exec(html)?.[1],
      ids: new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))),
      hrefs: [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => decode(m[1]!)),
      alternates,
    };
  });
  return cache;
}

export function page(path: string): Page {
  const p = pages().find((x) => x.path === path);
  if (!p) throw new Error(`no page ${path} in ${DIST}/`);
  return p;
}
