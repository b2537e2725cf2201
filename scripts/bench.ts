// Builds the site from cold and prints its speed and size figures: page count, build and index time,
// ms per page, peak memory, and gzip sizes of HTML per page type, CSS and JS. Figures, not pass/fail.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function timed(label: string, cmd: string, args: string[]): { seconds: number; peakMb: number } {
  // /usr/bin/time reports the peak resident memory of the command and its children, where present.
  const useTime = spawnSync('sh', ['-c', 'command -v /usr/bin/time'], { encoding: 'utf8' }).status === 0;
  const started = process.hrtime.bigint();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { env, encoding: 'utf8' })
    : spawnSync(cmd, args, { env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`${label} failed`);
  }
  const kb = useTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, peakMb: kb / 1024 };
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

const gz = (path: string) => gzipSync(readFileSync(path)).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The page type of a built page, from its path. */
function pageType(path: string): string {
  const p = `/${relative(DIST, path).replace(/index\.html$/, '')}`;
  if (p === '/') return 'chooser';
  if (p === '/404.html') return 'not found (404)';
  const rest = p.replace(/^\/(ja|en)\//, '');
  if (rest === '') return 'home';
  if (rest === 'search/') return 'search';
  if (/^strategies\/$/.test(rest)) return 'strategy list';
  if (/^strategies\/[^/]+\/$/.test(rest)) return 'strategy overview';
  if (/^strategies\/[^/]+\/measures\/$/.test(rest)) return 'measure list';
  if (/^strategies\/[^/]+\/measures\/[^/]+\/$/.test(rest)) return 'measure';
  if (/^strategies\/[^/]+\/[^/]+\/$/.test(rest)) return 'chapter';
  if (/^cities\/$/.test(rest)) return 'city list';
  if (/^cities\/[^/]+\/$/.test(rest)) return 'city';
  if (/^regions\/$/.test(rest)) return 'region list';
  if (/^regions\/[^/]+\/$/.test(rest)) return 'region';
  if (rest === 'measures/') return 'all measures (filterable)';
  if (rest === 'themes/') return 'theme list';
  if (/^themes\/[^/]+\/$/.test(rest)) return 'theme';
  if (rest === 'bureaus/') return 'bureau list';
  if (/^bureaus\/[^/]+\/$/.test(rest)) return 'bureau';
  if (rest === 'data/') return 'open data documentation';
  return 'other';
}

console.log('Cold build: removing dist/ and the content cache…');
rmSync(DIST, { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });

const build = timed('astro build', 'astro', ['build']);
const index = timed('pagefind', 'pagefind', ['--site', DIST]);
const html = files(DIST, '.html');
const pages = html.length;

const byType = new Map<string, number[]>();
for (const f of html) {
  const t = pageType(f);
  byType.set(t, [...(byType.get(t) ?? []), gz(f)]);
}
const css = files(join(DIST, '_astro'), '.css');
const js = files(join(DIST, '_astro'), '.js');
const cssTotal = css.reduce((n, f) => n + gz(f), 0);
const jsTotal = js.reduce((n, f) => n + gz(f), 0);

// JS a reading page loads: its <script src> files (Pagefind loads only on the search page).
const readingJs = (page: string) => {
  const h = readFileSync(page, 'utf8');
  return [...h.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((n, m) => n + gz(join(DIST, m[1]!)), 0) +
    [...h.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]!).length, 0);
};
const measurePage = html.find((f) => pageType(f) === 'measure');
const chapterPage = html.find((f) => pageType(f) === 'chapter');
const pagefindDir = join(DIST, 'pagefind');
const indexSize = (lang: string) =>
  files(pagefindDir, '.pf_index').concat(files(pagefindDir, '.pf_meta'))
    .filter((f) => f.includes(`${lang}_`) || f.includes(`/${lang}`))
    .reduce((n, f) => n + statSync(f).size, 0);

console.log('');
console.log(`Pages built:            ${pages} (ja + en + chooser)`);
console.log(`Build (astro build):    ${build.seconds.toFixed(2)} s, ${((build.seconds * 1000) / pages).toFixed(1)} ms/page, peak ${build.peakMb.toFixed(0)} MB`);
console.log(`Search index (Pagefind): ${index.seconds.toFixed(2)} s`);
console.log(`Total:                  ${(build.seconds + index.seconds).toFixed(2)} s`);
console.log(`Pagefind index files:   ja ${kB(indexSize('ja'))}, en ${kB(indexSize('en'))} (uncompressed)`);
console.log('');
console.log('HTML per page type (gzip):      pages   median     max');
for (const [type, sizes] of [...byType.entries()].sort()) {
  const sorted = [...sizes].sort((a, b) => a - b);
  console.log(`  ${type.padEnd(28)} ${String(sizes.length).padStart(5)} ${kB(sorted[Math.floor(sorted.length / 2)]!).padStart(9)} ${kB(sorted.at(-1)!).padStart(8)}`);
}
console.log('');
console.log(`CSS total (gzip):       ${kB(cssTotal)} in ${css.length} file(s)`);
console.log(`JS total (gzip):        ${kB(jsTotal)} in ${js.length} file(s) under _astro/`);
if (measurePage) console.log(`JS on a measure page:   ${kB(readingJs(measurePage))}`);
if (chapterPage) console.log(`JS on a chapter page:   ${kB(readingJs(chapterPage))}`);
const sizeOf = (dir: string, ext: string) => files(join(DIST, dir), ext).reduce((n, f) => n + gz(f), 0);
console.log(`JS on the measures list: ${kB(readingJs(join(DIST, 'en/measures/index.html')))} (its filter)`);
console.log(`Open data (gzip):       ${kB(sizeOf('data', '.csv'))} CSV, ${kB(sizeOf('data', '.json'))} JSON`);
console.log(`Map base images (gzip): ${kB(sizeOf('maps', '.svg'))} in ${files(join(DIST, 'maps'), '.svg').length} files (world ${kB(gz(join(DIST, 'maps/world.svg')))}, cached across pages)`);
console.log('Web fonts:              none (system fonts only)');
