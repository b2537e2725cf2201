/** English pages number chapters and items the English way (src/lib/numbering.ts), in headings and titles. */
import { ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { japaneseNumbering } from '../../src/lib/numbering';
import { decode, pages } from './dist';

type Node = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] };

/** The text pieces of each heading (h1–h6) and of the <title>, each flagged when marked as Japanese. */
export function headingsOf(html: string): { where: string; pieces: { text: string; ja: boolean }[] }[] {
  const out: { where: string; pieces: { text: string; ja: boolean }[] }[] = [];
  const collect = (node: Node, ja: boolean, pieces: { text: string; ja: boolean }[]) => {
    if (node.type === TEXT_NODE) pieces.push({ text: node.value ?? '', ja });
    const inner = node.attributes?.lang ? node.attributes.lang.startsWith('ja') : ja;
    for (const c of node.children ?? []) collect(c, inner, pieces);
  };
  const visit = (node: Node, ja: boolean) => {
    if (node.type === ELEMENT_NODE && ['script', 'style'].includes(node.name!)) return;
    const inner = node.attributes?.lang ? node.attributes.lang.startsWith('ja') : ja;
    if (node.type === ELEMENT_NODE && /^(h[1-6]|title)$/.test(node.name!)) {
      const pieces: { text: string; ja: boolean }[] = [];
      collect(node, inner, pieces);
      out.push({ where: node.name!, pieces });
      return;
    }
    for (const c of node.children ?? []) visit(c, inner);
  };
  visit(parse(html) as Node, false);
  return out;
}

/** "path: <h2> text: what was found" for each English heading or title with Japanese numbering. */
export function numberingProblems(path: string, html: string): string[] {
  return headingsOf(html).flatMap(({ where, pieces }) => {
    const found = japaneseNumbering(pieces);
    const text = decode(pieces.map((p) => p.text).join(''))
      .replace(/\s+/g, ' ')
      .trim();
    return found.length ? [`${path}: <${where}> ${text.slice(0, 80)}: ${found.join(', ')}`] : [];
  });
}

describe('English numbering', () => {
  it('finds Japanese numbering in a heading or title, marked or not (the check can fail)', () => {
    const html =
      '<html lang="en"><head><title>第3章. Basic ideas | Site</title></head><body><h1>Measure <span lang="ja">ア</span> Tourism</h1>' +
      '<h2>① Visitors</h2><h2>The <span lang="ja">第2の開港をリードする</span> strategy</h2><p>Measure ア in a paragraph</p></body></html>';
    expect(numberingProblems('/en/x/', html)).toEqual([
      '/en/x/: <title> 第3章. Basic ideas | Site: 第3章',
      '/en/x/: <h1> Measure ア Tourism: ア',
      '/en/x/: <h2> ① Visitors: ①',
    ]);
  });

  it('is used in every heading and title of the English pages', () => {
    const english = pages().filter((p) => p.path.startsWith('/en/') && !/http-equiv="refresh"/.test(p.html));
    expect(english.length).toBeGreaterThan(300);
    expect(english.flatMap((p) => numberingProblems(p.path, p.html))).toEqual([]);
  });
});
