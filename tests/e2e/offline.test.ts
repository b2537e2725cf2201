/**
 * Offline reading in a real browser: after a first visit, the pages read and the search of their
 * language work with the server gone; a page never read says so; and a new build of the site
 * replaces the saved copies as a whole, never leaving old and new side by side.
 *
 * "Offline" here is the server stopped, not an emulation flag, so nothing can reach the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { serve } from '../../scripts/serve';
import { useBrowser, watchCsp } from './browser';

const session = useBrowser();
const DIST = process.env.SITE_OUT_DIR ?? 'dist';
const built = /const VERSION = "([^"]+)"/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))?.[1];
const next = `${built}-next`;

// The site as served: the real build, or (after `deploy()`) the same files stamped as a new build.
let deployed = built!;
let server: Server;
let url: string;
let port = 0;

async function start(): Promise<void> {
  const s = await serve(DIST, port, '127.0.0.1', (path, body) =>
    deployed !== built && (path.endsWith('/') || path.endsWith('.html') || path === '/sw.js')
      ? Buffer.from(body.toString('utf8').replaceAll(built!, deployed))
      : body,
  );
  server = s.server;
  url = s.url;
  port = Number(new URL(url).port);
}
async function goOffline(): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
}

let context: BrowserContext;
let violations: string[] = [];
let page: Page;

beforeAll(async () => {
  expect(built, 'dist/sw.js has a build version').toBeTruthy();
  await start();
  context = await session().browser.newContext();
  // The service worker, its registration and the update offer all run under the pages' CSP.
  violations = await watchCsp(context);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  if (server?.listening) await goOffline();
});

const CHAPTER = 'ja/strategies/shizuoka-2017/current-situation/';
const FIRST = 'ja/strategies/shizuoka-2017/';

async function savedPages(): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return out;
  });
}

describe('offline reading', () => {
  it('keeps the first page, the pages read and the search index of their language', async () => {
    await page.goto(`${url}${FIRST}`);
    await page.waitForFunction(() => document.documentElement.dataset.offlineSearch === 'ja', undefined, { timeout: 60_000 });
    await page.goto(`${url}${CHAPTER}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const saved = await savedPages();
    expect(Object.keys(saved)).toEqual([`site-${built}`]);
    const files = saved[`site-${built}`]!;
    expect(files).toContain(`/${FIRST}`);
    expect(files).toContain(`/${CHAPTER}`);
    expect(files.filter((f) => f.startsWith('/pagefind/index/ja_')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('/pagefind/index/en_'))).toEqual([]);
  });

  it('shows the pages read and searches with the server gone', async () => {
    await goOffline();
    await page.goto(`${url}${CHAPTER}`);
    expect(await page.textContent('h1')).toContain('現状認識');
    expect(await page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle)).toBe('solid');
    await page.goto(`${url}${FIRST}`);
    expect(await page.textContent('h1')).toContain('静岡市地域外交基本方針');
    await page.goto(`${url}ja/search/?q=${encodeURIComponent('清水港')}`);
    await page.waitForSelector('[data-search-root][data-search-state="done"] a.search-result__link', { timeout: 20_000 });
    const results = await page.$$eval('a.search-result__link', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(results.some((p) => p.startsWith('/ja/strategies/shizuoka-2017/'))).toBe(true);
  });

  it('says so for a page never read, and lists the pages that are saved', async () => {
    await page.goto(`${url}ja/cities/`);
    expect(await page.textContent('h1')).toBe('オフラインです');
    await page.waitForSelector('[data-saved-pages] a');
    const listed = await page.$$eval('[data-saved-pages] a', (as) =>
      as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, text: a.textContent })),
    );
    expect(listed).toContainEqual({ path: `/${CHAPTER}`, text: expect.stringContaining('現状認識') });
  });

  it('moves to a new build whole: offered, then the saved pages fetched afresh and the old copies dropped', async () => {
    // The reader had also kept the English index (say, from an English page). As after a real
    // rebuild, its files have names the new build does not know (they are content-hashed): the
    // new worker must still see which language was kept, though only Japanese pages are opened.
    await page.evaluate(async (v) => {
      const cache = await caches.open(`site-${v}`);
      await cache.put('/pagefind/index/en_0ldbuild.pf_index', new Response('an index file of the old build'));
    }, built!);
    deployed = next;
    await start();
    await page.goto(`${url}${CHAPTER}`);
    // The new worker is found and installed in the background; the page offers it.
    await page.waitForSelector('.sw-update:not([hidden])', { timeout: 60_000 });
    // Until the reader agrees, the old build alone is saved, and still whole.
    expect(Object.keys(await savedPages()).sort()).toEqual([`site-${built}`, `site-${next}`].sort());
    await Promise.all([page.waitForEvent('load'), page.click('[data-sw-update]')]);
    await page.waitForFunction((v) => document.querySelector('meta[name="site-version"]')?.getAttribute('content') === v, next);
    // Polled from here: a waitForFunction predicate that returns a promise counts as true at once.
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual([`site-${next}`]);
    const files = (await savedPages())[`site-${next}`]!;
    expect(files).toContain(`/${FIRST}`);
    expect(files).toContain(`/${CHAPTER}`);
    expect(files.filter((f) => f.startsWith('/pagefind/index/ja_')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('/pagefind/index/en_')).length, 'the English index is carried over').toBeGreaterThan(0);
    expect(files).not.toContain('/pagefind/index/en_0ldbuild.pf_index');
    // Every saved page is of the new build.
    const versions = await page.evaluate(
      async (list) => {
        const cache = await caches.open((await caches.keys())[0]!);
        return Promise.all(
          list.map(async (p) => /<meta name="site-version" content="([^"]+)"/.exec(await (await cache.match(p))!.text())?.[1]),
        );
      },
      files.filter((f) => f.endsWith('/')),
    );
    expect(new Set(versions)).toEqual(new Set([next]));
    await goOffline();
    await page.goto(`${url}${FIRST}`);
    expect(await page.textContent('h1')).toContain('静岡市地域外交基本方針');
  });

  it('broke no rule of the Content-Security-Policy on the way', async () => {
    expect(violations).toEqual([]);
  });
});
