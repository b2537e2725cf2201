/**
 * <measure-filter>: shows its form (hidden without JavaScript, when the page is a plain grouped list)
 * and hides the measures that do not match the chosen strategy, theme, region, bureau and "has KPIs".
 * A region also matches the measures targeting a country in it (data-regions lists both). The
 * choice is kept in the address (?strategy=…&theme=…, src/lib/filter-state.ts), so a reload or a
 * shared link shows the same list.
 */
import { FILTER_FIELDS, filterQuery, readFilter, type FilterState } from '../lib/filter-state';

class MeasureFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.classList.remove('hidden');
    form.classList.add('flex');
    const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    const kpiBox = form.querySelector<HTMLInputElement>('input[name="kpis"]');
    const apply = () => {
      const data = new FormData(form);
      const state: FilterState = { values: {}, kpis: data.get('kpis') !== null };
      for (const field of FILTER_FIELDS) state.values[field] = String(data.get(field) ?? '');
      const { strategy, theme, region, bureau } = state.values;
      let shown = 0;
      for (const li of this.querySelectorAll<HTMLElement>('li.measure-card')) {
        const ok =
          (!strategy || li.dataset.strategy === strategy) &&
          (!theme || (li.dataset.themes ?? '').split(' ').includes(theme)) &&
          (!region || (li.dataset.regions ?? '').split(' ').includes(region)) &&
          (!bureau || (li.dataset.bureaus ?? '').split(' ').includes(bureau)) &&
          (!state.kpis || li.dataset.kpis === 'yes');
        li.hidden = !ok;
        if (ok) shown++;
      }
      for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
        group.hidden = !group.querySelector('li.measure-card:not([hidden])');
      }
      const out = form.querySelector('output');
      if (out) out.textContent = String(shown);
      const query = filterQuery(state);
      if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    };
    // The state in the address, where it names options this page has.
    const initial = readFilter(location.search, (field, value) => [...(select(field)?.options ?? [])].some((o) => o.value === value));
    for (const [field, value] of Object.entries(initial.values)) {
      const control = select(field);
      if (control) control.value = value;
    }
    if (kpiBox) kpiBox.checked = initial.kpis;
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply();
    });
    if (location.search) apply();
  }
}

customElements.define('measure-filter', MeasureFilter);
