import { describe, expect, it } from 'vitest';
import { breadcrumbList, describeText, firstParagraph, jsonForScript, shorten } from '../../src/lib/page-meta';

describe("a page's description", () => {
  it("is the first paragraph of its text, not the kicker, the facts or an editor's note", () => {
    const html =
      '<p class="muted">Shizuoka › Pillar</p><dl><dt>Pillar</dt><dd>x</dd></dl><div class="prose">' +
      '<h2 id="policy">Policy<a class="heading-anchor" href="#policy"></a></h2><div class="note" role="note"><p>Editor&#39;s note</p></div>' +
      '<p>(FY2018–FY2023)</p><p id="policy-p1">In recent years <span lang="ja">インバウンド</span> &amp; more.<a class="block-anchor" href="#policy-p1"></a></p><p>Second.</p></div>';
    expect(firstParagraph(html, 'en')).toBe('In recent years インバウンド & more.');
  });

  it("takes the page language's half of a parallel view", () => {
    const html =
      '<article class="parallel"><div class="pair"><div class="pair-ja" lang="ja"><p>日本語の段落です。二十文字を超える長さがあります。</p></div>' +
      '<div class="pair-en" lang="en"><p>The English paragraph, long enough.</p></div></div></article>';
    expect(firstParagraph(html, 'en')).toBe('The English paragraph, long enough.');
    expect(firstParagraph(html, 'ja')).toBe('日本語の段落です。二十文字を超える長さがあります。');
  });

  it('falls back to the text in the other language, and to nothing without a paragraph', () => {
    expect(firstParagraph('<div class="prose" lang="ja"><p>未翻訳の段落です。まだ英語訳がありません。以上です。</p></div>', 'en')).toBe(
      '未翻訳の段落です。まだ英語訳がありません。以上です。',
    );
    expect(firstParagraph('<div class="prose"><ul><li>Item</li></ul></div><p>Outside</p>', 'en')).toBeUndefined();
  });

  it('is shortened at a word in English, anywhere in Japanese, with an ellipsis', () => {
    expect(shorten('one two three four five', 16)).toBe('one two three…');
    expect(shorten('あいうえおかきくけこ', 6)).toBe('あいうえお…');
    expect(shorten('short', 12)).toBe('short');
    expect(describeText('<div class="prose"><p>The paragraph of a measure.</p></div>', 'en', (t) => `a) Title: ${t}`)).toBe(
      'a) Title: The paragraph of a measure.',
    );
    expect([...(describeText(`<div class="prose"><p>${'word '.repeat(100)}</p></div>`, 'en') ?? '')].length).toBeLessThanOrEqual(200);
  });
});

describe('JSON-LD', () => {
  it('escapes what could end the script element or break a line', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script> & \u2028\u2029' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script> & \u2028\u2029' });
  });

  it('lists the breadcrumbs in order with absolute URLs', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://x.example/en/' },
        { name: 'Measures', url: 'https://x.example/en/measures/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/en/' },
        { '@type': 'ListItem', position: 2, name: 'Measures', item: 'https://x.example/en/measures/' },
      ],
    });
  });
});
