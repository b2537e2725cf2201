/**
 * What a page says about itself to whoever it is shared with: a description from its own text
 * (the first paragraph of a measure or chapter, in the page's language) and schema.org breadcrumbs
 * as JSON-LD. The description is read from the HTML Astro rendered, so it is what readers see.
 */
import { ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';

/** Longest description, in characters: about what search results and chat previews show. */
export const DESCRIPTION_MAX = { ja: 110, en: 200 } as const;

/** Shortest paragraph worth a description, in characters. */
const MIN_PARAGRAPH = 20;

type El = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: El[] };

const SKIP = new Set(['script', 'style', 'template', 'nav', 'aside', 'header', 'footer', 'table', 'figure', 'copy-buttons']);

function classes(node: El): string[] {
  return (node.attributes?.class ?? '').split(/\s+/);
}

function textOf(node: El): string {
  if (node.type === TEXT_NODE) return node.value ?? '';
  if (node.attributes?.hidden !== undefined || node.attributes?.['aria-hidden'] === 'true') return '';
  return (node.children ?? []).map(textOf).join('');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? all;
  });
}

/** Cuts a text to `max` characters at a word (English) or anywhere (Japanese), with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,、，:;：；]+$/, '')}…`;
}

/**
 * The first paragraph of the page's text, in `lang`: the first <p> of 20 characters or more inside
 * the text (`.prose`, or the `lang` half of a parallel view) that is not an editor's note; undefined
 * when there is none.
 */
export function firstParagraph(html: string, lang: string): string | undefined {
  let found: string | undefined;
  let fallback: string | undefined;
  const visit = (node: El, inText: boolean, nodeLang: string | undefined) => {
    if (found !== undefined) return;
    if (node.type !== ELEMENT_NODE) {
      for (const c of node.children ?? []) visit(c, inText, nodeLang);
      return;
    }
    const name = node.name ?? '';
    const cls = classes(node);
    if (SKIP.has(name) || cls.includes('note') || node.attributes?.hidden !== undefined) return;
    const here = node.attributes?.lang ?? nodeLang;
    // The text of a page: its .prose, or the two halves of a parallel view (.pair-ja, .pair-en).
    const text = inText || cls.includes('prose') || cls.includes('pair-ja') || cls.includes('pair-en');
    if (text && name === 'p') {
      const value = decode(textOf(node)).replace(/\s+/g, ' ').trim();
      // A line such as (H30～H35年度) says nothing on its own.
      if ([...value].length < MIN_PARAGRAPH) return;
      if (here === undefined || here.startsWith(lang)) found = value;
      else fallback ??= value;
      return;
    }
    for (const c of node.children ?? []) visit(c, text, here);
  };
  visit(parse(html) as unknown as El, false, undefined);
  return found ?? fallback;
}

/**
 * The page's description from its text, shortened for sharing, optionally put in a frame (the
 * measure's label before it); undefined when it has no paragraph.
 */
export function describeText(html: string, lang: 'ja' | 'en', frame: (text: string) => string = (text) => text): string | undefined {
  const paragraph = firstParagraph(html, lang);
  return paragraph ? shorten(frame(paragraph), DESCRIPTION_MAX[lang]) : undefined;
}

/** JSON for a <script> element (JSON-LD here): one escaping for all script data, lib/json-script.ts. */
export { jsonForScript } from './json-script';

/** schema.org BreadcrumbList for a trail of absolute URLs (the last item is the page itself). */
export function breadcrumbList(items: { name: string; url: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}
