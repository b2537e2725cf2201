/**
 * Permalinks of blocks (paragraphs, list items, KPI and measure rows) by keyboard, without a tab stop
 * per block: on a section's heading link, ArrowDown focuses the section's first block; on a block,
 * ArrowDown and ArrowUp move to the next and previous block, Enter follows its permalink (which
 * highlights it and puts its #fragment in the address, for "Copy link"), Escape goes back to the
 * heading link. Blocks carry tabindex="-1" (src/lib/blocks.ts), so a tap on a touch screen focuses
 * one and shows its link.
 */
const BLOCK = '[tabindex="-1"]:has(> .block-anchor), tr[tabindex="-1"][id]';

function blocks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(BLOCK)].filter((b) => b.offsetParent !== null);
}

document.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  const onHeading = target.classList.contains('heading-anchor');
  const onBlock = target.matches(BLOCK);
  if (!onHeading && !onBlock) return;
  let next: HTMLElement | undefined;
  if (onBlock && event.key === 'Enter') {
    target.querySelector<HTMLAnchorElement>('.block-anchor')?.click();
    event.preventDefault();
    return;
  }
  if (onBlock && event.key === 'Escape') {
    const headings = [...document.querySelectorAll<HTMLElement>('.heading-anchor')];
    next = headings.filter((h) => h.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const all = blocks();
    if (onHeading) {
      if (event.key === 'ArrowDown') next = all.find((b) => target.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    } else {
      next = all[all.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
    }
  }
  if (!next) return;
  event.preventDefault();
  next.focus();
});
