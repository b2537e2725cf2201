/**
 * The XLIFF units are keyed by the ids the site gives its blocks: the ids read from each text's MDX
 * syntax tree (src/lib/text-blocks.ts, with the data components' block counts of
 * src/lib/component-blocks.ts) are the ids of the built page's top-level blocks, in the same order,
 * and the element with a unit's id holds that unit's text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { componentBlocks } from '../../src/lib/component-blocks';
import type { SiteIndex } from '../../src/lib/content-index';
import { plainText, textBlocks } from '../../src/lib/text-blocks';
import { DIST } from './dist';

/** Marks the site adds around a block's text (self-links, the note's label). */
const ADDED = new Set(['block-anchor', 'heading-anchor', 'note-label']);
const text = (n: Node): string =>
  n.type === TEXT_NODE
    ? String(n.value)
    : n.type === ELEMENT_NODE && !ADDED.has(String(n.attributes.class))
      ? n.children.map(text).join('')
      : '';
/** Compared without spaces, entities decoded and typographic quotes folded (the renderer curls quotes). */
const fold = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/…/g, '...')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, '');

function prose(html: string): ElementNode {
  let found: ElementNode | undefined;
  const walk = (n: Node) => {
    if (found || n.type !== ELEMENT_NODE) return;
    if (n.attributes.class === 'prose') found = n as ElementNode;
    else n.children.forEach(walk);
  };
  parse(html).children.forEach(walk);
  if (!found) throw new Error('no .prose');
  return found;
}

let site: SiteIndex<unknown>;
beforeAll(async () => {
  site = (await checkContent()).site as SiteIndex<unknown>;
});

const texts = readdirSync('content/strategies').flatMap((s) =>
  (['ja', 'en'] as const).flatMap((lang) =>
    readdirSync(`content/strategies/${s}/${lang}`, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({
        strategy: s,
        lang,
        file: `content/strategies/${s}/${lang}/${f}`,
        page: `${DIST}/${lang}/strategies/${s}/${f.replace(/\.mdx$/, '')}/index.html`,
      })),
  ),
);

describe('XLIFF unit ids', () => {
  it('are the block ids of the built pages, in order, for every text', () => {
    const wrong: string[] = [];
    let naive = 0; // without the data components' block counts: proves the comparison can fail
    for (const t of texts) {
      const root = prose(readFileSync(t.page, 'utf8'));
      const built = root.children
        .filter((c): c is ElementNode => c.type === ELEMENT_NODE)
        .flatMap((c) => (c.name === 'ul' || c.name === 'ol' ? c.children.filter((x): x is ElementNode => x.type === ELEMENT_NODE) : [c]))
        .map((c) => c.attributes.id ?? `(no id: ${c.name})`);
      const mine = textBlocks(readFileSync(t.file, 'utf8'), componentBlocks(site.strategy.get(t.strategy)!)).map((b) => b.id);
      if (
        built.join(' ') !==
        textBlocks(readFileSync(t.file, 'utf8'))
          .map((b) => b.id)
          .join(' ')
      )
        naive++;
      if (built.join(' ') !== mine.join(' ')) wrong.push(`${t.file}\n  built: ${built.join(' ')}\n  MDX:   ${mine.join(' ')}`);
    }
    expect(wrong).toEqual([]);
    expect(naive).toBeGreaterThan(0);
    expect(texts.length).toBeGreaterThan(400);
  });

  it('name the element that holds the unit’s text (e.g. shizuoka-2017/purpose)', () => {
    const wrong: string[] = [];
    let units = 0;
    for (const t of texts) {
      const byId = new Map<string, ElementNode>();
      const walk = (n: Node) => {
        if (n.type !== ELEMENT_NODE) return;
        if (n.attributes.id) byId.set(String(n.attributes.id), n as ElementNode);
        n.children.forEach(walk);
      };
      walk(prose(readFileSync(t.page, 'utf8')));
      for (const b of textBlocks(readFileSync(t.file, 'utf8'), componentBlocks(site.strategy.get(t.strategy)!))) {
        if (b.segments.length === 0) continue;
        units++;
        const el = byId.get(b.id);
        const mdx = fold(b.segments.map((s) => plainText(s.nodes)).join(''));
        if (!el || fold(text(el)) !== mdx)
          wrong.push(`${t.file} #${b.id}: ${el ? fold(text(el)).slice(0, 40) : 'no such id'} ≠ ${mdx.slice(0, 40)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(units).toBeGreaterThan(2500);
  });
});
