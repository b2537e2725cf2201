/**
 * The page scanner that tests/build/security.test.ts runs on every built page: one hostile page per
 * kind of injection it must catch (so a clean build proves something), and the policy rules.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspFirst } from '../../src/lib/csp.mjs';
import { parsePolicy, scanPage } from './page-scan';
import { policyProblems } from './policy';

const OWN = 'console.log(1)';
const HASH = `sha256-${createHash('sha256').update(OWN).digest('base64')}`;
const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${HASH}'">`;
const page = (head: string, body: string, csp = CSP) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${csp}${head}</head><body>${body}</body></html>`;
const problems = (html: string) => scanPage(html).problems;

describe('the page scanner', () => {
  it('passes a clean page with the site’s own scripts', () => {
    const clean = page(
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>',
      `<script type="module">${OWN}</script><script type="application/json">{"a":"\\u003c/script\\u003e"}</script><a href="https://example.org/source.pdf">source</a><img src="/maps/x.svg" alt=""><svg><image href="/maps/world.svg"></image></svg><form action="/en/search/"></form>`,
    );
    expect(problems(clean)).toEqual([]);
  });

  const hostile: Record<string, string> = {
    'an inline script not in the policy': '<script>alert(1)</script>',
    'an inline script whose type is upper-case JavaScript': '<script type="TEXT/JAVASCRIPT">alert(1)</script>',
    'a script from another origin': '<script src="https://evil.example/x.js"></script>',
    'a protocol-relative script': '<script src="//evil.example/x.js"></script>',
    'a backslashed protocol-relative script': '<script src="/\\evil.example/x.js"></script>',
    'a same-origin script outside /_astro/ and /pagefind/': '<script src="/uploads/x.js"></script>',
    'a script escaping /_astro/ by dot segments': '<script src="/_astro/../uploads/x.js"></script>',
    'an event handler': '<img src="/a.png" onerror="alert(1)" alt="">',
    'an upper-case event handler': '<a href="/" ONCLICK="alert(1)">x</a>',
    'an event handler on svg': '<svg onload="alert(1)"></svg>',
    'an event handler without quotes': '<p onmouseover=alert(1)>x</p>',
    'an inline style': '<p style="background:url(https://evil.example/)">x</p>',
    'a javascript: link': '<a href="javascript:alert(1)">x</a>',
    'a JavaScript: link in mixed case': '<a href="JaVaScRiPt:alert(1)">x</a>',
    'a javascript: link with leading space and control characters': '<a href=" \u0001javascript:alert(1)">x</a>',
    'a javascript: link split by a tab entity': '<a href="java&#x09;script:alert(1)">x</a>',
    'a javascript: link split by a newline': '<a href="java\nscript:alert(1)">x</a>',
    'a javascript: link in decimal entities': '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    'a javascript: link in hex entities without semicolons':
      '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
    'a data: URL': '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    'a vbscript: URL': '<a href="vbscript:msgbox(1)">x</a>',
    'a javascript: form action': '<form action="javascript:alert(1)"></form>',
    'a javascript: formaction': '<button formaction="javascript:alert(1)">x</button>',
    'a javascript: xlink:href in svg': '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    'an image from another origin': '<img src="https://evil.example/t.png" alt="">',
    'an srcset from another origin': '<img src="/a.png" srcset="/a.png 1x, https://evil.example/t.png 2x" alt="">',
    'a stylesheet from another origin': '<link rel="stylesheet" href="//evil.example/x.css">',
    'an iframe from another origin': '<iframe src="https://evil.example/"></iframe>',
    'a form posting elsewhere': '<form action="https://evil.example/collect"></form>',
    'a <base>': '<base href="https://evil.example/">',
    'a refresh to another origin': '<meta http-equiv="refresh" content="0; url=//evil.example/">',
    'a refresh to a javascript: URL': '<meta http-equiv="refresh" content="0;URL=\'javascript:alert(1)\'">',
    'JSON data that is not JSON': '<script type="application/json">{"a":"</script><script>alert(1)</script>',
    'a script in a template': '<template><script>alert(1)</script></template>',
  };
  for (const [name, body] of Object.entries(hostile))
    it(`finds ${name}`, () => {
      expect(problems(page('', body))).not.toEqual([]);
    });

  it('finds a script, style or JSON data before the policy in <head>, and fixes it once cspFirst moved the policy', () => {
    for (const early of [
      '<script type="module" src="/_astro/a.js"></script>',
      '<script type="application/json">{}</script>',
      '<style>p{}</style>',
      '<link rel="stylesheet" href="/_astro/a.css">',
    ]) {
      const late = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${early}${CSP}</head><body></body></html>`;
      expect(problems(late)).not.toEqual([]);
      expect(problems(cspFirst(late))).toEqual([]);
    }
  });

  it('finds a page with no policy, two policies, or a policy in <body>', () => {
    expect(problems(page('', '', ''))).not.toEqual([]);
    expect(problems(page(CSP, ''))).not.toEqual([]);
    expect(problems(page('', CSP, ''))).not.toEqual([]);
  });
});

describe('cspFirst', () => {
  const late = `<html><head><meta charset="utf-8"><title>t</title>${CSP}</head></html>`;
  it('moves the policy right after <meta charset>, once', () => {
    expect(cspFirst(late)).toBe(`<html><head><meta charset="utf-8">${CSP}<title>t</title></head></html>`);
    expect(cspFirst(cspFirst(late))).toBe(cspFirst(late));
  });
  it('leaves a page without a policy as it is, and refuses one without a charset to follow', () => {
    expect(cspFirst('<html><head></head></html>')).toBe('<html><head></head></html>');
    expect(() => cspFirst(`<html><head>${CSP}</head></html>`)).toThrow(/charset/);
  });
});

describe('the policy rules', () => {
  const strict =
    "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; worker-src 'self'; script-src 'self' 'sha256-x'";
  it('accept the strict policy on a reading page and WebAssembly on a search page', () => {
    expect(policyProblems('/en/', parsePolicy(strict))).toEqual([]);
    expect(policyProblems('/ja/search/', parsePolicy(`${strict} 'wasm-unsafe-eval'`))).toEqual([]);
  });
  it('refuse WebAssembly off the search pages, and its absence on them', () => {
    expect(policyProblems('/en/', parsePolicy(`${strict} 'wasm-unsafe-eval'`))).not.toEqual([]);
    expect(policyProblems('/en/search/', parsePolicy(strict))).not.toEqual([]);
  });
  it('refuse unsafe-inline, unsafe-eval, blob: workers, wildcards and other origins', () => {
    for (const extra of ["'unsafe-inline'", "'unsafe-eval'", 'blob:', '*', 'https://cdn.example', 'https:'])
      expect(policyProblems('/en/', parsePolicy(`${strict} ${extra}`)), extra).not.toEqual([]);
    expect(policyProblems('/en/', parsePolicy(strict.replace("object-src 'none'; ", '')))).not.toEqual([]);
  });
});
