/**
 * A text file is shown on up to seven pages: its own, the parallel view in both interface languages
 * and the printable strategy (four versions). What it renders to depends only on the file and on the
 * context its components receive (lib/text-context.ts), so a build renders it once per context and
 * reuses the HTML; likewise astro:content's render() runs once per entry (each call imports the
 * entry's module again and builds an error object it may never throw). Rendering a text is most of a
 * text page's build time; doing it once keeps the cost per page flat however many views a text has.
 *
 * Only in a production build: the dev server keeps modules between requests, and a translator who
 * edits a file must see the edit.
 */
import { render } from 'astro:content';
import type { TextEntry } from './site';
import { contextKey, type TextContext } from './text-context';

type Rendered = Awaited<ReturnType<typeof render>>;

const rendered = new Map<string, Promise<string>>();
const entries = new Map<string, Promise<Rendered>>();

/** `make()` the first time `key` is asked for in a build, the same promise after. */
function once<T>(done: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return make();
  let p = done.get(key);
  if (!p) done.set(key, (p = make()));
  return p;
}

/** The HTML of text file `file` in context `page`: `make()` on the first call, the same HTML after. */
export function renderOnce(file: string, page: TextContext, make: () => Promise<string>): Promise<string> {
  return once(rendered, `${file}\u0000${contextKey(page)}`, make);
}

/** astro:content's render() of a text entry, once per build. */
export function renderEntry(entry: TextEntry): Promise<Rendered> {
  return once(entries, `${entry.collection}\u0000${entry.id}`, () => render(entry));
}
