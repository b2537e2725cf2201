import { describe, expect, it } from 'vitest';
import { embed, pairBlocks, splitBlocks, standalone, stripIds, unpaired, type Block } from '../../src/lib/blocks';

const ja = `<p>前文</p>
<h2 id="policy" class="anchored">基本方針</h2>
<p>一つ目</p>
<p>二つ目</p>
<ol start="3"><li>三</li><li>四</li></ol>
<div class="table-wrap"><table><tr><td>表</td></tr></table></div>
<h3 id="detail">細目</h3>
<ul><li>項目</li></ul>
<section id="kpi-overview"><p>既存のid</p></section>`;

describe('splitBlocks', () => {
  const { html, blocks } = splitBlocks(ja, 'この段落へのリンク');

  it('numbers blocks within the section of the heading above them', () => {
    expect(blocks.map((b) => `${b.kind}:${b.id}`)).toEqual([
      'paragraph:intro-p1',
      'heading:policy',
      'paragraph:policy-p1',
      'paragraph:policy-p2',
      'item:policy-p3',
      'item:policy-p4',
      'table:policy-p5',
      'heading:detail',
      'item:detail-p1',
      'other:kpi-overview',
    ]);
  });

  it('writes the ids and a self-link into the HTML, focusable by a tap but not by Tab', () => {
    expect(html).toContain(
      '<p id="policy-p2" tabindex="-1">二つ目<a class="block-anchor" href="#policy-p2" tabindex="-1" aria-label="この段落へのリンク" data-pagefind-ignore=""></a></p>',
    );
    expect(html).toContain('<li id="policy-p4" tabindex="-1">');
    expect(html).toContain('<div class="table-wrap" id="policy-p5">');
  });

  it('keeps the number of an ordered list item', () => {
    expect(blocks.find((b) => b.id === 'policy-p4')!.list).toEqual({ tag: 'ol', number: 4 });
    expect(standalone(blocks.find((b) => b.id === 'policy-p4')!, true)).toMatch(/^<ol start="4"><li id="policy-p4" tabindex="-1">四/);
  });

  it('gives the same ids to a translation with the same structure, and different ones when a block is lost', () => {
    const en = splitBlocks(ja.replace('一つ目', 'First').replace('<p>二つ目</p>', ''), 'Link');
    expect(unpaired(blocks, en.blocks)).toEqual(['policy-p5']);
    expect(en.blocks.find((b) => b.id === 'policy-p2')!.kind).toBe('item');
  });
});

describe('pairBlocks', () => {
  const b = (id: string): Block => ({ id, kind: 'paragraph', html: `<p id="${id}">${id}</p>` });

  it('pairs twins in Japanese order and keeps unpaired blocks where they stood', () => {
    const rows = pairBlocks([b('a'), b('b'), b('c')], [b('a'), b('x'), b('c'), b('y')]);
    expect(rows.map((r) => `${r.id}:${r.ja ? 'ja' : '-'}/${r.en ? 'en' : '-'}`)).toEqual([
      'a:ja/en',
      'b:ja/-',
      'x:-/en',
      'c:ja/en',
      'y:-/en',
    ]);
  });

  it('handles a text with no English at all', () => {
    expect(pairBlocks([b('a')], []).map((r) => r.en)).toEqual([undefined]);
  });
});

describe('embedding and ids', () => {
  it('drops ids for the second copy of a block', () => {
    expect(stripIds('<p id="a">x<span id="b">y</span></p>')).toBe('<p>x<span>y</span></p>');
  });

  it('prefixes ids, follows in-text links and shifts headings', () => {
    const out = embed('<h2 id="policy">方針 <a href="#policy">#</a></h2><p><a href="/ja/x/">x</a></p>', {
      prefix: 'ch1--',
      shift: 1,
      relink: (href) => (href === '/ja/x/' ? '#x' : undefined),
    });
    expect(out).toBe('<h3 id="ch1--policy">方針 <a href="#ch1--policy">#</a></h3><p><a href="#x">x</a></p>');
  });

  it('keeps headings at h6, leaves other attributes, text and links elsewhere alone', () => {
    const html =
      '<h5 class="anchored" id="a">A</h5><h6>B</h6><p data-id="x" title="id=&quot;y&quot;">id="z" &lt;h2&gt;</p><br /><link href="#k"><a href="https://example.org/#f" class="ext">f</a>';
    expect(embed(html, { prefix: 'p-', shift: 2, relink: () => '#never' })).toBe(
      '<h6 class="anchored" id="p-a">A</h6><h6>B</h6><p data-id="x" title="id=&quot;y&quot;">id="z" &lt;h2&gt;</p><br /><link href="#k"><a href="#never" class="ext">f</a>',
    );
    expect(embed(html, { prefix: 'p-', shift: 0 })).toContain('<a href="https://example.org/#f" class="ext">f</a>');
  });
});
