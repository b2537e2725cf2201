import { describe, expect, it } from 'vitest';
import { parseComponents } from '../../src/lib/markdown-text';

describe('Markdown texts', () => {
  it('hands h2–h4 headings to the heading components, as MDX does, and leaves other headings alone', () => {
    expect(
      parseComponents(
        '<h2 id="policy">基本方針 <Ja>語</Ja></h2>\n<h3>無名</h3><h1 id="t">T</h1><h5 id="x">x</h5><p>h2 in text: &lt;h2&gt;</p>',
        'x.md',
      ),
    ).toEqual([
      {
        component: 'h2',
        props: { id: 'policy' },
        children: [{ html: '基本方針 ' }, { component: 'Ja', props: {}, children: [{ html: '語' }] }],
      },
      { html: '\n' },
      { component: 'h3', props: {}, children: [{ html: '無名' }] },
      { html: '<h1 id="t">T</h1><h5 id="x">x</h5><p>h2 in text: &lt;h2&gt;</p>' },
    ]);
  });

  it('finds the components the Markdown renderer passed through, with their attributes and content', () => {
    const html =
      '<h2 id="targets">目指す姿</h2>\n<Targets />\n<p>See <Ja>静岡市</Ja> &lt;Ja&gt;.</p>\n<MeasureIndex pillar="global-talent" />';
    expect(parseComponents(html, 'x.md')).toEqual([
      { component: 'h2', props: { id: 'targets' }, children: [{ html: '目指す姿' }] },
      { html: '\n' },
      { component: 'Targets', props: {}, children: [] },
      { html: '\n<p>See ' },
      { component: 'Ja', props: {}, children: [{ html: '静岡市' }] },
      { html: ' &lt;Ja&gt;.</p>\n' },
      { component: 'MeasureIndex', props: { pillar: 'global-talent' }, children: [] },
    ]);
  });

  it('takes a paragraph that holds only a component out of the paragraph, as MDX does, and nests components', () => {
    expect(parseComponents('<p><EditorNote>Note on <Ja>語</Ja>.</EditorNote></p>\n<p>Text <Ja>語</Ja></p>', 'x.md')).toEqual([
      {
        component: 'EditorNote',
        props: {},
        children: [{ html: 'Note on ' }, { component: 'Ja', props: {}, children: [{ html: '語' }] }, { html: '.' }],
      },
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
