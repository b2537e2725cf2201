/**
 * The "same place in the current edition" link of an earlier edition's page: it follows the fragment
 * the reader is at (a section, a paragraph), turned into that block's anchor on the current page
 * where the block is still there (data-anchors: "earlier=current" pairs, worked out at build time).
 * Without JavaScript the link leads to the top of the current page.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-current-edition][data-anchors]')) {
  const anchors = new Map((link.dataset.anchors ?? '').split(' ').map((pair) => pair.split('=') as [string, string]));
  const follow = () => {
    const here = decodeURIComponent(location.hash.slice(1));
    link.hash = anchors.get(here) ?? '';
  };
  follow();
  window.addEventListener('hashchange', follow);
}
