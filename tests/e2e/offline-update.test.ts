/**
 * A new build must never cost a reader a saved page. In Chromium, with the site standing in for
 * successive builds (the same files stamped with other versions): the network fails for one saved
 * page while an update fetches the saved pages; a second build lands while the first update is still
 * fetching; the storage is full. "Offline" is the server stopped, and a failing network is the
 * server dropping the connection, so the worker sees exactly what it would see.
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
const built = /const VERSION = "([^"]+)"/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))?.[1] ?? '';
const B = `${built}-b`;
const C = `${built}-c`;
const D = `${built}-d`;

const FIRST = '/ja/strategies/shizuoka-2017/';
const CHAPTER = '/ja/strategies/shizuoka-2017/current-situation/';
const THIRD = '/ja/strategies/shizuoka-2017/purpose/';

let deployed = built;
/** Paths whose requests the "network" drops (the connection is cut). */
const failing = new Set<string>();
/** Holds one page's response back until released (a slow fetch during an update). */
let gate: { path: string; version: string; reached: () => void; release: Promise<void> } | undefined;

let server: Server | undefined;
let url = '';
let port = 0;

async function online(): Promise<void> {
  await offline();
  const s = await serve(DIST, port, '127.0.0.1', async (path, body) => {
    if (gate && path === gate.path && deployed === gate.version) {
      gate.reached();
      await gate.release;
    }
    return deployed !== built && (path.endsWith('/') || path.endsWith('.html') || path === '/sw.js')
      ? Buffer.from(body.toString('utf8').replaceAll(built, deployed))
      : body;
  });
  s.server.prependListener('request', (req) => {
    if (failing.has((req.url ?? '').split('?')[0]!)) req.socket.destroy();
  });
  server = s.server;
  url = s.url.slice(0, -1);
  port = Number(new URL(s.url).port);
}
async function offline(): Promise<void> {
  if (!server?.listening) return;
  server.closeAllConnections();
  await new Promise<void>((ok) => server!.close(() => ok()));
}

let context: BrowserContext;
let page: Page;
let violations: string[] = [];

beforeAll(async () => {
  expect(built, 'dist/sw.js has a build version').toBeTruthy();
  await online();
  context = await session().browser.newContext();
  // The service worker, its registration and the update offer all run under the pages' CSP.
  violations = await watchCsp(context);
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await offline();
});

/** Every cache, with the build version of each page in it (null for other files). */
async function saved(): Promise<Record<string, Record<string, string | null>>> {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, string | null>> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = {};
      for (const r of await cache.keys()) {
        const path = new URL(r.url).pathname;
        out[name][path] = path.endsWith('/')
          ? (/<meta name="site-version" content="([^"]+)"/.exec(await (await cache.match(r))!.text())?.[1] ?? null)
          : null;
      }
    }
    return out;
  });
}
const cacheNames = () => page.evaluate(() => caches.keys());

