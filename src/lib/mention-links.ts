/**
 * The build's link plugin (a Sätteri mdast plugin, set in astro.config.mjs): in each chapter and
 * measure text, the first mention of a city, country or region, network or bureau in each section
 * becomes a link to its page, `<a href="/ja/cities/shanghai/" data-mention="city:shanghai">`. The
 * mentions come from findMentions on the same source with the same data as the site index, which
 * lists them on the linked pages (the way back), so a link and its way back cannot disagree.
 */
import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Lang } from '../schemas/shared';
import { readMentionData } from './mention-data';
import type { MentionData, NameTable, Target } from './mention-names';
import { findMentions, nameTable, targetKey, textContext, type Mention } from './mentions';
import { MDX_FEATURES } from './mdx-check';
import { TEXT_PATH } from './text-path';
import { paths } from './routes';
import type { MdNode } from './text-blocks';

/** The page of a mention's target, in a language. */
function targetPath(lang: Lang, t: Target): string {
  return paths[t.kind](lang, t.id);
}

const tables = new Map<string, { data: MentionData; table: NameTable }>();

/** The data and names of a content folder, read once per build. */
function namesFor(dir: string) {
  let t = tables.get(dir);
  if (!t) {
    const data = readMentionData(dir);
    t = { data, table: nameTable(data) };
    tables.set(dir, t);
  }
  return t;
}

/** A chapter's or measure's text file: its content folder, strategy and language; undefined for other MDX. */
export function textFileOf(path: string): { dir: string; strategy: string; lang: Lang } | undefined {
  const at = path.lastIndexOf('/strategies/');
  if (at < 0) return undefined;
  const m = TEXT_PATH.exec(path.slice(at + '/strategies/'.length));
  return m ? { dir: path.slice(0, at), strategy: m[1]!, lang: m[2] as Lang } : undefined;
}

/** The plugin: a factory, so that each text gets its own mentions. */
export function mentionLinks(): MdastPluginEntry {
  return (fctx: PluginFactoryContext) => {
    const file = fctx.fileURL && textFileOf(fileURLToPath(fctx.fileURL));
    if (!file) return null;
    const { data, table } = namesFor(file.dir);
    const tree = mdxToMdast(fctx.source, { features: MDX_FEATURES }) as unknown as MdNode;
    const found = findMentions(tree, textContext(data, file.strategy, file.lang), table);
    const byNode = new Map<number, Mention[]>();
    for (const m of found.mentions) byNode.set(m.node, [...(byNode.get(m.node) ?? []), m]);
    const link = (m: Mention, children: unknown[]) => ({
      type: 'link',
      url: targetPath(file.lang, m.target),
      children,
      data: { hProperties: { dataMention: targetKey(m.target) } },
    });
    return {
      name: 'mention-links',
      options: { position: true },
      text(node, ctx) {
        const mentions = byNode.get(node.position?.start.offset ?? -1);
        if (!mentions?.some((m) => m.first)) return;
        ctx.replaceNode(node, splitText(node.value, mentions, link) as never);
      },
      mdxJsxTextElement(node, ctx) {
        if (node.name !== 'Place') return;
        const m = byNode.get(node.position?.start.offset ?? -1)?.[0];
        ctx.replaceNode(node, (m?.first ? [link(m, node.children)] : node.children) as never);
      },
    };
  };
}

/**
 * A text node's value cut around its linked mentions. The compiler's value may be shorter than the
 * parse the mentions were found on (smart punctuation turns -- into –, ' into ’), so each name is
 * taken where it occurs last at or before its offset in that parse, after the previous name.
 */
export function splitText(value: string, mentions: Mention[], link: (m: Mention, children: unknown[]) => unknown): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  let copied = 0;
  for (const m of mentions) {
    const forms = [m.text, m.text.replace(/'/g, '\u2019')];
    const i = Math.max(...forms.map((f) => value.lastIndexOf(f, m.from)));
    if (i < at) throw new Error(`mention-links: "${m.text}" was found by the index but is not in the text "${value}"`);
    at = i + m.text.length;
    if (!m.first) continue;
    if (i > copied) out.push({ type: 'text', value: value.slice(copied, i) });
    out.push(link(m, [{ type: 'text', value: value.slice(i, at) }]));
    copied = at;
  }
  if (copied < value.length) out.push({ type: 'text', value: value.slice(copied) });
  return out;
}
