/**
 * Remembers the reader's choice between one language and the parallel view: a link marked
 * data-view stores it, and a page that has a parallel view opens it when that was the choice
 * (the check runs in <head>, see BaseLayout, so the single-language page never flashes).
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-view]');
  if (!link) return;
  try {
    localStorage.setItem('view', link.dataset.view ?? 'single');
  } catch {
    // Storage may be off (private mode): the link still works, it is just not remembered.
  }
});
