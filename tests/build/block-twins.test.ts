/**
 * Every block of a Japanese text has its English twin: the same id (src/lib/blocks.ts) on the
 * English page. A translation that merges, splits, drops or adds a paragraph or list item shows up
 * here by name, with the files to fix, before a reader meets a misaligned parallel view.
 */
import { describe, expect, it } from 'vitest';
import { parse, walkSync, ELEMENT_NODE, type ElementNode } from 'ultrahtml';
import { pages, type Page } from './dist';
import { unpaired } from '../../src/lib/blocks';

/** The ids of the top-level blocks of a page's text (its .prose), in order, with their tag. */
function proseBlocks(p: Page): { id: string; tag: string }[] {
  const main = /<main[\s\S]*<\/main>/.exec(p.html)?.[0];
  if (!main) throw new Error(`${p.path}: no <main>`);
  let prose: ElementNode | undefined;
  walkSync(parse(main), (node) => {
    if (!prose && node.type === ELEMENT_NODE && (node as ElementNode).attributes.class === 'prose') prose = node as ElementNode;
  });
  if (!prose) return [];
  const out: { id: string; tag: string }[] = [];
  for (const node of prose.children) {
    if (node.type !== ELEMENT_NODE) continue;
    const el = node as ElementNode;
    const items =
      el.name === 'ul' || el.name === 'ol' ? el.children.filter((c) => c.type === ELEMENT_NODE && (c as ElementNode).name === 'li') : [el];
    for (const b of items as ElementNode[]) out.push({ id: b.attributes.id ?? '(none)', tag: b.name });
  }
  return out;
}

const files = (p: Page) => [...p.html.matchAll(/<code>(content\/[^<]+\.mdx?)<\/code>/g)].map((m) => m[1]).join(', ');

describe('block twins', () => {
  const texts = pages().filter(
    (p) =>
      !/\/(parallel|print)\//.test(p.path) &&
      /^\/ja\/strategies\/[^/]+\/(?!measures\/$)[^/]+\/(?:[^/]+\/)?$/.test(p.path) &&
      p.html.includes('<div class="prose"'),
  );

  it('finds the texts of every strategy', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('gives every block an id, and the English page the same ids in the same order', () => {
    const problems: string[] = [];
    for (const ja of texts) {
      const en = pages().find((p) => p.path === ja.path.replace(/^\/ja\//, '/en/'));
      if (!en) continue; // the twin test of site.test.ts reports a missing page
      if (en.html.includes('untranslated-notice')) continue; // an untranslated page shows the Japanese, and says so
      const a = proseBlocks(ja);
      const b = proseBlocks(en);
      const noId = a.filter((x) => x.id === '(none)');
      if (noId.length) problems.push(`${ja.path}: ${noId.length} block(s) without an id`);
      const lost = unpaired(a, b);
      const extra = unpaired(b, a);
      if (lost.length || extra.length) {
        problems.push(
          `${ja.path} (${files(ja)}): ` +
            (lost.length ? `no English twin for ${lost.join(', ')}; ` : '') +
            (extra.length ? `English has ${extra.join(', ')} with no Japanese twin; ` : '') +
            'keep one English paragraph per Japanese paragraph and one item per item, under the same headings',
        );
      } else if (a.map((x) => x.id).join() !== b.map((x) => x.id).join()) {
        problems.push(`${ja.path}: the English blocks are in another order`);
      }
    }
    expect(problems).toEqual([]);
  });
});
