/**
 * <measure-filter>: shows its form (hidden without JavaScript, when the page is a plain grouped list)
 * and hides the measures that do not match the chosen strategy, theme, region, bureau and "has KPIs".
 * A region also matches the measures targeting a country in it (data-regions lists both).
 */
class MeasureFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.classList.remove('hidden');
    form.classList.add('flex');
    const apply = () => {
      const data = new FormData(form);
      const strategy = String(data.get('strategy') ?? '');
      const theme = String(data.get('theme') ?? '');
      const region = String(data.get('region') ?? '');
      const bureau = String(data.get('bureau') ?? '');
      const kpis = data.get('kpis') !== null;
      let shown = 0;
      for (const li of this.querySelectorAll<HTMLElement>('li.measure-card')) {
        const ok =
          (!strategy || li.dataset.strategy === strategy) &&
          (!theme || (li.dataset.themes ?? '').split(' ').includes(theme)) &&
          (!region || (li.dataset.regions ?? '').split(' ').includes(region)) &&
          (!bureau || (li.dataset.bureaus ?? '').split(' ').includes(bureau)) &&
          (!kpis || li.dataset.kpis === 'yes');
        li.hidden = !ok;
        if (ok) shown++;
      }
      for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
        group.hidden = !group.querySelector('li.measure-card:not([hidden])');
      }
      const out = form.querySelector('output');
      if (out) out.textContent = String(shown);
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply();
    });
  }
}

customElements.define('measure-filter', MeasureFilter);
