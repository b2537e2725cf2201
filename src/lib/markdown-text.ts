/**
 * Markdown texts (.md) are rendered to HTML when the content is loaded, without components. Two
 * things MDX texts get from components are added here, so a text renders the same whichever it is:
 * the permalink of each heading (the MDX H2–H4 components, see AnchorHeading.astro), and the
 * components that stand alone on a line (`<Targets />`), which the Markdown renderer passes through
 * as they are and the page renders in their place.
 */
import { escapeHtml } from './blocks';
import { STANDALONE_COMPONENT } from './mdx-safety';

/**
 * Gives the h2–h4 headings of rendered Markdown the markup of AnchorHeading: class "anchored" and,
 * when the heading has an id, a link to itself labelled `label`.
 */
export function anchorHeadings(html: string, label: string): string {
  return html.replace(/<h([2-4])((?: id="[^"]*")?)>([\s\S]*?)<\/h\1>/g, (_all, level: string, idAttr: string, inner: string) => {
    const id = /"([^"]*)"/.exec(idAttr)?.[1];
    const link = id ? ` <a class="heading-anchor" href="#${id}" aria-label="${escapeHtml(label)}" data-pagefind-ignore>#</a>` : '';
    return `<h${level}${idAttr} class="anchored">${inner}${link}</h${level}>`;
  });
}

/** A piece of a Markdown text: HTML, or a component to render in its place. */
export type MarkdownPiece = { html: string } | { component: string };

/** Splits rendered Markdown at the lines that hold a component alone (`<Targets />`). */
export function splitAtComponents(html: string): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = [];
  let buffer: string[] = [];
  for (const line of html.split('\n')) {
    const m = STANDALONE_COMPONENT.exec(line);
    if (!m) {
      buffer.push(line);
      continue;
    }
    pieces.push({ html: buffer.join('\n') });
    buffer = [];
    pieces.push({ component: m[1]! });
  }
  pieces.push({ html: buffer.join('\n') });
  return pieces.filter((p) => !('html' in p) || p.html !== '');
}
