/**
 * The permalink of what the reader is looking at: the address they are at (origin and path, so a
 * link copied on a mirror or a preview points there), with the fragment of the block or section they
 * chose; the query (a search, a filter) is left out, as it is not part of a text's address.
 */
export function permalinkOf(location: { origin: string; pathname: string; hash: string }): string {
  const hash = location.hash === '#' ? '' : location.hash;
  return `${location.origin}${location.pathname}${hash}`;
}
