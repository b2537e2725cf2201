/**
 * Data in a <script type="application/json"> (the moved-anchors map of content/redirects.yaml) is
 * written by jsonForScript. Each payload below, from the classes of the OWASP XSS filter evasion
 * cheat sheet (case, whitespace, encodings, nested contexts, control characters), is put in a page
 * both ways and the page parsed as a browser parses it: with jsonForScript the data stays one
 * inert JSON element that reads back unchanged; with plain JSON.stringify the breaking payloads
 * escape it (so the test can fail).
 */
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { jsonForScript } from '../../src/lib/json-script';
import { scanPage } from './page-scan';

type Node = DefaultTreeAdapterMap['node'];

/** Payloads that end the element (or swallow the page) when written without escaping. */
const BREAKING: Record<string, string> = {
  'a closing tag': '</script><script>alert(1)</script>',
  'mixed case': '</ScRiPt><sCrIpT>alert(1)</sCrIpT>',
  'upper case': '</SCRIPT><SCRIPT>alert(1)</SCRIPT>',
  'a space before >': '</script ><script>alert(1)</script >',
  'a tab': '</script\t><script>alert(1)</script>',
  'a newline': '</script\n><script>alert(1)</script>',
  'a form feed': '</script\f><script>alert(1)</script>',
  'a slash': '</script/x><script>alert(1)</script>',
  'an attribute on the end tag': '</script foo="bar"><img src=x onerror=alert(1)>',
  'an img with onerror': '</script><img src=x onerror=alert(1)>',
  'an svg with onload': '</script><svg/onload=alert(1)>',
  'a comment opening a nested script (double-escaped state)': '<!--<script>',
  'a NUL before the tag': '\u0000</script><script>alert(1)</script>',
  'a closing tag in a key': '</script><iframe src=javascript:alert(1)>',
};

/** Payloads that are harmless either way, but must read back unchanged. */
const INERT: Record<string, string> = {
  'HTML entities': '&lt;/script&gt;&#60;script&#62;alert(1)',
  'a JSON escape as text': '\\u003c/script\\u003e',
  'percent-encoding': '%3C%2Fscript%3E%3Cscript%3Ealert(1)',
  'full-width brackets': '＜/script＞＜script＞alert(1)',
  'UTF-7': '+ADw-/script+AD4-+ADw-script+AD4-alert(1)',
  'line and paragraph separators': 'a\u2028b\u2029c',
  'a javascript: URL': 'javascript:alert(1)',
  'a comment close': '-->',
  ampersands: 'R&D &amp; &#x3C;',
  'a lone surrogate': '\ud800',
};

function page(json: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><script type="application/json" id="data">${json}</script></head><body><p id="after">after</p></body></html>`;
}

function elements(n: Node, out: DefaultTreeAdapterMap['element'][] = []): DefaultTreeAdapterMap['element'][] {
  if ('tagName' in n) out.push(n);
  if ('childNodes' in n) for (const c of n.childNodes) elements(c, out);
  return out;
}

/** Null when the page holds the value as one inert JSON element, otherwise what went wrong. */
function breach(value: unknown, serialise: (v: unknown) => string): string | null {
  const html = page(serialise(value));
  const all = elements(parse(html));
  const scripts = all.filter((e) => e.tagName === 'script');
  if (scripts.length !== 1) return `${scripts.length} script elements`;
  if (all.some((e) => e.tagName !== 'script' && e.attrs.some((a) => a.name.startsWith('on')))) return 'an event handler';
  if (!all.some((e) => e.attrs.some((a) => a.name === 'id' && a.value === 'after'))) return 'the rest of the page was swallowed';
  const text = scripts[0]!.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
  try {
    if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(value)) return 'the data changed';
  } catch {
    return 'not JSON any more';
  }
  const problems = scanPage(html).problems;
  return problems.length ? problems.join('; ') : null;
}

const asValue = (name: string, p: string) => (name.includes('key') ? { [p]: '/ja/' } : { aim: `/ja/x/${p}/#purpose`, p });

describe('jsonForScript', () => {
  for (const [name, p] of Object.entries({ ...BREAKING, ...INERT }))
    it(`keeps ${name} inert and unchanged`, () => {
      expect(breach(asValue(name, p), jsonForScript)).toBeNull();
    });

  for (const [name, p] of Object.entries(BREAKING))
    it(`is needed: without it, ${name} breaks out`, () => {
      expect(breach(asValue(name, p), (v) => JSON.stringify(v))).not.toBeNull();
    });

  it('writes no <, >, &, U+2028 or U+2029 at all', () => {
    const out = jsonForScript({ a: '<>&\u2028\u2029' });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
  });

  it('refuses a value that is not JSON', () => {
    expect(() => jsonForScript(undefined)).toThrow();
  });
});
