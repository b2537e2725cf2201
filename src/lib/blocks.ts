/**
 * Blocks: the paragraphs, list items, tables and other top-level pieces of a rendered text, each
 * with a stable id that both languages share, so a permalink points at one sentence and the
 * parallel view can set each Japanese block beside its English twin.
 *
 * The id is positional, like the article/paragraph numbers of a statute: the id of the heading the
 * block sits under, then its ordinal in that section (`globalization-p2` is the second block under
 * `## … {#globalization}`; blocks before the first heading are under `intro`). Translators keep it
 * without effort: an English file that keeps the Japanese file's headings and one paragraph per
 * paragraph, one item per item, gets the same ids. A block that already has an id (a KPI table, a
 * component's section) keeps it. Nothing is stored in the content files.
 *
 * The work is done on the HTML that Astro rendered, so it sees exactly what readers see.
 */
import { ELEMENT_NODE, parse, renderSync, type ElementNode } from 'ultrahtml';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'table' | 'other';

export interface Block {
  /** The block's id, the same in both languages. */
  id: string;
  kind: BlockKind;
  /** The block's own HTML (for a list item: the <li>). */
  html: string;
  /** For a list item: the list it belongs to and its number in that list, to rebuild it alone. */
  list?: { tag: 'ul' | 'ol'; number: number } | undefined;
}

export interface BlockText {
  /** The text's HTML with ids (and, for paragraphs and items, a link to themselves) added. */
  html: string;
  blocks: Block[];
}

/** The section of the blocks that come before the text's first heading. */
export const INTRO_SECTION = 'intro';

/** The id of the n-th block (from 1) of a section. */
export function blockId(section: string, n: number): string {
  return `${section}-p${n}`;
}

const HEADING = /^h[2-6]$/;

function isElement(node: unknown): node is ElementNode {
  return (node as { type?: number }).type === ELEMENT_NODE;
}

function containsTable(node: ElementNode): boolean {
  return node.name === 'table' || node.children.some((c) => isElement(c) && containsTable(c));
}

/**
 * The self-link of a paragraph or item: empty text (the mark is drawn by CSS), so search and copied
 * text stay clean.
 */
function selfLink(id: string, label: string): ElementNode {
  return {
    type: ELEMENT_NODE,
    name: 'a',
    // tabindex -1: no tab stop per paragraph (125 in one chapter); the keyboard reaches blocks from
    // their section's heading link with the arrow keys, touch by tapping the block (src/client/block-keys.ts).
    attributes: { class: 'block-anchor', href: `#${id}`, tabindex: '-1', 'aria-label': label, 'data-pagefind-ignore': '' },
    children: [],
  } as unknown as ElementNode;
}

// A text is split on its own page, in both parallel views and in the printable strategy; the
// result depends only on the HTML and the label, so it is kept (callers must not change it).
const split = new Map<string, Map<string, BlockText>>();

/**
 * Gives every top-level block of `html` its id and returns the blocks in order.
 * `anchorLabel` is the accessible name of the self-link (in the page's language).
 */
export function splitBlocks(html: string, anchorLabel: string): BlockText {
  // Astro hands over rendered HTML as a String object: key by its text, not by the object.
  const text = String(html);
  let byHtml = split.get(anchorLabel);
  if (!byHtml) split.set(anchorLabel, (byHtml = new Map()));
  let result = byHtml.get(text);
  if (!result) byHtml.set(text, (result = splitBlocksOnce(text, anchorLabel)));
  return result;
}

