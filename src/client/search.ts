/**
 * Starts the Pagefind UI on the search page, and runs the query from ?q= (the header's search field
 * submits there), so a search works from every page.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

export function startSearch(): void {
  const root = document.querySelector('[data-search-root]');
  if (!root || !window.PagefindUI) return;
  const ui = new window.PagefindUI({
    element: '[data-search-root]',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: true,
    // Fold full-width letters, digits and spaces to half-width (ＭＩＣＥ → MICE, ２０２０ → 2020,
    // Ｙ－ＰＯＲＴ → Y-PORT), as the index holds them (see lib/search-aliases).
    processTerm: (term: string) => term.normalize('NFKC'),
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
}
