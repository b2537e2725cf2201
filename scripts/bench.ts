// Builds the site from cold and prints its speed and size figures: page count, build and index time,
// ms per page, peak memory, Pagefind index size per language, the bytes a first Japanese search
// transfers in Chromium, and gzip sizes of HTML per page type, CSS and JS. Figures, not pass/fail.
//
//   npm run bench                          the real site, into dist/
//   npm run bench -- --scale N             N copies of every strategy (scripts/generate-scale.ts),
//                                          built into /tmp/scale-N/{content,dist,cache}, removed after
//   options: --query 観光 (the Japanese query of the first search), --keep (keep /tmp/scale-N),
//            --compare REF (first run the same benchmark on git revision REF, e.g. the last commit whose
//            texts were Markdown, 48f459d, in a temporary worktree, so both figures come from one run)
//   npm run bench -- --search-ablation     the search query suite once per ranking variant (one ranking
//                                          option or index weight changed at a time), as a table;
//                                          --no-build uses dist/ as built, --only TEXT runs the variants
//                                          whose name contains TEXT (scripts/search-ablation.ts)
import { launchChromium } from './chromium.ts';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { generateScale, type ScaleCorpus } from './generate-scale.ts';
import { serve } from './serve.ts';
import { formatFigures } from '../src/lib/search-metrics.ts';
import { runSuite } from '../tests/e2e/search-suite.ts';

