/**
 * A text file is shown on up to seven pages: its own, the parallel view in both interface languages
 * and the printable strategy (four versions). What it renders to depends only on the file and on the
 * page context its components read (Astro.locals.page), so a build renders it once per context and
 * reuses the HTML. Rendering a text is most of a text page's build time; doing it once keeps the
 * cost per page flat however many views a text has.
 *
 * Only in a production build: the dev server keeps modules between requests, and a translator who
 * edits a file must see the edit.
 */
type PageContext = NonNullable<App.Locals['page']>;

const rendered = new Map<string, Promise<string>>();

/** The HTML of text file `file` in context `page`: `render()` on the first call, the same HTML after. */
export function renderOnce(file: string, page: PageContext, render: () => Promise<string>): Promise<string> {
  if (!import.meta.env.PROD) return render();
  const key = [file, page.lang, page.textLang, page.strategy ?? '', page.measure ?? ''].join('\u0000');
  let html = rendered.get(key);
  if (!html) {
    html = render();
    rendered.set(key, html);
  }
  return html;
}
