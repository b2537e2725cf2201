/**
 * Code is highlighted by Shiki at build time with classes, never style attributes: the strict CSP
 * (no 'unsafe-inline' for styles) would block them. Read with a real HTML parser (ultrahtml).
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { tokenClasses } from '../../src/lib/shiki-classes.mjs';
import { highlight } from '../../src/lib/highlight';
import { page, pages } from './dist';

/** Every element of `html` with its name and attributes. */
function elements(html: string): { name: string; attributes: Record<string, string> }[] {
  const out: { name: string; attributes: Record<string, string> }[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === ELEMENT_NODE) out.push({ name: node.name, attributes: node.attributes });
  });
  return out;
}

describe('code on the site', () => {
  it('no page of the built site has a style attribute', () => {
    const styled = pages().flatMap((p) =>
      elements(p.html)
        .filter((e) => 'style' in e.attributes)
        .map((e) => `${p.path} <${e.name} style="${e.attributes.style}">`),
    );
    expect(styled).toEqual([]);
  });

  it('the guide and the open-data examples are highlighted, token by token, with classes', () => {
    for (const path of ['/en/contribute/', '/ja/contribute/', '/en/data/', '/ja/data/']) {
      const els = elements(page(path).html);
      expect(els.filter((e) => e.name === 'pre' && /\bcode-block\b/.test(e.attributes.class ?? '')).length, path).toBeGreaterThan(0);
      expect(els.filter((e) => /\btok-(keyword|string|function)/.test(e.attributes.class ?? '')).length, path).toBeGreaterThan(5);
    }
  });

  it('the transformer is what removes the style attributes: without it Shiki writes them', async () => {
    const { codeToHtml } = await import('shiki');
    const raw = await codeToHtml('const a = "x";', { lang: 'javascript', theme: 'github-light' });
    expect(elements(raw).some((e) => 'style' in e.attributes)).toBe(true);
    const ours = await highlight('const a = "x";', 'javascript');
    expect(elements(ours).some((e) => 'style' in e.attributes)).toBe(false);
    expect(tokenClasses().name).toBe('token-classes');
  });
});
