/**
 * astro:content's render(), once per entry: a text is shown on several pages, and each call of
 * render() imports the entry's module again and builds an error object it may never throw.
 */
import { render } from 'astro:content';
import type { TextEntry } from './site';

type Rendered = Awaited<ReturnType<typeof render>>;
const done = new Map<string, Promise<Rendered>>();

export function renderEntry(entry: TextEntry): Promise<Rendered> {
  // In the dev server an edited file must render anew (entries are new objects after an edit).
  if (!import.meta.env.PROD) return render(entry);
  const key = `${entry.collection}\u0000${entry.id}`;
  let r = done.get(key);
  if (!r) {
    r = render(entry);
    done.set(key, r);
  }
  return r;
}
