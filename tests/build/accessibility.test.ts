/** Accessibility checks that need no browser: they read the built pages. */
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type ElementNode } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { page, pages } from './dist';

const langPages = () => pages().filter((p) => /^\/(ja|en)\//.test(p.path) && !/http-equiv="refresh"/.test(p.html));

/** The editor's-note labels of a page that are not marked as being in the page's language. */
export function misLabelledNotes(html: string, lang: string): string[] {
  return [...html.matchAll(/<span class="note-label"([^>]*)>([^<]*)/g)].filter((m) => !m[1]!.includes(`lang="${lang}"`)).map((m) => m[2]!);
}

/** The names of a page's Pagefind filters that are not in its language (the search page's filter groups are named by them). */
export function foreignFilterNames(html: string, lang: string): string[] {
  const names = [...new Set([...html.matchAll(/data-pagefind-filter="([^":]+):/g)].map((m) => m[1]!))];
  return names.filter((n) => (lang === 'ja' ? /[A-Za-z]/.test(n) : !/^[A-Za-z][A-Za-z ]*$/.test(n)));
}

/**
 * Japanese text of an English page that no element marks as Japanese, found with ultrahtml (not with
 * the code that marks it, lib/lang-marks.ts). Page titles are left out: <title> holds no markup.
 */
export function unmarkedJapanese(html: string, pageLang: string): string[] {
  const found: string[] = [];
  const visit = (
    node: { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: unknown[] },
    lang: string,
  ) => {
    if (node.type === ELEMENT_NODE && ['script', 'style', 'title'].includes(node.name!)) return;
    const inner = node.attributes?.lang ?? lang;
    if (node.type === TEXT_NODE && !lang.startsWith('ja') && /[\u3040-\u30ff\u3400-\u9fff]/.test(node.value!))
      found.push(node.value!.trim());
    for (const c of (node.children ?? []) as (typeof node)[]) visit(c, inner);
  };
  visit(parse(html), pageLang);
  return found;
}

describe('accessibility of the built pages', () => {
  it('marks the Japanese on English pages as Japanese, codes and quotations included (WCAG 3.1.2)', () => {
    const english = langPages().filter((p) => p.path.startsWith('/en/'));
    const wrong = english.flatMap((p) => unmarkedJapanese(p.html, 'en').map((text) => `${p.path}: ${text.slice(0, 60)}`));
    expect(wrong).toEqual([]);
    expect(english.length).toBeGreaterThan(300);
  });

  it('would notice unmarked Japanese, and accept it marked or in a Japanese page', () => {
    expect(unmarkedJapanese('<html lang="en"><body><p>ア) Visitors</p><p lang="ja">本市</p></body></html>', 'en')).toEqual([
      'ア) Visitors',
    ]);
    expect(unmarkedJapanese('<p><span lang="ja">ア</span>) Visitors</p><title>ア</title>', 'en')).toEqual([]);
    expect(unmarkedJapanese('<p>本市</p>', 'ja')).toEqual([]);
  });

  it("labels every editor's note in the language of its page (WCAG 3.1.2)", () => {
    // The other language's column of the parallel and bilingual views carries its own lang as a
    // whole: its notes are labelled in its language on purpose. The page's own column is checked.
    const ownColumn = (p: { path: string; html: string }) => {
      if (!/\/(parallel|print\/bilingual)\/$/.test(p.path)) return p.html;
      const other = p.path.startsWith('/ja/') ? 'en' : 'ja';
      const root = parse(p.html);
      walkSync(root, (node) => {
        const el = node as ElementNode;
        if (el.type === ELEMENT_NODE) el.children = el.children.filter((c) => !((c as ElementNode).attributes?.class === `pair-${other}`));
      });
      return renderSync(root);
    };
    const wrong = langPages().flatMap((p) => misLabelledNotes(ownColumn(p), p.path.slice(1, 3)).map((label) => `${p.path}: ${label}`));
    expect(wrong).toEqual([]);
  });

  it("would notice an editor's note labelled in Japanese on an English page", () => {
    expect(misLabelledNotes('<div class="note" role="note"><span class="note-label">編集注</span>', 'en')).toEqual(['編集注']);
    expect(misLabelledNotes('<span class="note-label" lang="ja">編集注</span>', 'en')).toEqual(['編集注']);
    expect(misLabelledNotes('<span class="note-label" lang="en">Editor&#39;s note</span>', 'en')).toEqual([]);
  });

  it('names the search filters in the language of the page (WCAG 3.1.2)', () => {
    let named = 0;
    const wrong = langPages().flatMap((p) => {
      named += [...p.html.matchAll(/data-pagefind-filter="/g)].length;
      return foreignFilterNames(p.html, p.path.slice(1, 3)).map((n) => `${p.path}: ${n}`);
    });
    expect(wrong).toEqual([]);
    expect(named).toBeGreaterThan(100);
  });

  it('would notice an English filter name on a Japanese page', () => {
    expect(foreignFilterNames('<span hidden data-pagefind-filter="bureau:観光交流文化局"></span>', 'ja')).toEqual(['bureau']);
    expect(foreignFilterNames('<span hidden data-pagefind-filter="担当部局:観光交流文化局"></span>', 'ja')).toEqual([]);
    expect(foreignFilterNames('<span hidden data-pagefind-filter="担当部局:x"></span>', 'en')).toEqual(['担当部局']);
  });

  it('links every page to the accessibility statement in its language', () => {
    const missing = pages()
      .filter((p) => !/http-equiv="refresh"/.test(p.html))
      .filter((p) => {
        const lang = /^\/(ja|en)\//.exec(p.path)?.[1];
        return lang
          ? !p.hrefs.includes(`/${lang}/accessibility/`)
          : !p.hrefs.includes('/ja/accessibility/') || !p.hrefs.includes('/en/accessibility/');
      })
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('publishes the results of all 38 success criteria in both languages', () => {
    for (const lang of ['ja', 'en']) {
      const html = page(`/${lang}/accessibility/`).html;
      expect([...html.matchAll(/<tr id="sc-\d+-\d+-\d+"/g)]).toHaveLength(38);
    }
  });
});
