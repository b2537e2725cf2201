// @ts-check
/// <reference lib="webworker" />
/**
 * The service worker (dist/sw.js, written by scripts/build-sw.ts from this template): after a first
 * visit the site keeps working without a network. It keeps, per build of the site, one cache with
 *   - the shell: styles, scripts, the home, search and offline pages, Pagefind's code;
 *   - each page the reader opens;
 *   - the search index of the reader's language (sent by the page, see src/client/register-sw.ts).
 * A new build is a new cache. It never mixes with the old one: an old page is never stored in the
 * new cache nor a new page in the old; the new worker waits until the reader agrees to reload (or
 * every tab is closed), fetches afresh the pages that were saved, and only then drops the old cache.
 */

const VERSION = '__VERSION__';
/** @type {string[]} */
const SHELL = JSON.parse('__SHELL__');
/** @type {Record<string, string[]>} */
const SEARCH = JSON.parse('__SEARCH__');
const CACHE = `site-${VERSION}`;
const PREFIX = 'site-';
/**
 * Files kept when fetched: those whose names change with their content, and the map images of the
 * pages read (their names are stable, but a map changes only with its page's place, not its text).
 */
const KEEP = /^\/(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/pagefind\.[\w-]+\.pf_meta$|pagefind\/wasm\.|maps\/)/;

const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** The build a page belongs to, from its <meta name="site-version">; undefined for anything else. */
async function versionOf(/** @type {Response} */ response) {
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return undefined;
  const html = await response.clone().text();
  return /<meta name="site-version" content="([^"]+)"/.exec(html)?.[1];
}

/** Stores a page only if it is of this build (a page of another build would need other assets). */
async function storePage(/** @type {Cache} */ cache, /** @type {string} */ url, /** @type {Response} */ response) {
  if (!response.ok || (await versionOf(response)) !== VERSION) return false;
  await cache.put(url, response);
  return true;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL);
      // Carry over what the reader saved under the previous build, fetched afresh from this one:
      // its pages, and the search index of each language it had (known by the language prefix of
      // the old index files: their hashed names change with every build).
      for (const name of await caches.keys()) {
        if (!name.startsWith(PREFIX) || name === CACHE) continue;
        const langs = new Set();
        for (const request of await (await caches.open(name)).keys()) {
          const path = new URL(request.url).pathname;
          const lang = /^\/pagefind\/(?:index|fragment|filter)\/([a-z]+)_/.exec(path)?.[1];
          if (lang && SEARCH[lang]) langs.add(lang);
          if (!path.endsWith('/') || SHELL.includes(path)) continue;
          try {
            await storePage(cache, path, await fetch(path, { cache: 'no-cache' }));
          } catch {
            // Offline or gone: this page is simply not kept. An old copy would not match the new shell.
          }
        }
        for (const lang of langs) await cacheSearch(String(lang)).catch(() => undefined);
      }
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

/** Saves the search index of one language (a few hundred kB), once. */
async function cacheSearch(/** @type {string} */ lang) {
  const files = SEARCH[lang];
  if (!files) return;
  const cache = await caches.open(CACHE);
  const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  const todo = files.filter((f) => !have.has(f));
  // In batches: a phone on a poor connection should not open hundreds of requests at once.
  for (let i = 0; i < todo.length; i += 24) await cache.addAll(todo.slice(i, i + 24));
}

worker.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if ((data.type === 'cache-search' || data.type === 'keep-page') && typeof data.lang === 'string') {
    event.waitUntil(
      (async () => {
        // The page that asked was loaded before this worker took over: keep it too.
        if (typeof data.page === 'string' && data.page.startsWith('/')) {
          const cache = await caches.open(CACHE);
          if (!(await cache.match(data.page))) await storePage(cache, data.page, await fetch(data.page)).catch(() => false);
        }
        if (data.type === 'cache-search') await cacheSearch(data.lang);
      })().then(
        () =>
          event.source?.postMessage({
            type: data.type === 'cache-search' ? 'search-cached' : 'page-kept',
            lang: data.lang,
            version: VERSION,
          }),
        () => undefined,
      ),
    );
  } else if (data.type === 'update') {
    worker.skipWaiting();
  }
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
    return;
  }
  event.respondWith(asset(request, url));
});

/**
 * A page: from the network when there is one (and kept, if it is of this build), otherwise the
 * saved copy, otherwise the offline page of its language.
 */
async function page(/** @type {Request} */ request, /** @type {URL} */ url) {
  const cache = await caches.open(CACHE);
  const key = url.pathname;
  try {
    const response = await fetch(request);
    if (!(await storePage(cache, key, response.clone())) && response.ok && (await versionOf(response)) !== VERSION) {
      // The site has a new build: look for the new worker now rather than at the next visit.
      worker.registration.update().catch(() => undefined);
    }
    return response;
  } catch {
    const saved = await cache.match(key);
    if (saved) return saved;
    const lang = key.startsWith('/en/') ? 'en' : 'ja';
    return (await cache.match(`/${lang}/offline/`)) ?? Response.error();
  }
}

/**
 * Anything else: this build's copy if it has one (Pagefind's entry file is fetched with a
 * ?ts= query, hence ignoreSearch); otherwise the network, keeping the files that KEEP names.
 */
async function asset(/** @type {Request} */ request, /** @type {URL} */ url) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(url.pathname, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && KEEP.test(url.pathname)) await cache.put(url.pathname, response.clone());
  return response;
}
