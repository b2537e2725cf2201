import { describe, expect, it } from 'vitest';
import { jsonBlocks, plainText } from '../../src/lib/strategy-json';
import type { Block } from '../../src/lib/blocks';

const b = (id: string, html: string, kind: Block['kind'] = 'paragraph'): Block => ({ id, kind, html });

describe('the full text as JSON', () => {
  it('gives plain text without the self-link mark, tags or entities', () => {
    expect(plainText('<p id="x-p1"><a class="block-anchor" href="#x-p1" aria-label="link"></a>A &amp; <b>B</b><br>C</p>')).toBe('A & B C');
    expect(plainText('<h2 id="a" class="anchored">方針 <a class="heading-anchor" href="#a">#</a></h2>')).toBe('方針');
  });

  it("separates a table's cells", () => {
    expect(plainText('<table><caption>表</caption><tr><th>指標</th><td>59,000人</td></tr></table>')).toBe('表 指標 59,000人');
  });

  it('pairs the two languages by block id, keeping the Japanese order', () => {
    const out = jsonBlocks(
      [b('policy', '<h2>方針</h2>', 'heading'), b('policy-p1', '<p>本文</p>')],
      [b('policy-p1', '<p>Text</p>'), b('policy', '<h2>Policy</h2>', 'heading')],
    );
    expect(out.map((x) => [x.id, x.kind, x.ja?.text, x.en?.text])).toEqual([
      ['policy', 'heading', '方針', 'Policy'],
      ['policy-p1', 'paragraph', '本文', 'Text'],
    ]);
  });

  it('keeps a block that only one language has, with that language alone', () => {
    const out = jsonBlocks([b('a-p1', '<p>一</p>')], [b('a-p1', '<p>One</p>'), b('a-p2', '<p>Two</p>')]);
    expect(out[1]).toEqual({ id: 'a-p2', kind: 'paragraph', en: { text: 'Two', html: '<p>Two</p>' } });
    expect(jsonBlocks([b('a-p1', '<p>一</p>')], [])[0]).not.toHaveProperty('en');
  });
});
