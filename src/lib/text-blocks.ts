/**
 * The blocks of a text (chapter or measure MDX) read from its syntax tree, with the ids the site
 * gives them (lib/blocks.ts numbers the rendered HTML the same way: a heading's explicit {#id}, then
 * `<section>-p<n>` for each paragraph, list item, table or other top-level element under it,
 * `intro-p<n>` before the first heading) and, for each, the exact source spans of its translatable
 * text. The XLIFF round trip and the translation memory are built on these, so a unit's id is the
 * permalink of the block on the site and an import replaces exactly the text it came from.
 */
import { mdxToMdast } from 'satteri';
import { blockId, INTRO_SECTION, type BlockKind } from './blocks';
import { MDX_FEATURES, mdxBody } from './mdx-check';

/** A node of the MDX syntax tree, as far as the blocks need it. */
export interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
  value?: string;
  name?: string | null;
  data?: { hProperties?: { id?: string } };
  [key: string]: unknown;
}

/** A run of translatable text: a heading's words, a paragraph, a table cell. */
export interface Segment {
  /** Offsets in the file's text (frontmatter included), end exclusive. */
  start: number;
  end: number;
  /** The inline nodes the span holds. */
  nodes: MdNode[];
}

export interface TextBlock {
  id: string;
  kind: BlockKind;
  /** Its translatable text, in reading order; empty for a data component such as <Targets />. */
  segments: Segment[];
}

/**
 * How many top-level blocks a flow component renders (a list renders one per item); one when not
 * given. Data components such as <MeasureIndex> render as many as their data has rows
 * (lib/component-blocks.ts counts them from the site's data).
 */
export type ComponentBlocks = (name: string, props: Record<string, string>) => number;

/** The attributes of a component as written (text values only). */
export function componentProps(node: MdNode): Record<string, string> {
  const attrs = (node.attributes as { name?: string; value?: unknown }[] | undefined) ?? [];
  return Object.fromEntries(attrs.filter((a) => a.name && typeof a.value === 'string').map((a) => [a.name, a.value as string]));
}

const start = (n: MdNode) => n.position?.start.offset ?? 0;
const end = (n: MdNode) => n.position?.end.offset ?? 0;

/** Parses a whole text file (frontmatter blanked, offsets kept) into its syntax tree. */
export function parseText(source: string): MdNode {
  return mdxToMdast(mdxBody(source), { features: MDX_FEATURES }) as unknown as MdNode;
}

/** The blocks of a text file, in order, with their ids and translatable spans. */
export function textBlocks(source: string, componentBlocks?: ComponentBlocks): TextBlock[] {
  const root = parseText(source);
  const out: TextBlock[] = [];
  let section = INTRO_SECTION;
  let n = 0;
  const take = (kind: BlockKind, segments: Segment[]) => {
    n += 1;
    out.push({ id: blockId(section, n), kind, segments });
  };
  for (const node of root.children ?? []) {
    switch (node.type) {
      case 'heading': {
        const id = node.data?.hProperties?.id;
        if (!id) {
          take('heading', inlineSegments(node));
          break;
        }
        section = id;
        n = 0;
        out.push({ id, kind: 'heading', segments: inlineSegments(node) });
        break;
      }
      case 'list':
        for (const item of node.children ?? []) take('item', flowSegments(item));
        break;
      case 'paragraph':
        take('paragraph', inlineSegments(node));
        break;
      case 'table':
        take('table', flowSegments(node));
        break;
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
      case 'definition':
        break; // renders nothing (a comment)
      case 'mdxJsxFlowElement': {
        const count = componentBlocks?.(String(node.name), componentProps(node)) ?? 1;
        // Its text (an editor's note) belongs to its first block; a data component has none.
        for (let k = 0; k < count; k++) take('other', k === 0 ? flowSegments(node) : []);
        break;
      }
      default:
        take('other', flowSegments(node));
    }
  }
  return out;
}

/** A node whose children are inline content: one segment over them, or none when empty. */
function inlineSegments(node: MdNode): Segment[] {
  const kids = node.children ?? [];
  if (kids.length === 0) return [];
  return [{ start: start(kids[0]!), end: end(kids.at(-1)!), nodes: kids }];
}

/** The inline runs inside a block of flow content (list items, cells, a note's paragraphs), in order. */
function flowSegments(node: MdNode): Segment[] {
  const out: Segment[] = [];
  const visit = (n: MdNode) => {
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') out.push(...inlineSegments(n));
    else if (n.type !== 'mdxFlowExpression') children(n);
  };
  // A component written on one line (<EditorNote>…</EditorNote>) holds inline content directly.
  const children = (n: MdNode) => {
    let run: MdNode[] = [];
    const flush = () => {
      if (run.length > 0) out.push({ start: start(run[0]!), end: end(run.at(-1)!), nodes: run });
      run = [];
    };
    for (const c of n.children ?? []) {
      if (INLINE.has(c.type)) run.push(c);
      else {
        flush();
        visit(c);
      }
    }
    flush();
  };
  children(node);
  return out;
}

const INLINE = new Set([
  'text',
  'strong',
  'emphasis',
  'delete',
  'link',
  'linkReference',
  'image',
  'inlineCode',
  'break',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** The text a reader sees in a segment: the inline nodes' values, markup left out. */
export function plainText(nodes: readonly MdNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'inlineCode') return String(n.value ?? '');
      if (n.type === 'break') return '\n';
      if (n.type === 'image') return String(n.alt ?? '');
      return plainText(n.children ?? []);
    })
    .join('');
}
