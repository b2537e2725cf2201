import { describe, expect, it } from 'vitest';
import { anchorHeadings, splitAtComponents } from '../../src/lib/markdown-text';

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

  it('splits at a component alone on its line, and only there', () => {
    const html = '<h2 id="targets">目指す姿</h2>\n<Targets />\n<h2 id="actions">具体的な取組</h2>\n<p>&lt;Targets /&gt; in text</p>';
    expect(splitAtComponents(html)).toEqual([
      { html: '<h2 id="targets">目指す姿</h2>' },
      { component: 'Targets' },
      { html: '<h2 id="actions">具体的な取組</h2>\n<p>&lt;Targets /&gt; in text</p>' },
    ]);
    expect(splitAtComponents('<p>a</p>\n<MeasureIndex />')).toEqual([{ html: '<p>a</p>' }, { component: 'MeasureIndex' }]);
    expect(splitAtComponents('<p>only text</p>')).toEqual([{ html: '<p>only text</p>' }]);
  });
});
