// @ts-check
/// <reference lib="webworker" />
/**
 * The service worker (dist/sw.js, written by scripts/build-sw.ts from this template): after a first
 * visit the site keeps working without a network. It keeps, per build of the site, one cache with
 *   - the shell: styles, scripts, the home, search and offline pages, Pagefind's code;
 *   - each page the reader opens;
 *   - the search index of the reader's language (sent by the page, see src/client/register-sw.ts).
 * A new build is a new cache, and the two never mix: a page is stored only in the cache of its own
 * build, and the shell only if every page of it is of this build (else this worker does not install).
 * The new worker waits until the reader agrees to reload (or every tab is closed). It fetches afresh
 * the pages saved under earlier builds; an earlier build's cache is deleted only once every page and
 * search index it held is in this one. Until then, offline, a page this build could not fetch yet is
 * shown from the earlier cache, marked as from the previous edition (<html data-edition="previous">),
 * and the update is completed later, when a page of the site is opened online.
 * A full storage is reported to the pages ({ type: 'storage-full' }), never taken for being offline.
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
const INDEX_FILE = /^\/pagefind\/(?:index|fragment|filter)\/([a-z]+)_/;

const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** Thrown when the browser refuses to store more: the reader is told, and it is not "offline". */
class StorageFull extends Error {}

/** Tells every page of the site (controlled or not) something about its offline copies. */
async function report(/** @type {string} */ type) {
  for (const client of await worker.clients.matchAll({ includeUncontrolled: true })) client.postMessage({ type, version: VERSION });
}

/** cache.put, with a quota error reported and turned into StorageFull. */
async function put(/** @type {Cache} */ cache, /** @type {string} */ key, /** @type {Response} */ response) {
  try {
    await cache.put(key, response);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'QuotaExceededError') {
      await report('storage-full');
      throw new StorageFull(key);
    }
    throw e;
  }
}

/** The build a page belongs to, from its <meta name="site-version">; undefined for anything else. */
async function versionOf(/** @type {Response} */ response) {
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return undefined;
  const html = await response.clone().text();
  return /<meta name="site-version" content="([^"]+)"/.exec(html)?.[1];
}

/** Stores a page only if it is of this build (a page of another build would need other assets). */
async function storePage(/** @type {Cache} */ cache, /** @type {string} */ url, /** @type {Response} */ response) {
  if (!response.ok || (await versionOf(response)) !== VERSION) return false;
  await put(cache, url, response);
  return true;
}

/**
 * The caches of earlier builds, oldest first: those created before this build's (caches.keys() is in
 * order of creation). A cache created after it, by a newer build still installing, is not touched.
 */
async function olderCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  const at = names.indexOf(CACHE);
  return at < 0 ? [] : names.slice(0, at);
}

/** What a cache holds that a later build must carry over: its saved pages and the languages of its search index. */
async function savedIn(/** @type {string} */ name) {
  const pages = [];
  const langs = new Set();
  for (const request of await (await caches.open(name)).keys()) {
    const path = new URL(request.url).pathname;
    const lang = INDEX_FILE.exec(path)?.[1];
    if (lang && SEARCH[lang]) langs.add(lang);
    if (path.endsWith('/') && !SHELL.includes(path)) pages.push(path);
  }
  return { pages, langs: [...langs] };
}

async function paths(/** @type {Cache} */ cache) {
  return new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
}

/**
 * Fetches afresh, into this build's cache, what earlier builds saved. Never throws for a page that
 * cannot be fetched now (offline, a server error, a page of yet another build): it stays missing,
 * and its earlier copy stays where it is.
 */
async function carryOver() {
  const cache = await caches.open(CACHE);
  const have = await paths(cache);
  for (const name of await olderCaches()) {
    const { pages, langs } = await savedIn(name);
    for (const path of pages) {
      if (have.has(path)) continue;
      try {
        if (await storePage(cache, path, await fetch(path, { cache: 'no-cache' }))) have.add(path);
      } catch (e) {
        if (e instanceof StorageFull) return;
      }
    }
    for (const lang of langs) await cacheSearch(lang).catch(() => undefined);
  }
}

/** Deletes each earlier cache whose every page and search index this build's cache now holds. */
async function dropCarriedOver() {
  const have = await paths(await caches.open(CACHE));
  for (const name of await olderCaches()) {
    const { pages, langs } = await savedIn(name);
    const complete = pages.every((p) => have.has(p)) && langs.every((l) => (SEARCH[l] ?? []).every((f) => have.has(f)));
    if (complete) await caches.delete(name);
  }
}

