import { describe, expect, it } from 'vitest';
import { anchorHeadings, parseComponents } from '../../src/lib/markdown-text';

describe('Markdown texts', () => {
  it('gives headings with an id the permalink AnchorHeading gives MDX headings', () => {
    expect(anchorHeadings('<h2 id="policy">基本方針</h2>\n<p>本文</p>\n<h3>無名</h3>', 'この節へのリンク')).toBe(
      '<h2 id="policy" class="anchored">基本方針 <a class="heading-anchor" href="#policy" aria-label="この節へのリンク" data-pagefind-ignore>#</a></h2>\n<p>本文</p>\n<h3 class="anchored">無名</h3>',
    );
  });

  it('leaves other headings and the text alone, and escapes the label', () => {
    const html = '<h1 id="t">Title</h1><h5 id="x">x</h5><p>h2 in text: &lt;h2&gt;</p>';
    expect(anchorHeadings(html, 'A "link"')).toBe(html);
    expect(anchorHeadings('<h4 id="a-b">A <em>b</em></h4>', 'Link "here"')).toContain('aria-label="Link &quot;here&quot;"');
    expect(anchorHeadings('<h4 id="a-b">A <em>b</em></h4>', 'L')).toContain('A <em>b</em> <a');
  });

  it('finds the components the Markdown renderer passed through, with their attributes and content', () => {
    const html = '<h2 id="targets">目指す姿</h2>\n<Targets />\n<p>See <Ja>静岡市</Ja> &lt;Ja&gt;.</p>\n<MeasureIndex pillar="global-talent" />';
    expect(parseComponents(html, 'x.md')).toEqual([
      { html: '<h2 id="targets">目指す姿</h2>\n' },
      { component: 'Targets', props: {}, children: [] },
      { html: '\n<p>See ' },
      { component: 'Ja', props: {}, children: [{ html: '静岡市' }] },
      { html: ' &lt;Ja&gt;.</p>\n' },
      { component: 'MeasureIndex', props: { pillar: 'global-talent' }, children: [] },
    ]);
  });

  it('takes a paragraph that holds only a component out of the paragraph, as MDX does, and nests components', () => {
    expect(parseComponents('<p><EditorNote>Note on <Ja>語</Ja>.</EditorNote></p>\n<p>Text <Ja>語</Ja></p>', 'x.md')).toEqual([
      { component: 'EditorNote', props: {}, children: [{ html: 'Note on ' }, { component: 'Ja', props: {}, children: [{ html: '語' }] }, { html: '.' }] },
      { html: '\n<p>Text ' },
      { component: 'Ja', props: {}, children: [{ html: '語' }] },
      { html: '</p>' },
    ]);
  });

  it('names the file when a component is not closed, or closed by another', () => {
    expect(() => parseComponents('<p><Ja>語</p>', 'x.md')).toThrow('x.md: <Ja> is not closed');
    expect(() => parseComponents('<p><Ja>語</En></p>', 'x.md')).toThrow('x.md: </En> closes <Ja>');
  });
});
