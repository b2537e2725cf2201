/**
 * One set of HTTP headers everywhere: public/_headers (Netlify, Cloudflare Pages), the nginx and
 * Caddy configurations in deploy/, and scripts/serve.ts (npm start) send the same security headers
 * and cache rules; and the set is the one SECURITY.md promises.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { headersFor, parseHeaders, readHeaders } from '../../scripts/headers';
import { serve } from '../../scripts/serve';

const rules = readHeaders();
const common = headersFor(rules, '/ja/');
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('public/_headers', () => {
  it('sets the headers a <meta> cannot carry, strictly', () => {
    expect(common['x-content-type-options']).toBe('nosniff');
    expect(common['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(common['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(common['x-frame-options']).toBe('DENY');
    const features = (common['permissions-policy'] ?? '').split(/,\s*/);
    for (const f of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'browsing-topics=()'])
      expect(features).toContain(f);
    expect(
      features.every((f) => f.endsWith('=()')),
      'every feature is denied outright',
    ).toBe(true);
  });

  it('narrows the page policy without loosening it (a second policy can only restrict)', () => {
    expect(common['content-security-policy']).not.toMatch(/unsafe|\*|https?:|blob:|data:|script-src|style-src/);
  });

  it('caches hashed assets for a year and revalidates the service worker', () => {
    expect(headersFor(rules, '/_astro/app.abc.js')['cache-control']).toBe(IMMUTABLE);
    expect(headersFor(rules, '/sw.js')['cache-control']).toBe('no-cache');
    expect(headersFor(rules, '/ja/')['cache-control']).toBeUndefined();
  });

  it('refuses a header set twice for one path (hosts would join the two values)', () => {
    const twice = parseHeaders('/*\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n');
    expect(() => headersFor(twice, '/_astro/x.js')).toThrow(/twice/);
    expect(() => parseHeaders('/*\nCache-Control no-cache\n  oops\n')).toThrow();
  });
});

/** add_header Name "value" always; → [name, value] */
function nginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
  );
}

describe('the nginx and Caddy configurations', () => {
  it('nginx sends the same headers, and the same cache rules', () => {
    expect(nginxHeaders(readFileSync('deploy/nginx/security-headers.conf', 'utf8'))).toEqual(common);
    const site = readFileSync('deploy/nginx/site.conf', 'utf8');
    const location = (name: string) => new RegExp(`location ${name} \\{([^}]*)\\}`).exec(site)?.[1] ?? '';
    for (const [loc, cache] of [
      ['/', 'no-cache'],
      ['/_astro/', IMMUTABLE],
      ['= /sw.js', 'no-cache'],
    ] as const) {
      expect(location(loc), loc).toContain('include /etc/nginx/snippets/security-headers.conf;');
      expect(nginxHeaders(location(loc))['cache-control'], loc).toBe(cache);
    }
  });

  it('Caddy sends the same headers, and the same cache rules', () => {
    const caddy = readFileSync('deploy/Caddyfile', 'utf8');
    const block = /\n\theader \{([^}]*)\}/.exec(caddy)?.[1] ?? '';
    const headers = Object.fromEntries([...block.matchAll(/^\s*([\w-]+)\s+"([^"]*)"$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
    expect(headers).toEqual(common);
    expect(caddy).toContain('@hashed path /_astro/*');
    expect(caddy).toContain(`header @hashed Cache-Control "${IMMUTABLE}"`);
    expect(caddy).toContain('@revalidated not path /_astro/*');
    expect(caddy).toContain('header @revalidated Cache-Control "no-cache"');
  });

  it('SECURITY.md lists every header the host must set', () => {
    const doc = readFileSync('SECURITY.md', 'utf8');
    for (const [name, value] of Object.entries(common)) expect(doc.toLowerCase()).toContain(`${name}: ${value}`.toLowerCase());
  });
});

describe('npm run serve', () => {
  const ROOT = 'tests/.tmp/serve-headers';
  let server: Server;
  let url: string;
  beforeAll(async () => {
    rmSync(ROOT, { recursive: true, force: true });
    mkdirSync(`${ROOT}/ja`, { recursive: true });
    mkdirSync(`${ROOT}/_astro`, { recursive: true });
    writeFileSync(`${ROOT}/ja/index.html`, '<!doctype html>');
    writeFileSync(`${ROOT}/_astro/a.js`, '');
    writeFileSync(`${ROOT}/sw.js`, '');
    ({ server, url } = await serve(ROOT));
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const head = (path: string) =>
    new Promise<Record<string, string | string[] | undefined>>((ok, fail) =>
      request(new URL(path, url), { method: 'HEAD' }, (res) => ok(res.headers))
        .on('error', fail)
        .end(),
    );

  it('sends the headers of public/_headers for a page, an asset, the worker and a missing page', async () => {
    for (const path of ['/ja/', '/_astro/a.js', '/sw.js', '/missing/']) {
      const got = await head(path);
      for (const [name, value] of Object.entries(common)) expect(got[name], `${path} ${name}`).toBe(value);
    }
    expect((await head('/_astro/a.js'))['cache-control']).toBe(IMMUTABLE);
    expect((await head('/sw.js'))['cache-control']).toBe('no-cache');
    expect((await head('/ja/'))['cache-control']).toBe('no-cache');
  });
});
