/**
 * The permalink of what the reader is looking at: the address they are at (origin and path, so a
 * link copied on a mirror or a preview points there), with the fragment of the block or section they
 * chose; the query (a search, a filter) is left out, as it is not part of a text's address.
 */
export function permalinkOf(location: { origin: string; pathname: string; hash: string }): string {
  const hash = location.hash === '#' ? '' : location.hash;
  return `${location.origin}${location.pathname}${hash}`;
}

/**
 * The language switch's address: the twin page, with the query (a search, the measures filter: IDs
 * and words that mean the same on the twin) and the fragment (blocks and sections have the same id
 * in both languages) of the address the reader is at.
 */
export function keepPlace(twin: string, location: { search: string; hash: string }): string {
  const base = twin.replace(/[?#].*$/, '');
  const hash = location.hash === '#' ? '' : location.hash;
  return `${base}${location.search === '?' ? '' : location.search}${hash}`;
}