/** Waits for the offer of a new build, accepts it, and waits until that build's worker controls the reloaded page. */
async function acceptUpdate(version: string): Promise<void> {
  await page.waitForSelector('.sw-update:not([hidden])', { timeout: 60_000 });
  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.click('[data-sw-update]')]);
  await expect.poll(cacheNames, { timeout: 30_000 }).toContain(`site-${version}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const h1 = () => page.textContent('h1');
const edition = () => page.evaluate(() => document.documentElement.dataset.edition ?? null);

describe('updating the offline copies', () => {
  it('keeps a saved page whose new copy could not be fetched, shows it as the previous edition, and finishes later', async () => {
    await page.goto(`${url}${FIRST}`);
    await page.waitForFunction(() => document.documentElement.dataset.offlineSearch === 'ja', undefined, { timeout: 60_000 });
    for (const p of [CHAPTER, THIRD]) await page.goto(`${url}${p}`);
    expect(Object.keys((await saved())[`site-${built}`]!)).toEqual(expect.arrayContaining([FIRST, CHAPTER, THIRD]));

    // Build B is deployed; while its worker fetches the saved pages, the network fails for one.
    deployed = B;
    failing.add(CHAPTER);
    await page.goto(`${url}${FIRST}`);
    await acceptUpdate(B);
    expect(await page.getAttribute('meta[name="site-version"]', 'content')).toBe(B);
    const after = await saved();
    expect(Object.keys(after).sort(), 'the old cache is kept for the page that failed').toEqual([`site-${B}`, `site-${built}`].sort());
    expect(after[`site-${B}`]![THIRD]).toBe(B);
    expect(after[`site-${B}`]![CHAPTER]).toBeUndefined();
    expect(after[`site-${built}`]![CHAPTER]).toBe(built);

    // Offline, the page is still there: the old copy, whole (styled), and said to be from the previous edition.
    await offline();
    await page.goto(`${url}${CHAPTER}`);
    expect(await h1()).toContain('現状認識');
    expect(await edition()).toBe('previous');
    expect(await page.isVisible('[data-sw-note="previous-edition"]')).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle)).toBe('solid');
    await page.goto(`${url}${THIRD}`);
    expect(await edition()).toBeNull();
    expect(await page.isVisible('[data-sw-note="previous-edition"]')).toBe(false);

    // Back online with a working network: opening any page completes the update.
    failing.clear();
    await online();
    await page.goto(`${url}${FIRST}`);
    // (A waitForFunction predicate that returns a promise is truthy at once: poll instead.)
    await expect.poll(cacheNames, { timeout: 60_000 }).toEqual([`site-${B}`]);
    expect((await saved())[`site-${B}`]![CHAPTER]).toBe(B);
    await offline();
    await page.goto(`${url}${CHAPTER}`);
    expect(await h1()).toContain('現状認識');
    expect(await edition()).toBeNull();
  });

  it('loses nothing when a second build lands while an update is still fetching, and ends with the newest build whole', async () => {
    // Build C is deployed; its worker's fetch of one saved page is held back until build D is deployed.
    let reached!: () => void;
    const isReached = new Promise<void>((ok) => (reached = ok));
    let release!: () => void;
    gate = { path: THIRD, version: C, reached, release: new Promise<void>((ok) => (release = ok)) };
    deployed = C;
    await online();
    await page.goto(`${url}${FIRST}`);
    await isReached;
    deployed = D;
    release();
    // C installs without that page (D's copy is not C's), is accepted, then finds D and makes way for it.
    await acceptUpdate(C);
    await acceptUpdate(D);
    await expect.poll(cacheNames, { timeout: 60_000 }).toEqual([`site-${D}`]);
    const pages = (await saved())[`site-${D}`]!;
    for (const p of [FIRST, CHAPTER, THIRD]) expect(pages[p], p).toBe(D);
    expect(Object.keys(pages).filter((p) => p.startsWith('/pagefind/index/ja_')).length).toBeGreaterThan(0);
    gate = undefined;

    await offline();
    for (const p of [FIRST, CHAPTER, THIRD]) {
      await page.goto(`${url}${p}`);
      expect(await page.getAttribute('meta[name="site-version"]', 'content'), p).toBe(D);
      expect(await edition(), p).toBeNull();
    }
  });

  it('reports a full storage and still shows the page from the network, never as offline', async () => {
    await online();
    await page.goto(`${url}${FIRST}`);
    const cdp = await context.newCDPSession(page);
    const { usage } = await page.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: url, quotaSize: usage ?? 0 });
    try {
      await page.goto(`${url}/ja/cities/`);
      expect(await h1()).not.toBe('オフラインです');
      await page.waitForSelector('[data-sw-note="storage-full"]:not([hidden])', { timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.dataset.offlineStorage)).toBe('full');
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: url });
    }
  });

  it('broke no rule of the Content-Security-Policy on the way', async () => {
    expect(violations).toEqual([]);
    expect(await cacheNames()).toHaveLength(1);
  });
});
