import { describe, expect, it } from 'vitest';
import { checkMdx } from '../../src/lib/mdx-safety';

const allowed = ['Ja', 'En', 'EditorNote', 'Targets'];
const check = (body: string) => checkMdx('x.mdx', body, 5, allowed);

describe('safe MDX', () => {
  it('accepts Markdown, heading ids, allowed components and escaped brackets', () => {
    expect(
      check('## 見出し {#heading}\n\n本文。<Ja>日本語</Ja>\n\n\\<中華人民共和国 桂林市>\n\n<Targets />\n\n| a | b |\n|---|---|\n| 1 | 2 |'),
    ).toEqual([]);
  });
  it.each([
    ['import X from "./x.astro";', 'import and export'],
    ['export const a = 1;', 'import and export'],
    ['<script>alert(1)</script>', '<script> is not allowed'],
    ['<style>p{}</style>', '<style> is not allowed'],
    ['<iframe src="https://example.com"></iframe>', '<iframe> is not allowed'],
    ['<Ja onClick="x()">x</Ja>', 'event attributes'],
    ['[x](javascript:alert(1))', 'javascript: links'],
    ['<Chart data="x" />', '<Chart> is not a component'],
    ['<div>x</div>', 'raw HTML <div>'],
    ['合計は {1 + 1} です', 'curly braces'],
    ['<Ja title={x}>x</Ja>', 'curly braces'],
  ])('refuses %s, naming the line and what to do', (line, message) => {
    const [p] = check(`本文\n${line}`);
    expect(p?.message).toContain(message);
    expect(p?.file).toBe('x.mdx:6');
    expect(p?.fix.length).toBeGreaterThan(10);
  });

  describe('in a Markdown (.md) file', () => {
    const md = (body: string) => checkMdx('x.md', body, 5, allowed);
    it('accepts components that open and close on one line with text attributes, and braces as text', () => {
      expect(
        md(
          '## 目指す姿 {#targets}\n\n<Targets />\n\nText <Ja>日本語</Ja> and <Ja>二つ目</Ja>.\n\n<EditorNote>A note with <Ja>語</Ja>.</EditorNote>\n\n合計 {1 + 1} 件',
        ),
      ).toEqual([]);
      expect(checkMdx('x.md', '<MeasureIndex pillar="global-talent" />', 5, ['MeasureIndex'])).toEqual([]);
    });
    it.each([
      ['<EditorNote>', 'does not close on its line'],
      ['<Ja>日本語', 'does not close on its line'],
      ['<Targets kind={x} />', 'takes only text attributes'],
      ["<Targets kind='x' />", 'takes only text attributes'],
      ['<Targets kind="a>b" />', 'takes only text attributes'],
      ['<script>alert(1)</script>', '<script> is not allowed'],
      ['<div>x</div>', 'raw HTML <div>'],
      ['<Chart />', '<Chart> is not a component'],
    ])('refuses %s, naming the line and the fix', (line, message) => {
      const problems = md(`本文\n${line}`);
      expect(problems.filter((p) => p.message.includes(message)).map((p) => p.file)).toEqual(['x.md:6']);
    });
    it('tells how to go further: rename to .mdx', () => {
      expect(md('<EditorNote>')[0]?.fix).toContain('rename the file to .mdx');
    });
  });
});
