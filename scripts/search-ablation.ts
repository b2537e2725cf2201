// `npm run bench -- --search-ablation`: what each ranking choice does to the search query suite
// (tests/e2e/search-queries.cases.ts). Builds the site once (npm run build; --no-build uses dist/ as
// it is), then runs the suite in Chromium once per variant, each changing one thing from the site as
// built: one of Pagefind's ranking options (the search page is served with it in data-ranking), or
// the indexed HTML (a copy of dist/ rewritten, then indexed by Pagefind again: weights, aliases).
// Prints recall@1, recall@5 and MRR per language per variant as a table.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, renderSync } from 'ultrahtml';
import { SEARCH_RANKING, type SearchRanking } from '../src/lib/search-ranking.ts';
import { runSuiteDirect } from '../tests/e2e/search-suite.ts';
import { launchChromium } from './chromium.ts';
import { serve } from './serve.ts';

interface HtmlNode {
  type: number;
  name?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

/** A change to every element of a built page (the parsed tree, changed in place); true to remove the element. */
type Rewrite = (el: HtmlNode) => boolean | undefined;

interface Variant {
  name: string;
  ranking?: SearchRanking;
  rewrite?: Rewrite;
}

const cls = (el: HtmlNode) => (el.attributes?.class ?? '').split(/\s+/);
/** Sets data-pagefind-weight on the elements that pass the test. */
const weigh =
  (test: (el: HtmlNode) => boolean, weight: string): Rewrite =>
  (el) => {
    if (test(el)) el.attributes = { ...el.attributes, 'data-pagefind-weight': weight };
    return false;
  };
/** Removes data-pagefind-weight from the elements that pass the test (they weigh as their context). */
const unweigh =
  (test: (el: HtmlNode) => boolean): Rewrite =>
  (el) => {
    if (test(el)) el.attributes = Object.fromEntries(Object.entries(el.attributes ?? {}).filter(([k]) => k !== 'data-pagefind-weight'));
    return false;
  };

const VARIANTS: Variant[] = [
  { name: 'as built (chosen)' },
  { name: "ranking: Pagefind's defaults (pageLength 0.75)", ranking: {} },
  { name: 'pageLength 0', ranking: { ...SEARCH_RANKING, pageLength: 0 } },
  { name: 'pageLength 0.5', ranking: { ...SEARCH_RANKING, pageLength: 0.5 } },
  { name: 'termFrequency 0.5', ranking: { ...SEARCH_RANKING, termFrequency: 0.5 } },
  { name: 'termSaturation 0.8', ranking: { ...SEARCH_RANKING, termSaturation: 0.8 } },
  { name: 'termSaturation 2', ranking: { ...SEARCH_RANKING, termSaturation: 2 } },
  { name: 'termSimilarity 0', ranking: { ...SEARCH_RANKING, termSimilarity: 0 } },
  { name: 'termSimilarity 3', ranking: { ...SEARCH_RANKING, termSimilarity: 3 } },
  { name: 'index: measure cards at full weight (not 0.5)', rewrite: unweigh((el) => el.name === 'li' && cls(el).includes('measure-card')) },
  { name: 'index: headings weigh as text (no h1–h6 boost)', rewrite: weigh((el) => /^h[1-6]$/.test(el.name ?? ''), '1') },
  {
    name: 'index: aliases without the title weight',
    rewrite: unweigh((el) => el.name === 'span' && el.attributes?.['data-pagefind-weight'] === '7'),
  },
  { name: 'index: no aliases', rewrite: (el) => el.attributes !== undefined && 'data-search-aliases' in el.attributes },
];

/** Applies a rewrite to every element of a page. */
function rewritePage(html: string, rewrite: Rewrite): string {
  const walk = (node: HtmlNode) => {
    node.children = (node.children ?? []).filter((c) => !(c.type === ELEMENT_NODE && rewrite(c)));
    for (const c of node.children) walk(c);
  };
  const doc = parse(html) as HtmlNode;
  walk(doc);
  return renderSync(doc as Parameters<typeof renderSync>[0]);
}

/** A copy of the built site with every page rewritten, indexed anew by Pagefind. */
function rewrittenSite(dist: string, dir: string, rewrite: Rewrite): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true, filter: (src) => !src.startsWith(join(dist, 'pagefind')) });
  for (const lang of ['ja', 'en'])
    for (const f of readdirSync(join(dir, lang), { recursive: true }).map(String))
      if (f.endsWith('.html')) {
        const file = join(dir, lang, f);
        writeFileSync(file, rewritePage(readFileSync(file, 'utf8'), rewrite));
      }
  const r = spawnSync('pagefind', ['--site', dir], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`pagefind --site ${dir} failed:\n${r.stderr}`);
}

export async function searchAblation({ build, only }: { build: boolean; only?: string | undefined }): Promise<void> {
  const dist = 'dist';
  if (build) {
    console.log('Building the site once (npm run build) …');
    const r = spawnSync('npm', ['run', '-s', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  const variants = VARIANTS.filter((v) => !only || v.name.includes(only));
  const browser = await launchChromium();
  const header = `${'variant'.padEnd(48)} ${'ja R@1  R@5   MRR'.padEnd(20)} ${'en R@1  R@5   MRR'.padEnd(20)}`;
  console.log(`Search ranking ablation: ${JSON.stringify(SEARCH_RANKING)} as chosen; each row changes one thing`);
  console.log(header);
  try {
    for (const v of variants) {
      const root = v.rewrite ? `/tmp/search-ablation/${variants.indexOf(v)}` : dist;
      if (v.rewrite) rewrittenSite(dist, root, v.rewrite);
      const { server, url } = await serve(root);
      try {
        const byLang = await runSuiteDirect(browser, url, v.ranking ?? SEARCH_RANKING);
        const cell = (lang: string) => {
          const f = byLang.get(lang);
          return f ? `${f.recallAt1.toFixed(2)}  ${f.recallAt5.toFixed(2)}  ${f.mrr.toFixed(2)}` : '—';
        };
        const row = `${v.name.padEnd(48)} ${`   ${cell('ja')}`.padEnd(20)} ${`   ${cell('en')}`.padEnd(20)}`;
        console.log(row);
      } finally {
        await new Promise<void>((ok) => server.close(() => ok()));
        if (v.rewrite) rmSync(root, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    rmSync('/tmp/search-ablation', { recursive: true, force: true });
  }
}
