/** The offline page's list of pages saved on this device, in its language, by their titles. */
async function list(): Promise<void> {
  const ul = document.querySelector<HTMLUListElement>('[data-saved-pages]');
  if (!ul || !('caches' in window)) return;
  const lang = ul.dataset.lang ?? 'ja';
  const found: { path: string; title: string }[] = [];
  const seen = new Set<string>();
  // The newest build first: a page kept from an earlier build while this one fetches it is listed once.
  for (const name of (await caches.keys()).reverse()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(`/${lang}/`) || !path.endsWith('/') || path.endsWith('/offline/') || seen.has(path)) continue;
      seen.add(path);
      const html = await (await cache.match(request))?.text();
      const title = html ? /<title>([^<]*)<\/title>/.exec(html)?.[1] : undefined;
      found.push({ path, title: title ? (new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? path) : path });
    }
  }
  found.sort((a, b) => a.path.localeCompare(b.path));
  for (const { path, title } of found) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = path;
    a.textContent = title;
    li.append(a);
    ul.append(li);
  }
  if (found.length === 0) document.querySelector<HTMLElement>('[data-saved-none]')!.hidden = false;
}
void list();
