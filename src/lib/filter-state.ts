/**
 * The measures filter's state in the address (/{lang}/measures/?strategy=…&theme=…&region=…
 * &bureau=…&kpis=1): IDs only, the same in both languages, so a filtered list can be reloaded,
 * shared, and kept by the language switch.
 */

/** The filter's fields, in the order they appear in the address. */
export const FILTER_FIELDS = ['strategy', 'theme', 'region', 'bureau'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export interface FilterState {
  values: Partial<Record<FilterField, string>>;
  kpis: boolean;
}

/**
 * Reads the state from a query string. `known` gives the accepted values of each field (the
 * form's options): anything else (a stale or mistyped ID) is dropped rather than hiding every measure.
 */
export function readFilter(search: string, known: (field: FilterField, value: string) => boolean): FilterState {
  const params = new URLSearchParams(search);
  const values: FilterState['values'] = {};
  for (const field of FILTER_FIELDS) {
    const value = params.get(field);
    if (value && known(field, value)) values[field] = value;
  }
  const kpis = params.get('kpis');
  return { values, kpis: kpis !== null && kpis !== '0' && kpis !== 'false' };
}

/** The query string for a state ('' when nothing is chosen, else starting with '?'). */
export function filterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = state.values[field];
    if (value) params.set(field, value);
  }
  if (state.kpis) params.set('kpis', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
