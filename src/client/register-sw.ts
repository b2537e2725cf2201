/**
 * Registers the service worker (dist/sw.js, see scripts/service-worker.js), asks it to keep the
 * search index of this page's language, and offers a new build of the site when one is ready:
 * the reader chooses when to reload, so an open page never runs half old, half new.
 */
const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
if (sw && location.protocol !== 'file:') {
  const lang = document.documentElement.lang;
  const hadController = !!sw.controller;
  const banner = document.querySelector<HTMLElement>('.sw-update');
  const offer = (waiting: ServiceWorker | null) => {
    if (!waiting || !sw.controller || !banner) return;
    banner.hidden = false;
    banner.querySelector('button')?.addEventListener('click', () => waiting.postMessage({ type: 'update' }), { once: true });
  };
  sw.register('/sw.js').then(
    (registration) => {
      offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
    },
    () => undefined,
  );
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    // The first worker taking over changes nothing on the page; a new build does: reload once.
    if (!hadController || reloading) return;
    reloading = true;
    location.reload();
  });
  const note = (name: string) => {
    const p = document.querySelector<HTMLElement>(`[data-sw-note="${name}"]`);
    if (p) p.hidden = false;
  };
  // The worker marks a page it could only show from the previous build's copy (scripts/service-worker.js).
  if (document.documentElement.dataset.edition === 'previous') note('previous-edition');
  sw.addEventListener('message', (event: MessageEvent<{ type?: string; lang?: string }>) => {
    if (event.data?.type === 'search-cached' && event.data.lang) document.documentElement.dataset.offlineSearch = event.data.lang;
    if (event.data?.type === 'storage-full') {
      document.documentElement.dataset.offlineStorage = 'full';
      note('storage-full');
    }
  });
  // The offline copy of this language's search index (about 1 MB) is fetched once, when the page is
  // idle so that it never competes with what the reader is waiting for, and not under Save-Data.
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  const whenIdle = (f: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 5000 }) : setTimeout(f, 2000));
  void sw.ready.then((registration) =>
    whenIdle(() => registration.active?.postMessage({ type: saveData ? 'keep-page' : 'cache-search', lang, page: location.pathname })),
  );
}