/** Finishes an update that could not fetch everything at once, one run at a time. Only the active worker does this. */
let finishing = Promise.resolve();
function finishUpdate() {
  finishing = finishing
    .then(async () => {
      if ((await olderCaches()).length === 0) return;
      await carryOver();
      await dropCarriedOver();
    })
    // A failed run (say, the storage full) must not stop the next one.
    .catch(() => undefined);
  return finishing;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      try {
        const cache = await caches.open(CACHE);
        // The shell, all of this build: a page of another build (a second deploy landing while
        // this one installs, a stale edge) fails the install, and the browser tries again later.
        await Promise.all(
          SHELL.map(async (path) => {
            const response = await fetch(path, { cache: 'no-cache' });
            if (!response.ok) throw new Error(`${path}: ${response.status}`);
            if (path.endsWith('/') && (await versionOf(response)) !== VERSION) throw new Error(`${path} is of another build`);
            await put(cache, path, response);
          }),
        );
        await carryOver();
      } catch (e) {
        await caches.delete(CACHE);
        throw e;
      }
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await dropCarriedOver();
      await worker.clients.claim();
    })(),
  );
});

/** Saves the search index of one language (a few hundred kB), once. */
async function cacheSearch(/** @type {string} */ lang) {
  const files = SEARCH[lang];
  if (!files) return;
  const cache = await caches.open(CACHE);
  const have = await paths(cache);
  const todo = files.filter((f) => !have.has(f));
  // In batches: a phone on a poor connection should not open hundreds of requests at once.
  for (let i = 0; i < todo.length; i += 24) {
    await Promise.all(
      todo.slice(i, i + 24).map(async (f) => {
        const response = await fetch(f);
        if (!response.ok) throw new Error(`${f}: ${response.status}`);
        await put(cache, f, response);
      }),
    );
  }
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
      })()
        .then(
          () =>
            event.source?.postMessage({
              type: data.type === 'cache-search' ? 'search-cached' : 'page-kept',
              lang: data.lang,
              version: VERSION,
            }),
          () => undefined,
        )
        // A page opened online: the moment to finish an update that left pages behind.
        .then(() => (worker.serviceWorker.state === 'activated' ? finishUpdate() : undefined)),
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

/** A copy kept from an earlier build, marked so that the page can say it is from the previous edition. */
async function previousEdition(/** @type {string} */ key) {
  for (const name of (await olderCaches()).reverse()) {
    const old = await (await caches.open(name)).match(key);
    if (!old) continue;
    const html = (await old.text()).replace(/<html(?=[\s>])/, '<html data-edition="previous"');
    return new Response(html, { headers: { 'content-type': old.headers.get('content-type') ?? 'text/html; charset=utf-8' } });
  }
  return undefined;
}

/**
 * A page: from the network when there is one (and kept, if it is of this build), otherwise the
 * saved copy, otherwise the copy of the previous edition, otherwise the offline page of its language.
 */
async function page(/** @type {Request} */ request, /** @type {URL} */ url) {
  const cache = await caches.open(CACHE);
  const key = url.pathname;
  let response;
  try {
    response = await fetch(request);
  } catch {
    const saved = (await cache.match(key)) ?? (await previousEdition(key));
    if (saved) return saved;
    const lang = key.startsWith('/en/') ? 'en' : 'ja';
    return (await cache.match(`/${lang}/offline/`)) ?? Response.error();
  }
  // Storing may fail (a full storage is reported by put); the reader still gets the page.
  const stored = await storePage(cache, key, response.clone()).catch(() => false);
  const version = stored || !response.ok ? VERSION : await versionOf(response);
  if (version !== undefined && version !== VERSION) {
    // The site has a new build: look for the new worker now rather than at the next visit.
    worker.registration.update().catch(() => undefined);
  }
  return response;
}

/**
 * Anything else: this build's copy if it has one (Pagefind's entry file is fetched with a
 * ?ts= query, hence ignoreSearch); otherwise the network, keeping the files that KEEP names;
 * offline, an earlier build's copy (the assets of a page shown from the previous edition).
 */
async function asset(/** @type {Request} */ request, /** @type {URL} */ url) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(url.pathname, { ignoreSearch: true });
  if (saved) return saved;
  let response;
  try {
    response = await fetch(request);
  } catch (e) {
    for (const name of (await olderCaches()).reverse()) {
      const old = await (await caches.open(name)).match(url.pathname, { ignoreSearch: true });
      if (old) return old;
    }
    throw e;
  }
  if (response.ok && KEEP.test(url.pathname)) await put(cache, url.pathname, response.clone()).catch(() => undefined);
  return response;
}
