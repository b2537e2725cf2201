/**
 * Markdown texts (.md) are rendered to HTML when the content is loaded, by Astro's Markdown
 * renderer, which passes the site's components (`<Targets />`, `<Ja>静岡市</Ja>`,
 * `<MeasureIndex pillar="…" />`) through as raw HTML. Here they are found again, and the h2–h4
 * headings with them, so that the page renders the real components in their place, the headings
 * through the same components as MDX headings (H2–H4: their permalinks). A text thus renders the same
 * as .md or .mdx; Markdown only limits what may be written: components open and close on one line
 * and take text attributes (lib/mdx-safety.ts checks it), which is all the content needs, and it
 * builds several times faster.
 */

/** A piece of a Markdown text: HTML, or a component to render there with its attributes and content. */
export type MarkdownNode = { html: string } | { component: string; props: Record<string, string>; children: MarkdownNode[] };

/**
 * A component's tag as the Markdown renderer passes it through (a capitalised name, text
 * attributes), or a heading the component map replaces, as MDX does (h2–h4, with its id).
 */
const COMPONENT_TAG = /<(\/?)([A-Z][A-Za-z0-9]*|h[2-4](?![\w-]))((?:\s+[a-zA-Z][\w-]*="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /([a-zA-Z][\w-]*)="([^"]*)"/g;

/**
 * Splits rendered Markdown into HTML and components. A paragraph that holds only a component is
 * the component alone, as in MDX (a component on a line of its own is not in a paragraph).
 * `file` names the text in errors.
 */
export function parseComponents(html: string, file: string): MarkdownNode[] {
  const root: MarkdownNode[] = [];
  const open: { name: string; children: MarkdownNode[] }[] = [{ name: '', children: root }];
  let last = 0;
  for (const m of html.matchAll(COMPONENT_TAG)) {
    const [tag, close, name, attributes = '', selfClosing] = m as unknown as [string, string, string, string | undefined, string];
    const top = open[open.length - 1]!;
    if (m.index > last) top.children.push({ html: html.slice(last, m.index) });
    last = m.index + tag.length;
    if (close) {
      if (top.name !== name) throw new Error(`${file}: </${name}> closes ${top.name ? `<${top.name}>` : 'nothing'}`);
      open.pop();
      continue;
    }
    const props = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2]!]));
    const node = { component: name, props, children: [] as MarkdownNode[] };
    top.children.push(node);
    if (!selfClosing) open.push({ name, children: node.children });
  }
  if (open.length > 1) throw new Error(`${file}: <${open[open.length - 1]!.name}> is not closed`);
  if (last < html.length) root.push({ html: html.slice(last) });
  return unwrapParagraphs(root);
}

function unwrapParagraphs(nodes: MarkdownNode[]): MarkdownNode[] {
  for (let i = 1; i < nodes.length - 1; i++) {
    const before = nodes[i - 1]!;
    const after = nodes[i + 1]!;
    if ('html' in before && 'html' in after && !('html' in nodes[i]!) && /<p>$/.test(before.html) && /^<\/p>/.test(after.html)) {
      nodes[i - 1] = { html: before.html.slice(0, -'<p>'.length) };
      nodes[i + 1] = { html: after.html.slice('</p>'.length) };
    }
  }
  for (const n of nodes) if (!('html' in n)) n.children = unwrapParagraphs(n.children);
  return nodes.filter((n) => !('html' in n) || n.html !== '');
}