function splitBlocksOnce(html: string, anchorLabel: string): BlockText {
  const root = parse(html) as { children: unknown[] };
  const found: { id: string; kind: BlockKind; node: ElementNode; list?: Block['list'] }[] = [];
  let section = INTRO_SECTION;
  let n = 0;
  const take = (node: ElementNode, kind: BlockKind, list?: Block['list']) => {
    n += 1;
    const id = node.attributes.id || blockId(section, n);
    node.attributes.id = id;
    if (kind === 'paragraph' || kind === 'item') {
      // Focusable by a tap or a script, never by Tab: a tapped block shows its link.
      node.attributes.tabindex = '-1';
      node.children.push(selfLink(id, anchorLabel) as never);
    }
    found.push({ id, kind, node, list });
  };
  for (const node of root.children) {
    if (!isElement(node)) continue;
    if (HEADING.test(node.name) && node.attributes.id) {
      // A heading opens a section (one without id, rare: a component's, counts as a block).
      section = node.attributes.id;
      n = 0;
      found.push({ id: section, kind: 'heading', node });
    } else if (node.name === 'ul' || node.name === 'ol') {
      let number = node.name === 'ol' ? Number(node.attributes.start ?? 1) : 1;
      for (const item of node.children) {
        if (isElement(item) && item.name === 'li') take(item, 'item', { tag: node.name, number: number++ });
      }
    } else {
      take(node, node.name === 'p' ? 'paragraph' : containsTable(node) ? 'table' : 'other');
    }
  }
  // Rendered after the walk, so each block's HTML has its id and self-link.
  const blocks = found.map((f) => ({ id: f.id, kind: f.kind, html: renderSync(f.node as never), list: f.list }));
  return { html: renderSync(root as never), blocks };
}

/** One row of the parallel view: a Japanese block and its English twin; either may be missing. */
export interface BlockPair {
  id: string;
  ja?: Block | undefined;
  en?: Block | undefined;
}

/**
 * Pairs the blocks of the two languages by id, in the Japanese order. An English block without a
 * Japanese twin stays where it stood: after the twin of the block before it.
 */
export function pairBlocks(ja: readonly Block[], en: readonly Block[]): BlockPair[] {
  const enById = new Map(en.map((b, i) => [b.id, i]));
  const jaIds = new Set(ja.map((b) => b.id));
  const rows: BlockPair[] = [];
  let next = 0; // the first English block not yet placed
  const flushEnglishUntil = (end: number) => {
    for (; next < end; next += 1) {
      const b = en[next]!;
      if (!jaIds.has(b.id)) rows.push({ id: b.id, en: b });
    }
  };
  for (const b of ja) {
    const i = enById.get(b.id);
    if (i === undefined) {
      rows.push({ id: b.id, ja: b });
      continue;
    }
    if (i >= next) {
      flushEnglishUntil(i);
      next = i + 1;
    }
    rows.push({ id: b.id, ja: b, en: en[i] });
  }
  flushEnglishUntil(en.length);
  return rows;
}

/** The blocks of `a` without a twin in `b`: ids only, in order. */
export function unpaired(a: readonly { id: string }[], b: readonly { id: string }[]): string[] {
  const ids = new Set(b.map((x) => x.id));
  return a.filter((x) => !ids.has(x.id)).map((x) => x.id);
}

/**
 * A block as it stands alone in a row of the parallel view: a list item gets its list back
 * (numbered from its own number). With `keepIds` false, every id inside is dropped, since the other
 * language's block already carries them and an id may appear once per page.
 */
export function standalone(block: Block, keepIds: boolean): string {
  let html = block.html;
  if (!keepIds) html = stripIds(html);
  if (block.kind === 'item' && block.list) {
    const start = block.list.tag === 'ol' && block.list.number !== 1 ? ` start="${block.list.number}"` : '';
    return `<${block.list.tag}${start}>${html}</${block.list.tag}>`;
  }
  return html;
}

const stripped = new Map<string, string>();

/** Drops every id attribute from a piece of HTML. */
export function stripIds(html: string): string {
  const text = String(html);
  let out = stripped.get(text);
  if (out === undefined) stripped.set(text, (out = stripIdsOnce(text)));
  return out;
}

function stripIdsOnce(html: string): string {
  const root = parse(html) as { children: unknown[] };
  const visit = (node: unknown) => {
    if (!isElement(node)) return;
    delete node.attributes.id;
    node.children.forEach(visit);
  };
  root.children.forEach(visit);
  return renderSync(root as never);
}

