/** <copy-buttons>: copies the page's permalink, or a citation with the date of access, to the clipboard. */
class CopyButtons extends HTMLElement {
  connectedCallback(): void {
    const buttons = this.querySelector<HTMLElement>('[data-buttons]');
    if (!buttons || !navigator.clipboard) return;
    this.querySelector<HTMLElement>('[data-fallback]')?.setAttribute('hidden', '');
    buttons.classList.replace('hidden', 'flex');
    const status = this.querySelector<HTMLElement>('[data-status]');
    buttons.addEventListener('click', async (event) => {
      const kind = (event.target as HTMLElement).closest('button')?.dataset.copy;
      if (!kind) return;
      const today = new Date().toISOString().slice(0, 10);
      const text =
        kind === 'url'
          ? (this.dataset.url ?? location.href)
          : `${this.dataset.citation ?? ''} (${this.dataset.accessed ?? 'accessed'} ${today})`;
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = this.dataset.copied ?? 'Copied';
    });
  }
}

customElements.define('copy-buttons', CopyButtons);
