/**
 * <search-page>: the search page's UI over Pagefind's JavaScript API (/pagefind/pagefind.js, written
 * by `pagefind` after the build, so imported at run time and never bundled).
 *
 * - The field starts from ?q= (the header's search field submits there) and the address follows
 *   what is typed (history.replaceState), so a search can be shared.
 * - Results come five at a time: only the fragments of the results shown are fetched.
 * - The filters are loaded when their panel is first opened, so a first search fetches no filter
 *   file. Within a group any chosen value matches; across groups all must. Each count says how many
 *   results there would be with that value chosen as well.
 * - The number of results is announced in a polite status region.
 */
import {
  fill,
  filterQuery,
  latinTerms,
  markOnly,
  matchesWholeWords,
  pickSubResults,
  type FilterCounts,
  type ResultData,
  type Selection,
} from '../lib/search-results';

interface PagefindSearch {
  results: { data(): Promise<ResultData> }[];
  /** Results per filter value if that value were chosen too (once the filters are loaded). */
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: { filters?: unknown }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

const PAGE_SIZE = 5;
const DEBOUNCE_MS = 300;

/** Fold full-width letters, digits and spaces to half-width (ＭＩＣＥ → MICE), as the index holds them (see lib/search-aliases). */
const fold = (term: string) => term.normalize('NFKC').trim();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function excerpt(html: string): HTMLParagraphElement {
  const p = element('p', 'search-result__excerpt');
  p.innerHTML = markOnly(html);
  return p;
}

function resultItem(data: ResultData): HTMLLIElement {
  const li = element('li', 'search-result');
  const title = element('h2', 'search-result__title');
  const link = element('a', 'search-result__link', data.meta.title || data.url);
  link.href = data.url;
  title.append(link);
  li.append(title);
  const { excerpt: pageExcerpt, sections } = pickSubResults(data);
  if (pageExcerpt) li.append(excerpt(pageExcerpt));
  if (sections.length) {
    const list = element('ul', 'search-result__subs');
    for (const s of sections) {
      const item = element('li', 'search-result__sub');
      const a = element('a', '', s.title);
      a.href = s.url;
      item.append(a, excerpt(s.excerpt));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

function linkItem(href: string, label: string): HTMLLIElement {
  const li = element('li', '');
  const a = element('a', '', label);
  a.href = href;
  li.append(a);
  return li;
}

class SearchPage extends HTMLElement {
  private strings: Record<string, string> = {};
  private pagefind!: Promise<Pagefind>;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private filtersPanel!: HTMLDetailsElement;
  private groups!: HTMLElement;
  /** Bumped by every search: an answer to an older one is dropped. */
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: PagefindSearch | undefined;
  private shown = 0;
  /** How many of the current search's results have been looked at (shown or dropped). */
  private cursor = 0;
  /** Results dropped because a Latin query word matched only the start of their words (Chicago → Chi). */
  private dropped = 0;
  /** The Latin query words to check results against (English pages only: see matchesWholeWords). */
  private terms: string[] = [];
  private totals: FilterCounts | undefined;
  private filtersRequested = false;
  private suggestions!: HTMLElement;
  /** Filter group names (as the index keys them) and their stable keys in the address, in the same order. */
  private filterNames: string[] = [];
  private filterKeys: string[] = [];

  connectedCallback(): void {
    const $ = <T extends HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const form = $<HTMLFormElement>('[data-search-form]');
    this.input = $<HTMLInputElement>('input[type="search"]');
    this.status = $('[data-search-status]');
    this.list = $<HTMLOListElement>('[data-search-results]');
    this.more = $<HTMLButtonElement>('[data-search-more]');
    this.filtersPanel = $<HTMLDetailsElement>('[data-search-filters]');
    this.groups = $('[data-search-filter-groups]');
    this.suggestions = $('[data-search-suggestions]');
    this.filterNames = JSON.parse(this.dataset.filterNames ?? '[]') as string[];
    this.filterKeys = JSON.parse(this.dataset.filterKeys ?? '[]') as string[];
    // One search box on this page: the header's would repeat this one, empty.
    document.querySelector('#site-search')?.closest('form')?.setAttribute('hidden', '');
    form.classList.remove('hidden');
    this.filtersPanel.hidden = false;
    this.dataset.searchState = 'idle';

    const base = '/pagefind/';
    this.pagefind = import(/* @vite-ignore */ `${base}pagefind.js`).then(async (pagefind: Pagefind) => {
      // Ranking tuned on the query suite: lib/search-ranking.ts, through data-ranking.
      await pagefind.options({ basePath: base, ranking: JSON.parse(this.dataset.ranking ?? '{}') as unknown });
      await pagefind.init();
      return pagefind;
    });

    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    this.input.focus();
    // Filters chosen in the address (?strategy=…): load the groups, tick those values, then search.
    if (this.filterKeys.some((k) => params.has(k))) {
      this.filtersPanel.open = true;
      void this.loadFilters().then(() => {
        for (const box of this.groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
          const key = this.filterKeys[this.filterNames.indexOf(box.name)];
          if (key && params.getAll(key).includes(box.value)) box.checked = true;
        }
        void this.run();
      });
    } else if (this.input.value.trim()) void this.run();

    // An IME (Japanese input) sends input events for every kana while a word is being composed: wait for the word.
    this.input.addEventListener('input', (e) => {
      if (!(e as InputEvent).isComposing) this.schedule();
    });
    this.input.addEventListener('compositionend', () => this.schedule());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.more.addEventListener('click', () => {
      const id = this.seq;
      this.showMore(id).then(
        // The button may be gone now: the focus goes to the first result added.
        (added) => added?.[0]?.querySelector('a')?.focus(),
        (error: unknown) => this.failed(id, error),
      );
    });
    this.filtersPanel.addEventListener('toggle', () => {
      if (this.filtersPanel.open) void this.loadFilters();
    });
    this.groups.addEventListener('change', () => void this.run());
    $('[data-search-clear]').addEventListener('click', () => {
      for (const box of this.groups.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
      void this.run();
    });
  }

  private text(key: string, params: Record<string, string | number> = {}): string {
    return fill(this.strings[key] ?? key, params);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const term = fold(this.input.value);
    if (term) void this.pagefind.then((p) => p.preload(term)).catch(() => undefined);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** The chosen filter values, by filter name. */
  private selection(): Selection {
    const chosen: Selection = {};
    for (const box of this.groups.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[box.name] ??= []).push(box.value);
    return chosen;
  }

  /** Searches for what the field holds, with the chosen filters, and shows the first results. */
  private async run(): Promise<void> {
    clearTimeout(this.timer);
    const id = ++this.seq;
    const typed = this.input.value.trim();
    const selection = this.selection();
    const url = new URL(location.href);
    if (typed) url.searchParams.set('q', typed);
    else url.searchParams.delete('q');
    this.filterNames.forEach((name, i) => {
      const key = this.filterKeys[i]!;
      url.searchParams.delete(key);
      for (const value of selection[name] ?? []) url.searchParams.append(key, value);
    });
    if (url.href !== location.href) history.replaceState(history.state, '', url);
    this.suggest('');

    const term = fold(typed);
    const filters = filterQuery(selection);
    this.showChosen(selection);
    if (!term && !filters) {
      this.current = undefined;
      this.list.replaceChildren();
      this.more.hidden = true;
      this.status.textContent = '';
      this.dataset.searchState = 'idle';
      if (this.totals) this.updateCounts(this.totals);
      return;
    }
    this.busy(true);
    if (!this.list.childElementCount) this.status.textContent = this.text('loading');
    try {
      const pagefind = await this.pagefind;
      // A search by filters alone (no words) lists every page that has them.
      const search = await pagefind.search(term || null, filters ? { filters } : {});
      if (id !== this.seq) return;
      this.current = search;
      this.shown = 0;
      this.cursor = 0;
      this.dropped = 0;
      this.terms = document.documentElement.lang === 'en' ? latinTerms(term) : [];
      const first = await this.render(id, true);
      if (!first) return;
      const n = search.results.length - this.dropped;
      const key =
        n === 0
          ? filters
            ? 'noneFiltered'
            : 'none'
          : term
            ? n === 1
              ? 'resultsOne'
              : 'resultsMany'
            : n === 1
              ? 'filteredOne'
              : 'filteredMany';
      this.status.textContent = this.text(key, { term: typed, count: n });
      if (n === 0 && term) this.suggest(typed);
      else if (term.includes(' ') && (await this.unmatchedWord(pagefind, term)) && id === this.seq) this.suggest(typed, true);
      if (this.totals) await this.countFor(id, pagefind, term, selection, search);
    } catch (error) {
      this.failed(id, error);
    }
  }

  /**
   * With no results: nearby spellings from the index's words (code and words loaded now, first),
   * the same words in the other language's search, and the glossary (its other names). With
   * `spellingOnly`, the spellings alone (a query with results, one of whose words matched nothing).
   */
  private suggest(typed: string, spellingOnly = false): void {
    this.suggestions.hidden = !typed;
    if (!typed) {
      this.suggestions.replaceChildren();
      return;
    }
    const search = (page: string | undefined, q: string) => {
      const url = new URL(page ?? location.pathname, location.href);
      url.search = new URLSearchParams({ q }).toString();
      return url.href;
    };
    this.suggestions.replaceChildren(
      ...(spellingOnly
        ? []
        : [
            linkItem(search(this.dataset.otherSearch, typed), this.text('suggestOther', { term: typed })),
            linkItem(this.dataset.glossary ?? '/', this.text('suggestGlossary')),
          ]),
    );
    const id = this.seq;
    // "done" once the spellings are in (or could not be had): tests wait for it.
    this.suggestions.dataset.spelling = 'loading';
    const done = () => {
      this.suggestions.dataset.spelling = 'done';
      this.suggestions.hidden = this.suggestions.childElementCount === 0;
    };
    import('./search-suggest')
      .then((m) => m.nearbySpellings(this.dataset.words ?? '', typed))
      .then((words) => {
        if (id !== this.seq) return;
        this.suggestions.prepend(...words.map((w) => linkItem(search(undefined, w), this.text('suggestSpelling', { term: w }))));
        done();
      })
      .catch((error: unknown) => {
        if (id === this.seq) done();
        console.error(error);
      });
  }

  /** Whether a word of a query of several words finds nothing alone (Pagefind then ranks on the others). */
  private async unmatchedWord(pagefind: Pagefind, term: string): Promise<boolean> {
    for (const word of term.split(/\s+/)) if ((await pagefind.search(word)).results.length === 0) return true;
    return false;
  }

  /** Says that a search could not run (say, offline before the index of this language was saved). */
  private failed(id: number, error: unknown): void {
    if (id !== this.seq) return;
    this.status.textContent = this.text('error');
    this.dataset.searchState = 'error';
    this.list.removeAttribute('aria-busy');
    console.error(error);
  }

  private busy(on: boolean): void {
    this.dataset.searchState = on ? 'searching' : 'done';
    this.list.setAttribute('aria-busy', String(on));
  }

  /** Shows the next results of the current search (loading their fragments); returns the items added. */
  private async showMore(id: number): Promise<HTMLLIElement[] | undefined> {
    if (!this.current || id !== this.seq) return undefined;
    this.busy(true);
    return this.render(id, false);
  }

  /** Shows the next PAGE_SIZE results, dropping those that match a Latin query word only by a fragment. */
  private async render(id: number, replace: boolean): Promise<HTMLLIElement[] | undefined> {
    const search = this.current!;
    const items: HTMLLIElement[] = [];
    while (items.length < PAGE_SIZE && this.cursor < search.results.length) {
      const next = search.results.slice(this.cursor, this.cursor + PAGE_SIZE - items.length);
      const data = await Promise.all(next.map((r) => r.data()));
      if (id !== this.seq) return undefined;
      this.cursor += next.length;
      for (const d of data) {
        if (matchesWholeWords(d, this.terms)) items.push(resultItem(d));
        else this.dropped++;
      }
    }
    if (replace) this.list.replaceChildren(...items);
    else this.list.append(...items);
    this.shown += items.length;
    this.more.hidden = this.cursor >= search.results.length;
    this.busy(false);
    return items;
  }

  /** Loads every filter and its values (once), as checkbox groups in the fixed order of data-filter-names. */
  private async loadFilters(): Promise<void> {
    if (this.filtersRequested) return;
    this.filtersRequested = true;
    let pagefind: Pagefind;
    let totals: FilterCounts;
    try {
      pagefind = await this.pagefind;
      totals = await pagefind.filters();
    } catch (error) {
      this.filtersRequested = false;
      this.groups.replaceChildren(element('p', '', this.text('error')));
      console.error(error);
      return;
    }
    const groups = this.filterNames
      .filter((name) => Object.keys(totals[name] ?? {}).length > 0)
      .map((name) => {
        const values = Object.keys(totals[name]!).sort((a, b) => totals[name]![b]! - totals[name]![a]! || a.localeCompare(b));
        const group = element('details', 'search-filter');
        // Short groups start open; long ones (countries, bureaus) are a click away.
        group.open = values.length <= 8;
        const fieldset = element('fieldset', 'search-filter__options');
        fieldset.append(element('legend', 'sr-only', name));
        for (const value of values) {
          const label = element('label', 'search-filter__option');
          const box = element('input', '');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          label.append(box, element('span', ''));
          fieldset.append(label);
        }
        group.append(element('summary', '', name), fieldset);
        return group;
      });
    this.totals = totals;
    this.groups.replaceChildren(...groups);
    const selection = this.selection();
    const term = fold(this.input.value);
    if (this.current && (term || filterQuery(selection))) await this.countFor(this.seq, pagefind, term, selection);
    else this.updateCounts(totals);
  }

  /**
   * Counts for each value: how many results there would be with it chosen too. For a group with no
   * value chosen, Pagefind's counts of the search itself; for a group with values chosen, its counts
   * in a search without that group's own filter (choosing another value there widens the results).
   */
  private async countFor(id: number, pagefind: Pagefind, term: string, selection: Selection, search?: PagefindSearch): Promise<void> {
    const all = filterQuery(selection);
    const base = search ?? (await pagefind.search(term || null, all ? { filters: all } : {}));
    const counts: FilterCounts = { ...base.filters };
    for (const name of Object.keys(selection)) {
      const others = filterQuery(selection, name);
      if (!term && !others) counts[name] = this.totals?.[name] ?? {};
      else counts[name] = (await pagefind.search(term || null, others ? { filters: others } : {})).filters[name] ?? {};
    }
    if (id === this.seq) this.updateCounts(counts);
  }

  private updateCounts(counts: FilterCounts): void {
    for (const box of this.groups.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const span = box.nextElementSibling as HTMLElement;
      span.textContent = this.text('filterOption', { value: box.value, count: counts[box.name]?.[box.value] ?? 0 });
    }
  }

  private showChosen(selection: Selection): void {
    const n = Object.values(selection).reduce((sum, values) => sum + values.length, 0);
    this.querySelector('[data-search-chosen]')!.textContent = n ? this.text('filtersChosen', { count: n }) : '';
    this.querySelector<HTMLElement>('[data-search-clear]')!.hidden = n === 0;
  }
}

customElements.define('search-page', SearchPage);
