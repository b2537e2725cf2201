// After `astro build` and Pagefind: stamps every page with the build's version and writes dist/sw.js
// (from scripts/service-worker.js) with that version, the shell to precache and the search index
// files of each language. The version is a hash of everything built, so any change makes a new one.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = process.env.SITE_OUT_DIR ?? 'dist';
const LANGS = ['ja', 'en'];

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => `/${relative(DIST, join(e.parentPath, e.name)).split(sep).join('/')}`)
  .filter((f) => f !== '/sw.js')
  .sort();

const META = /<meta name="site-version" content="[^"]*">/;

// One read of every file: hashed, and the pages kept to be stamped below.
const hash = createHash('sha256');
const html = new Map<string, string>();
for (const f of files) {
  const body = readFileSync(join(DIST, f));
  if (!f.endsWith('.html')) {
    hash.update(f).update(body);
    continue;
  }
  // A page is hashed without a stamp of an earlier run, so running this twice gives one version.
  const page = body.toString('utf8');
  html.set(f, page);
  hash.update(f).update(page.replace(META, ''));
}
const version = hash.digest('hex').slice(0, 12);

// Every page says which build it belongs to, so the worker never stores a page of another build.
let stamped = 0;
const tag = `<meta name="site-version" content="${version}">`;
for (const [f, page] of html) {
  const next = META.test(page) ? page.replace(META, tag) : page.replace('<meta charset="utf-8">', `<meta charset="utf-8">${tag}`);
  if (next === page && !META.test(page)) throw new Error(`${f}: no <meta charset="utf-8"> to put the site version after`);
  writeFileSync(join(DIST, f), next);
  stamped += 1;
}

const page = (f: string) => f.replace(/index\.html$/, '');
const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; wasm: string | null }>;
};
const shell = [
  ...files.filter((f) => f.startsWith('/_astro/')),
  '/favicon.svg',
  ...LANGS.flatMap((l) => [`/${l}/`, `/${l}/search/`, `/${l}/offline/`]),
  // Pagefind's engine (the search page's own UI is among the /_astro/ files).
  ...['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].map((f) => `/pagefind/${f}`),
];
for (const f of shell)
  if (!files.includes(f) && !files.includes(`${f}index.html`))
    throw new Error(`the service worker's shell names ${f}, which was not built`);

const search: Record<string, string[]> = {};
for (const lang of LANGS) {
  const meta = entry.languages[lang];
  if (!meta) throw new Error(`Pagefind built no index for "${lang}"`);
  search[lang] = [
    `/pagefind/pagefind.${meta.hash}.pf_meta`,
    `/pagefind/wasm.${meta.wasm ?? 'unknown'}.pagefind`,
    ...files.filter((f) => /^\/pagefind\/(index|fragment|filter)\//.test(f) && f.split('/')[3]!.startsWith(`${lang}_`)),
  ];
}

const template = readFileSync('scripts/service-worker.js', 'utf8');
const sw = template
  .replace("'__VERSION__'", JSON.stringify(version))
  // Inside JSON.parse('…'): the JSON holds only paths, which have no quote or backslash.
  .replace('__SHELL__', JSON.stringify(shell.map(page)))
  .replace('__SEARCH__', JSON.stringify(search));
if (/['\\]/.test(JSON.stringify(shell) + JSON.stringify(search))) throw new Error('a file name holds a quote or backslash');
writeFileSync(join(DIST, 'sw.js'), sw);

const size = (list: string[]) => list.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
console.log(
  `sw.js: build ${version}; ${stamped} pages stamped; shell ${shell.length} files; search ` +
    LANGS.map((l) => `${l} ${search[l]!.length} files ${(size(search[l]!) / 1024).toFixed(0)} kB`).join(', '),
);
