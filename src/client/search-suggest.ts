/**
 * Nearby spellings for the search page, loaded (with the vocabulary) only when a search finds
 * nothing, so a search that finds something fetches neither. The logic is src/lib/search-suggest.ts.
 */
import { suggestSpellings, vocabulary, type Vocabulary } from '../lib/search-suggest';

let loaded: Promise<Vocabulary> | undefined;

/** Up to three other spellings of the query from the index's words at `url` (fetched once). */
export async function nearbySpellings(url: string, query: string): Promise<string[]> {
  loaded ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<string[]>;
    })
    .then(vocabulary);
  // A failed fetch (offline before the words were saved) is tried again next time.
  loaded.catch(() => {
    loaded = undefined;
  });
  return suggestSpellings(await loaded, query);
}
