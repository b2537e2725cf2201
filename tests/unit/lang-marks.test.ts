import { describe, expect, it } from 'vitest';
import { markJapanese } from '../../src/lib/lang-marks';

describe('marking Japanese on English pages', () => {
  it('marks codes, chapter numbers and quoted wording, with their brackets', () => {
    expect(markJapanese('<a href="/x/">ア) Attracting visitors</a>', 'en')).toBe(
      '<a href="/x/"><span lang="ja">ア</span>) Attracting visitors</a>',
    );
    expect(markJapanese('<h1>第1章. Purpose</h1>', 'en')).toBe('<h1><span lang="ja">第1章</span>. Purpose</h1>');
    expect(markJapanese('<p>The source writes 「本市が選ばれまちに」, meaning…</p>', 'en')).toBe(
      '<p>The source writes <span lang="ja">「本市が選ばれまちに」</span>, meaning…</p>',
    );
    expect(markJapanese('<p>(ア) and (イ)</p>', 'en')).toBe('<p>(<span lang="ja">ア</span>) and (<span lang="ja">イ</span>)</p>');
    expect(markJapanese('<td>draft (原案), supplement (別冊)</td>', 'en')).toBe(
      '<td>draft (<span lang="ja">原案</span>), supplement (<span lang="ja">別冊</span>)</td>',
    );
  });

  it('leaves Japanese that is marked already, and English, alone', () => {
    const html =
      '<div lang="ja"><p>本市は<b>交流</b>を進める。</p></div><p>Text <span lang="ja">静岡市</span> and 2016.</p><br><p>Plain English.</p>';
    expect(markJapanese(html, 'en')).toBe(html);
    expect(markJapanese('<p>本市</p>', 'ja')).toBe('<p>本市</p>');
    expect(markJapanese('<div lang="en"><p>ア</p></div>', 'ja')).toBe('<div lang="en"><p><span lang="ja">ア</span></p></div>');
  });

  it('does not touch attributes or text that cannot hold markup', () => {
    const html =
      '<title>ア | Site</title><div aria-label="ア) Label" title="第1章"><select><option>ア)</option></select><textarea>ア</textarea><script>var a="ア"</script></div>';
    expect(markJapanese(html, 'en')).toBe(html);
  });

  it('goes on after void and self-closing elements, and after closing an element left open', () => {
    expect(markJapanese('<p>a<br>ア<img src="x" />イ</p><ul><li>ウ</ul><p>エ</p>', 'en')).toBe(
      '<p>a<br><span lang="ja">ア</span><img src="x" /><span lang="ja">イ</span></p><ul><li><span lang="ja">ウ</span></ul><p><span lang="ja">エ</span></p>',
    );
  });
});
