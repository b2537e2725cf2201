/**
 * <copy-buttons>: copies the address the reader is at (this origin and path, with the fragment of
 * the block, KPI row or section they chose: the current #fragment, which a ¶ link or a section's
 * link sets), or a citation with that address and the date of access.
 */
import { permalinkOf } from '../lib/permalink';

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
      const url = permalinkOf(location);
      const today = new Date().toISOString().slice(0, 10);
      const text = kind === 'url' ? url : `${this.dataset.citation ?? ''}. ${url} (${this.dataset.accessed ?? 'accessed'} ${today})`;
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = this.dataset.copied ?? 'Copied';
    });
  }
}

customElements.define('copy-buttons', CopyButtons);