const { values: opts } = parseArgs({
  options: {
    scale: { type: 'string' },
    query: { type: 'string', default: '観光' },
    keep: { type: 'boolean', default: false },
    compare: { type: 'string' },
    'search-ablation': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
if (opts['search-ablation']) {
  // A mode of its own: the suite once per ranking variant (scripts/search-ablation.ts), nothing else.
  const { searchAblation } = await import('./search-ablation.ts');
  await searchAblation({ build: !opts['no-build'], only: opts.only });
  process.exit(0);
}
const scale = opts.scale === undefined ? undefined : Number(opts.scale);
if (scale !== undefined && (!Number.isInteger(scale) || scale < 1)) {
  console.error(`--scale takes the number of copies of the strategies (a whole number ≥ 1), not "${opts.scale}"`);
  process.exit(2);
}

const work = scale === undefined ? undefined : `/tmp/scale-${scale}`;
const DIST = work ? `${work}/dist` : 'dist';
const CACHE = work ? `${work}/cache` : 'node_modules/.astro';
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** CPU seconds used so far by this process's finished (waited-for) children and their descendants. */
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
function childCpuSeconds(): number {
  // /proc/self/stat fields 16 and 17 (cutime, cstime), after the command name in parentheses.
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLK_TCK;
}

/** Resident memory (kB) and CPU time (s) of a process and its descendants now, from /proc. */
function treeStat(pid: number): { rssKb: number; cpuSeconds: number } {
  let rssKb = 0;
  let ticks = 0;
  const visit = (p: number) => {
    try {
      rssKb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      // utime, stime, cutime, cstime: fields 14–17, after the command name in parentheses.
      const f = readFileSync(`/proc/${p}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean))
          visit(Number(child));
      }
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return { rssKb, cpuSeconds: ticks / CLK_TCK };
}

interface Mark {
  /** The line of output that starts the phase. */
  at: RegExp;
  seconds: number;
  cpuSeconds: number;
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  /** How the peak was measured. */
  peakBy: string;
  stdout: string;
  /** When each of the given lines first appeared in the output: wall-clock and CPU seconds from the start. */
  marks: Mark[];
}

/**
 * Runs a command to its end and measures it. Peak memory: /usr/bin/time's maximum resident set size
 * (of the largest process), where present; otherwise the largest sum of the process tree's resident
 * memory, sampled from /proc every 100 ms. `phases` are lines of output that start a phase: the
 * time and the process tree's CPU time are read when each first appears.
 */
async function timed(label: string, cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}, phases: RegExp[] = []): Promise<Run> {
  const useTime = existsSync('/usr/bin/time');
  const cpuBefore = childCpuSeconds();
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  const child = useTime
    ? spawn('/usr/bin/time', ['-f', 'peak-rss-kb %M', cmd, ...args], { env: { ...env, ...extraEnv } })
    : spawn(cmd, args, { env: { ...env, ...extraEnv } });
  let stdout = '';
  let stderr = '';
  const marks: Mark[] = [];
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
    for (const at of phases) {
      if (!marks.some((m) => m.at === at) && at.test(stdout))
        marks.push({ at, seconds: elapsed(), cpuSeconds: treeStat(child.pid!).cpuSeconds });
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  let sampledKb = 0;
  const sampler = useTime ? undefined : setInterval(() => (sampledKb = Math.max(sampledKb, treeStat(child.pid!).rssKb)), 100);
  const status = await new Promise<number | null>((ok) => child.on('close', ok));
  clearInterval(sampler);
  const seconds = elapsed();
  const cpuSeconds = childCpuSeconds() - cpuBefore;
  if (status !== 0) {
    console.error(stdout, stderr);
    throw new Error(`${label} failed (exit status ${status})`);
  }
  const timeKb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1]);
  return {
    seconds,
    cpuSeconds,
    peakMb: (useTime ? timeKb : sampledKb) / 1024,
    peakBy: useTime ? 'largest process, /usr/bin/time' : 'process tree, sampled from /proc',
    stdout,
    marks,
  };
}

function files(dir: string, ext = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

const gz = (path: string) => gzipSync(readFileSync(path)).length;
const br = (path: string) => brotliCompressSync(readFileSync(path)).length;
const size = (path: string) => statSync(path).size;
const sum = (list: string[], f: (p: string) => number) => list.reduce((n, p) => n + f(p), 0);

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
  if (/^strategies\/[^/]+\/print\/$/.test(rest)) return 'whole strategy, print';
  if (/^strategies\/[^/]+\/print\/bilingual\/$/.test(rest)) return 'whole strategy, print bilingual';
  if (/^strategies\/[^/]+\/(measures\/)?[^/]+\/parallel\/$/.test(rest))
    return rest.includes('/measures/') ? 'measure, parallel view' : 'chapter, parallel view';
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

/** What a request of the search page fetches, by its path. */
function requestKind(path: string): string {
  if (path.startsWith('/pagefind/index/')) return 'Pagefind index chunks';
  if (path.startsWith('/pagefind/fragment/')) return 'Pagefind fragments (results shown)';
  if (path.startsWith('/pagefind/filter/')) return 'Pagefind filters';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'Pagefind metadata';
  if (/^\/pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(path)) return 'Pagefind engine (JS, WASM)';
  // Anything else of Pagefind's (its Default UI, say) is not meant to load: shown apart if it does.
  if (path.startsWith('/pagefind/')) return 'Pagefind, other files';
  if (path.endsWith('/')) return 'search page HTML';
  if (path.startsWith('/_astro/') && path.endsWith('.css')) return "site's CSS";
  if (path.startsWith('/_astro/') && /\/search\.astro[^/]*\.js$/.test(path)) return "site's search UI (JS)";
  if (path.startsWith('/_astro/')) return "site's other JS";
  return 'other';
}

/** Types a static host would compress (Pagefind's .pagefind and .pf_* files are gzip already). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml']);

interface FirstSearch {
  query: string;
  message: string;
  msToResults: number;
  requests: { path: string; bytes: number; gzipBytes: number; brotliBytes: number; afterTyping: boolean }[];
}

/**
 * Opens /<lang>/search/ in a fresh Chromium context (empty cache), types the query, waits for the
 * results and for the network to go quiet, and returns every response with the bytes sent for it
 * (headers and body, as scripts/serve.ts sends them: uncompressed) and what they would be if the
 * host compressed text with gzip or Brotli. Counted at the server, so requests of Pagefind's worker count too.
 */
async function firstSearch(root: string, lang: string, query: string): Promise<FirstSearch> {
  const { server, url } = await serve(root);
  const requests: FirstSearch['requests'] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  let afterTyping = false;
  server.prependListener('request', (req, res) => {
    inFlight++;
    lastActivity = Date.now();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const typed = afterTyping;
    // One response at a time per connection (HTTP/1.1 without pipelining): the socket's byte count
    // from the start of the request to the end of its response is that response, headers included.
    const before = req.socket.bytesWritten;
    res.on('finish', () => {
      inFlight--;
      lastActivity = Date.now();
      const bytes = req.socket.bytesWritten - before;
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      const text = res.statusCode === 200 && COMPRESSIBLE.has(extname(file)) && existsSync(file);
      const gzipBytes = text ? bytes - size(file) + gz(file) : bytes;
      const brotliBytes = text ? bytes - size(file) + br(file) : bytes;
      requests.push({ path, bytes, gzipBytes, brotliBytes, afterTyping: typed });
    });
  });
  const quiet = async (ms: number) => {
    while (inFlight > 0 || Date.now() - lastActivity < ms) await new Promise((ok) => setTimeout(ok, 50));
  };
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // Without the service worker: it copies the whole index of the language for offline use in the
    // background (reported apart, from sw.js), which is not what a first search waits for.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${url}${lang}/search/`);
    await quiet(1000);
    afterTyping = true;
    const started = Date.now();
    await page.fill('[data-search-root] input[type="search"]', query);
    await page.waitForSelector('[data-search-root][data-search-state="done"] a.search-result__link', { timeout: 120_000 });
    const msToResults = Date.now() - started;
    await quiet(1000);
    const message = (await page.textContent('[data-search-status]'))?.trim() ?? '';
    await context.close();
    return { query, message, msToResults, requests };
  } finally {
    await browser?.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

/**
 * Runs the search query suite (tests/e2e/search-queries.cases.ts) through the built site's search
 * page in Chromium, the code the e2e test uses; prints recall@1, recall@5 and MRR per language.
 */
async function searchSuite(root: string): Promise<string[]> {
  const { server, url } = await serve(root);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const started = Date.now();
    const { byLang, results } = await runSuite(browser, url);
    const absentFound = results.filter(({ c, top }) => c.absent && top.length > 0).map(({ c }) => c.query);
    return [
      ...formatFigures(byLang),
      `names that must find nothing and found something: ${absentFound.length ? absentFound.join(', ') : 'none'}`,
      `${results.length} queries in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ];
  } finally {
    await browser?.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

// ---------------------------------------------------------------------------------------------

/** The same benchmark on another revision, in a temporary worktree sharing node_modules. */
function benchReference(ref: string): void {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  const sha = git('rev-parse', '--short', `${ref}^{commit}`).stdout.trim();
  if (!sha) {
    console.error(`--compare: "${ref}" is not a revision of this repository`);
    process.exit(2);
  }
  const dir = `/tmp/bench-ref-${sha}`;
  git('worktree', 'remove', '--force', dir);
  rmSync(dir, { recursive: true, force: true });
  if (git('worktree', 'add', '--detach', dir, sha).status !== 0) {
    console.error(`--compare: cannot check out ${sha} in ${dir}`);
    process.exit(2);
  }
  symlinkSync(resolve('node_modules'), `${dir}/node_modules`);
  console.log(`=== Reference: ${ref} (${sha}), the same benchmark first ===`);
  const args = ['scripts/bench.ts', '--query', opts.query, ...(scale === undefined ? [] : ['--scale', String(scale)])];
  spawnSync(process.execPath, args, { cwd: dir, stdio: 'inherit', env });
  git('worktree', 'remove', '--force', dir);
  console.log(`\n=== This checkout (${git('rev-parse', '--short', 'HEAD').stdout.trim()}) ===`);
}
if (opts.compare) benchReference(opts.compare);

let corpus: ScaleCorpus | undefined;
const buildEnv: NodeJS.ProcessEnv = {};
if (work) {
  console.log(`Generating ${scale} cop${scale === 1 ? 'y' : 'ies'} of the strategies in ${work}/content…`);
  corpus = generateScale(scale!, `${work}/content`);
  // Astro wants the content folder relative to the project root.
  buildEnv.SITE_CONTENT_DIR = relative(process.cwd(), corpus.dir);
  buildEnv.SITE_OUT_DIR = DIST;
  buildEnv.SITE_CACHE_DIR = CACHE;
  console.log(
    `  ${corpus.strategies} strategies, ${corpus.textsPerLang.ja} Japanese and ${corpus.textsPerLang.en} English text files, ${corpus.mdxFiles} of them MDX`,
  );
}

console.log(`Cold build: removing ${DIST}/ and the content cache (${CACHE})…`);
rmSync(DIST, { recursive: true, force: true });
rmSync(CACHE, { recursive: true, force: true });
const loadBefore = load();

try {
  // Phases of the build, by the first line Astro prints in each (absent if Astro changes its wording).
  const PHASES = [
    { name: 'start and content sync', at: /^/ },
    { name: 'bundling (Vite; one module per MDX file)', at: /Building static entrypoints/ },
    { name: 'rendering pages', at: /generating static routes/ },
  ];
  const build = await timed(
    'astro build',
    'astro',
    ['build'],
    buildEnv,
    PHASES.slice(1).map((p) => p.at),
  );
  const index = await timed('pagefind', 'pagefind', ['--site', DIST]);
  await timed('search words', 'node', ['scripts/build-search-words.ts'], buildEnv);
  // The last step of npm run build: stamps the pages with the build's version and writes sw.js.
  const worker = await timed('service worker', 'node', ['scripts/build-sw.ts'], buildEnv);
  const loadAfter = load();
  const html = files(DIST, '.html');
  const pages = html.length;
  const perLang = (lang: string) => html.filter((f) => relative(DIST, f).startsWith(`${lang}/`)).length;

  const plain = build.stdout.replace(/\x1b\[[0-9;]*m/g, '');
  if (work) writeFileSync(`${work}/build.log`, plain);
  const bounds = [
    { seconds: 0, cpuSeconds: 0 },
    ...PHASES.slice(1).map((p) => build.marks.find((m) => m.at === p.at)),
    { seconds: build.seconds, cpuSeconds: build.cpuSeconds },
  ];
  const phaseTimes = PHASES.map((p, i) => {
    const [from, to] = [bounds[i], bounds[i + 1]];
    return {
      name: p.name,
      seconds: from && to ? to.seconds - from.seconds : NaN,
      cpuSeconds: from && to ? to.cpuSeconds - from.cpuSeconds : NaN,
    };
  });

  // Render time of every page, from Astro's log ("├─ /ja/…/index.html (+12ms)"), by page type.
  const renderMs = new Map<string, number>();
  for (const m of plain.matchAll(/├─ (\S+) \(\+([\d.]+)(ms|s)\)/g))
    renderMs.set(join(DIST, m[1]!), m[3] === 's' ? Number(m[2]) * 1000 : Number(m[2]));
  const byType = new Map<string, { gzip: number[]; ms: number[] }>();
  for (const f of html) {
    const t = byType.get(pageType(f)) ?? { gzip: [], ms: [] };
    t.gzip.push(gz(f));
    const ms = renderMs.get(f);
    if (ms !== undefined) t.ms.push(ms);
    byType.set(pageType(f), t);
  }
  // Files that are not pages: sitemap, robots.txt, open data, map images.
  const others = [...renderMs.entries()].filter(([f]) => !f.endsWith('.html'));
  const otherFiles = { gzip: others.map(([f]) => (existsSync(f) ? gz(f) : 0)), ms: others.map(([, ms]) => ms) };
  const css = files(join(DIST, '_astro'), '.css');
  const js = files(join(DIST, '_astro'), '.js');

  // JS a reading page loads: its <script src> files (Pagefind loads only on the search page).
  const readingJs = (page: string) => {
    const h = readFileSync(page, 'utf8');
    return (
      [...h.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((n, m) => n + gz(join(DIST, m[1]!)), 0) +
      [...h.matchAll(/<script(?![^>]*src)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]!).length, 0)
    );
  };
  const measurePage = html.find((f) => pageType(f) === 'measure');
  const chapterPage = html.find((f) => pageType(f) === 'chapter');

  // Pagefind writes one index per language: files prefixed <lang>_ and the language's WebAssembly.
  const pagefindDir = join(DIST, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };

  console.log('');
  console.log(
    `Load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after (other builds on the machine slow the wall-clock figures; CPU time is steadier)`,
  );
  if (corpus)
    console.log(
      `Corpus:                 ${corpus.copies} cop${corpus.copies === 1 ? 'y' : 'ies'} × ${corpus.strategies / corpus.copies} strategies = ${corpus.strategies} strategies, ${corpus.textsPerLang.ja} + ${corpus.textsPerLang.en} text files (${corpus.mdxFiles} MDX)`,
    );
  console.log(`Pages built:            ${pages} (ja ${perLang('ja')}, en ${perLang('en')}, chooser and 404)`);
  console.log(
    `Build (astro build):    ${build.seconds.toFixed(2)} s, ${((build.seconds * 1000) / pages).toFixed(2)} ms/page; CPU ${build.cpuSeconds.toFixed(1)} s, ${((build.cpuSeconds * 1000) / pages).toFixed(2)} ms/page`,
  );
  const mdxFiles = corpus ? corpus.mdxFiles : files('content', '.mdx').length;
  for (const p of phaseTimes) {
    const per =
      p.name.startsWith('bundling') && mdxFiles > 0
        ? `${((p.cpuSeconds * 1000) / mdxFiles).toFixed(2)} ms per MDX file`
        : `${((p.cpuSeconds * 1000) / pages).toFixed(2)} ms/page`;
    console.log(
      `  ${`${p.name}:`.padEnd(43)} ${p.seconds.toFixed(1).padStart(6)} s, CPU ${p.cpuSeconds.toFixed(1).padStart(6)} s (${per})`,
    );
  }
  console.log(`  peak memory:          ${build.peakMb.toFixed(0)} MB (${build.peakBy})`);
  console.log(
    `Search index (Pagefind): ${index.seconds.toFixed(2)} s, ${((index.seconds * 1000) / pages).toFixed(2)} ms/page; CPU ${index.cpuSeconds.toFixed(1)} s; peak ${index.peakMb.toFixed(0)} MB`,
  );
  console.log(`Service worker (sw.js): ${worker.seconds.toFixed(2)} s; ${worker.stdout.trim().replace(/^sw\.js: /, '')}`);
  console.log(`Total:                  ${(build.seconds + index.seconds + worker.seconds).toFixed(2)} s`);
  console.log('');
  console.log('Pagefind index per language (bytes on disk; Pagefind gzips these files itself):');
  console.log('  lang  pages   index chunks       fragments          filters    metadata      wasm     total');
  for (const [lang, l] of Object.entries(entry.languages)) {
    const of = (dir: string) => files(join(pagefindDir, dir)).filter((f) => f.split('/').pop()!.startsWith(`${lang}_`));
    const chunks = of('index');
    const fragments = of('fragment');
    const filters = of('filter');
    const meta = join(pagefindDir, `pagefind.${l.hash}.pf_meta`);
    const wasm = join(pagefindDir, `wasm.${l.wasm ?? 'unknown'}.pagefind`);
    const total = sum(chunks, size) + sum(fragments, size) + sum(filters, size) + size(meta) + size(wasm);
    console.log(
      `  ${lang.padEnd(4)} ${String(l.page_count).padStart(6)} ${`${chunks.length} × ${kB(sum(chunks, size) / Math.max(1, chunks.length))}`.padStart(15)}` +
        `${MB(sum(fragments, size)).padStart(16)} ${kB(sum(filters, size)).padStart(16)} ${kB(size(meta)).padStart(11)} ${kB(size(wasm)).padStart(9)} ${MB(total).padStart(9)}`,
    );
  }

  console.log('');
  console.log(`First Japanese search in Chromium (empty cache): open /ja/search/, type ${opts.query}, wait for the results`);
  const s = await firstSearch(DIST, 'ja', opts.query).catch((e: Error) => e);
  if (s instanceof Error)
    console.log(`  not measured: ${s.message.split('\n')[0]} (Chromium at /usr/bin/chromium or CHROMIUM_PATH is needed)`);
  else {
    const kinds = new Map<string, { n: number; bytes: number; gzip: number; brotli: number }>();
    for (const r of s.requests) {
      const k = kinds.get(requestKind(r.path)) ?? { n: 0, bytes: 0, gzip: 0, brotli: 0 };
      kinds.set(requestKind(r.path), {
        n: k.n + 1,
        bytes: k.bytes + r.bytes,
        gzip: k.gzip + r.gzipBytes,
        brotli: k.brotli + r.brotliBytes,
      });
    }
    console.log(`  "${s.message}", first results after ${s.msToResults} ms`);
    console.log('  what                                 requests  as served  text gzipped  text Brotli');
    for (const [k, v] of [...kinds.entries()].sort((a, b) => b[1].bytes - a[1].bytes)) {
      console.log(
        `  ${k.padEnd(36)} ${String(v.n).padStart(8)} ${kB(v.bytes).padStart(10)} ${kB(v.gzip).padStart(13)} ${kB(v.brotli).padStart(12)}`,
      );
    }
    const total = (f: (r: FirstSearch['requests'][number]) => boolean) => {
      const list = s.requests.filter(f);
      const add = (k: 'bytes' | 'gzipBytes' | 'brotliBytes') => kB(list.reduce((n, r) => n + r[k], 0));
      return `${add('bytes')} as served, ${add('gzipBytes')} if the host gzips text, ${add('brotliBytes')} with Brotli`;
    };
    console.log(`  opening the search page:  ${total((r) => !r.afterTyping)}`);
    console.log(`  the search itself:        ${total((r) => r.afterTyping)}`);
    console.log(`  first search, all:        ${total(() => true)} (${s.requests.length} requests)`);
    const offline = /search ja (\d+) files (\d+) kB/.exec(worker.stdout);
    if (offline)
      console.log(
        `  not counted above: the service worker's offline copy of the Japanese index, fetched once in the background after the first visit (not with Save-Data): ${offline[2]} kB in ${offline[1]} files`,
      );
  }

  console.log('');
  console.log('Search query suite (tests/e2e/search-queries.cases.ts) in Chromium: first result, first five, mean reciprocal rank');
  const suite = await searchSuite(DIST).catch((e: Error) => [`not measured: ${e.message.split('\n')[0]}`]);
  for (const line of suite) console.log(`  ${line}`);

  console.log('');
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
  console.log("Per page type: render time (from Astro's log, wall clock, ms)  and HTML size (gzip)");
  console.log('                                  pages  median      max  total s     median      max');
  for (const [type, t] of [...[...byType.entries()].sort(), ['files (sitemap, data, maps)', otherFiles] as const]) {
    console.log(
      `  ${type.padEnd(30)} ${String(t.gzip.length).padStart(5)} ${median(t.ms).toFixed(0).padStart(7)} ${Math.max(...t.ms)
        .toFixed(0)
        .padStart(8)} ${(t.ms.reduce((a, b) => a + b, 0) / 1000).toFixed(1).padStart(8)}` +
        ` ${kB(median(t.gzip)).padStart(10)} ${kB(Math.max(...t.gzip)).padStart(8)}`,
    );
  }
  console.log('');
  console.log(`CSS total (gzip):       ${kB(sum(css, gz))} in ${css.length} file(s)`);
  console.log(`JS total (gzip):        ${kB(sum(js, gz))} in ${js.length} file(s) under _astro/`);
  if (measurePage) console.log(`JS on a measure page:   ${kB(readingJs(measurePage))}`);
  if (chapterPage) console.log(`JS on a chapter page:   ${kB(readingJs(chapterPage))}`);
  const sizeOf = (dir: string, ext: string) => sum(files(join(DIST, dir), ext), gz);
  console.log(`JS on the measures list: ${kB(readingJs(join(DIST, 'en/measures/index.html')))} (its filter)`);
  console.log(
    `JS on the search page:  ${kB(readingJs(join(DIST, 'ja/search/index.html')))} (its UI; Pagefind's own code is counted in the first search above)`,
  );
  console.log(`Open data (gzip):       ${kB(sizeOf('data', '.csv'))} CSV, ${kB(sizeOf('data', '.json'))} JSON`);
  console.log(
    `Map base images (gzip): ${kB(sizeOf('maps', '.svg'))} in ${files(join(DIST, 'maps'), '.svg').length} files (world ${kB(gz(join(DIST, 'maps/world.svg')))}, cached across pages)`,
  );
  console.log('Web fonts:              none (system fonts only)');
} finally {
  if (work && !opts.keep) {
    rmSync(work, { recursive: true, force: true });
    console.log(`\nRemoved ${work} (pass --keep to keep the corpus and its build).`);
  }
}
