/** The print button of a full-text page: shown only when it can work, and it opens the print dialog. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
