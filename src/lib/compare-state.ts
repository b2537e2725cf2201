/**
 * The compare page's state in the address: the strategies shown, as ?s=<id>&s=<id> (IDs, the same
 * in both languages, so the language switch keeps it). No s, or every strategy, means all.
 */

/** The strategies the address chooses, in the page's order; unknown IDs are dropped, none means all. */
export function readCompare(search: string, known: readonly string[]): string[] {
  const asked = new Set(new URLSearchParams(search).getAll('s'));
  const chosen = known.filter((id) => asked.has(id));
  return chosen.length > 0 ? chosen : [...known];
}

/** The query string for a choice ('' for all strategies, else starting with '?'). */
export function compareQuery(chosen: readonly string[], known: readonly string[]): string {
  const ids = known.filter((id) => chosen.includes(id));
  if (ids.length === 0 || ids.length === known.length) return '';
  const params = new URLSearchParams();
  for (const id of ids) params.append('s', id);
  return `?${params.toString()}`;
}
