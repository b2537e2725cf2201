/**
 * The 日本語/English switch keeps the reader's place: the twin page with the current fragment (the
 * same ids exist on both pages) and query (the search, the measures filter). The address changes
 * without events (history.replaceState), so the link is brought up to date just before it is used.
 */
import { keepPlace } from '../lib/permalink';

const link = document.querySelector<HTMLAnchorElement>('a.language-switch');
if (link) {
  const twin = link.getAttribute('href') ?? '';
  const update = () => {
    link.href = keepPlace(twin, location);
  };
  update();
  addEventListener('hashchange', update);
  for (const type of ['pointerdown', 'focus', 'mouseenter', 'contextmenu', 'click'] as const) link.addEventListener(type, update);
}