/**
 * A tag of HTML as ultrahtml's parser reads one (its own pattern): closing slash, name, attributes,
 * self-closing slash. For one-pass rewrites of HTML this site rendered (attributes written
 * name="value"), where parsing the whole page would cost more than the rewrite.
 */
export const HTML_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(\s[^>]*?)?(\s*\/)?>/g;
const ATTRIBUTE = /\s(id|href)="([^"]*)"/g;

/**
 * Moves a rendered text into a page that holds several texts (the printable strategy): headings go
 * `shift` levels down (to h6 at most), ids get `prefix`, and links to an anchor of the same text
 * follow them. `relink` may turn a link to another page into a link within the page.
 *
 * It rewrites tags in place rather than parsing: a printable strategy embeds every text of the
 * strategy, and parsing them all again was about half the work of building it.
 */
export function embed(html: string, opts: { prefix: string; shift: number; relink?: (href: string) => string | undefined }): string {
  return String(html).replace(HTML_TAG, (_tag, close: string, name: string, attrs: string | undefined, selfClose: string | undefined) => {
    const level = /^h([1-6])$/.exec(name);
    const tag = level ? `h${Math.min(6, Number(level[1]) + opts.shift)}` : name;
    if (close) return `</${tag}>`;
    const rewritten = (attrs ?? '').replace(ATTRIBUTE, (attr, key: string, value: string) => {
      if (key === 'id') return ` id="${opts.prefix}${value}"`;
      if (name !== 'a' || !value) return attr;
      if (value.startsWith('#')) return ` href="#${opts.prefix}${value.slice(1)}"`;
      const local = opts.relink?.(value);
      return local ? ` href="${local}"` : attr;
    });
    return `<${tag}${rewritten}${selfClose ?? ''}>`;
  });
}

/** The words the parallel view needs, in the page's language. */
export interface ParallelLabels {
  /** The accessible name of a block's self-link, per language of the text. */
  anchor: { ja: string; en: string };
  noEnglish: string;
  noJapanese: string;
  /** The page's language, for the notes above. */
  lang: 'ja' | 'en';
}

/**
 * The parallel view of one text: a row per block, Japanese then English, each cell in its own
 * language. The Japanese cells keep the ids (every permalink of the Japanese page works here);
 * `en` undefined means the text has no English yet.
 */
// The parallel view of a text is also the body of the bilingual printable strategy: made once.
const parallels = new Map<string, string>();

export function parallelHtml(ja: string, en: string | undefined, labels: ParallelLabels): string {
  const key = [String(ja), en === undefined ? '\u0001' : String(en), JSON.stringify(labels)].join('\u0000');
  let html = parallels.get(key);
  if (html === undefined) parallels.set(key, (html = parallelHtmlOnce(String(ja), en === undefined ? undefined : String(en), labels)));
  return html;
}

function parallelHtmlOnce(ja: string, en: string | undefined, labels: ParallelLabels): string {
  const a = splitBlocks(ja, labels.anchor.ja).blocks;
  const b = en === undefined ? [] : splitBlocks(en, labels.anchor.en).blocks;
  const missing = (text: string) => `<div class="pair-missing" lang="${labels.lang}"><p>${text}</p></div>`;
  return pairBlocks(a, b)
    .map((row) => {
      const left = row.ja ? `<div class="pair-ja" lang="ja">${standalone(row.ja, true)}</div>` : missing(labels.noJapanese);
      const right = row.en ? `<div class="pair-en" lang="en">${standalone(row.en, !row.ja)}</div>` : missing(labels.noEnglish);
      return `<div class="pair${row.ja?.kind === 'heading' ? ' pair-heading' : ''}" data-block="${row.id}">${left}${right}</div>`;
    })
    .join('\n');
}

/** Text as HTML: the five characters that could be read as markup, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
