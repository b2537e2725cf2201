/**
 * <compare-view>: shows its form (hidden without JavaScript, when the page shows every strategy)
 * and hides the columns and sections (data-s) of the strategies not chosen. The choice is kept in
 * the address (?s=…&s=…, src/lib/compare-state.ts), so a reload or a shared link shows the same view.
 */
import { compareQuery, readCompare } from '../lib/compare-state';

class CompareView extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.hidden = false;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="s"]')];
    const known = boxes.map((b) => b.value);
    const apply = () => {
      const checked = boxes.filter((b) => b.checked).map((b) => b.value);
      const chosen = new Set(checked.length > 0 ? checked : known);
      for (const el of this.querySelectorAll<HTMLElement>('[data-s]')) el.hidden = !chosen.has(el.dataset.s ?? '');
      const out = form.querySelector('output');
      if (out) out.textContent = String(chosen.size);
      const query = compareQuery([...chosen], known);
      if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    };
    const initial = new Set(readCompare(location.search, known));
    for (const b of boxes) b.checked = initial.has(b.value);
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply();
    });
    if (location.search) apply();
  }
}

customElements.define('compare-view', CompareView);
