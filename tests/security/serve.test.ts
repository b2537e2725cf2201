/**
 * The static server behind `npm start` and `npm run serve` (scripts/serve.ts), attacked over a raw
 * socket on loopback: it is spawned as `npm run serve` runs it, over a temporary dist/ that has a
 * sibling folder dist-private/, a sibling file distkey.txt and a symbolic link pointing out. The same
 * attacks run against the server as it was before (tests/fixtures/naive-serve/), to show that each
 * test fails without the defence it checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve('tests/.tmp/serve-attack');
const DIST = join(ROOT, 'dist');
const SECRET = 'TOP-SECRET-4f1c';

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request written byte for byte (no client library normalises the target). */
function raw(port: number, method: string, target: string): Promise<Reply> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    const done = () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [status = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const at = l.indexOf(':');
        headers[l.slice(0, at).toLowerCase()] = l.slice(at + 1).trim();
      }
      ok({ status: Number(status.split(' ')[1] ?? 0) || 0, headers, body: rest.join('\r\n\r\n') });
    };
    socket.on('end', done);
    // A server may reset a connection whose request is too large: status 0, nothing served.
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? done() : fail(e)));
    socket.write(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${method === 'POST' ? 'Content-Length: 0\r\n' : ''}\r\n`,
      'latin1',
    );
  });
}

async function spawnServer(script: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, SITE_OUT_DIR: DIST, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) ok(Number(m[1]));
    });
    child.on('exit', (code) => fail(new Error(`${script} exited with ${code}`)));
  });
  return { child, port };
}

const TRAVERSALS = [
  '/..%2fdist-private%2fsecret.txt',
  '/..%2fdistkey.txt',
  '/..%2Fdist-private/secret.txt',
  '/%2e%2e%2fdist-private%2fsecret.txt',
  '/%2e%2e/dist-private/secret.txt',
  '/../dist-private/secret.txt',
  '/ja/../../dist-private/secret.txt',
  '/..%5cdist-private%5csecret.txt',
  '/ja\\..\\..\\dist-private\\secret.txt',
  '/%252e%252e%252fdist-private%252fsecret.txt',
  '//..%2fdist-private/secret.txt',
  '/out/secret.txt',
];

beforeAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
  for (const d of ['dist/ja', 'dist/_astro', 'dist/data', 'dist-private']) mkdirSync(join(ROOT, d), { recursive: true });
  writeFileSync(join(DIST, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(DIST, 'ja/index.html'), '<!doctype html><title>ja</title>');
  writeFileSync(join(DIST, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(DIST, 'data/table.csv'), 'id,name\n1,静岡\n');
  writeFileSync(join(DIST, 'data/blob.bin'), 'binary');
  writeFileSync(join(DIST, '_astro/app.abc123.js'), 'export {};');
  writeFileSync(join(DIST, 'sw.js'), '// worker');
  writeFileSync(join(DIST, '.env'), SECRET);
  writeFileSync(join(ROOT, 'dist-private/secret.txt'), SECRET);
  writeFileSync(join(ROOT, 'distkey.txt'), SECRET);
  symlinkSync(join(ROOT, 'dist-private'), join(DIST, 'out'));
});

describe.each([
  ['scripts/serve.ts', true],
  ['tests/fixtures/naive-serve/serve.ts', false],
])('%s', (script, safe) => {
  let server: { child: ChildProcess; port: number };
  const get = (target: string, method = 'GET') => raw(server.port, method, target);
  beforeAll(async () => {
    server = await spawnServer(script);
  });
  afterAll(() => {
    server?.child.kill();
  });

  /** Runs a check; against the naive server, the check must fail. */
  const defended = (name: string, check: () => Promise<void>) =>
    it(safe ? name : `would fail without the defence: ${name}`, async () => {
      if (safe) await check();
      else await expect(check()).rejects.toThrow();
    });

  defended('never serves a file outside its folder (encoded traversal, siblings, backslashes, symbolic links)', async () => {
    for (const t of TRAVERSALS) {
      const r = await get(t);
      expect(r.body, t).not.toContain(SECRET);
      expect([400, 404], t).toContain(r.status);
    }
  });

  defended('redirects only to a path of its own, built from the folder it found', async () => {
    for (const t of [
      '/%2F%2Fevil.example%2F..%2Fja',
      '//evil.example/..//ja',
      '/%5C%5Cevil.example%5C..%5Cja',
      '/\\\\evil.example/../ja',
    ]) {
      const r = await get(t);
      if (r.headers.location !== undefined) expect(r.headers.location, t).toMatch(/^\/(?![/\\])/);
      expect(r.headers.location ?? '', t).not.toContain('evil');
    }
    const r = await get('/%6a%61');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/ja/');
  });

  defended('answers a malformed escape with 400 and no error text', async () => {
    for (const t of ['/%', '/%zz', '/%E0%A4%A', '/ja/%C0%AF']) {
      const r = await get(t);
      expect(r.status, t).toBe(400);
      expect(r.body, t).toBe('');
    }
  });

  defended('refuses NUL bytes and other control characters, encoded or not', async () => {
    for (const t of ['/ja%00/', '/index.html%00.txt', '/%0d%0aSet-Cookie:x=1', '/ja/\u0000']) {
      const r = await get(t);
      expect(r.status, JSON.stringify(t)).toBe(400);
      expect(r.headers['set-cookie']).toBeUndefined();
    }
  });

  defended('refuses very long paths without error text, and keeps serving', async () => {
    for (const n of [3_000, 10_000, 70_000]) {
      const r = await get(`/${'a/'.repeat(n / 2)}`);
      expect([414, 431, 400, 0], String(n)).toContain(r.status);
      expect(r.body).not.toMatch(/error|ENAMETOOLONG/i);
    }
    expect((await get('/ja/')).status).toBe(200);
  });

  defended('answers methods other than GET and HEAD with 405 and Allow', async () => {
    for (const m of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
      const r = await get('/ja/', m);
      expect(r.status, m).toBe(405);
      expect(r.headers.allow, m).toBe('GET, HEAD');
    }
    const head = await get('/ja/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  defended('sends the right types, with nosniff', async () => {
    const csv = await get('/data/table.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['x-content-type-options']).toBe('nosniff');
    const bin = await get('/data/blob.bin');
    expect(bin.headers['content-type']).toBe('application/octet-stream');
    expect(bin.headers['x-content-type-options']).toBe('nosniff');
  });

  defended('does not serve hidden files or the host configuration', async () => {
    for (const t of ['/.env', '/%2eenv', '/_headers']) {
      const r = await get(t);
      expect(r.status, t).toBe(404);
      expect(r.body, t).not.toContain(SECRET);
    }
  });

  if (safe)
    it('still serves the site: pages, a directory redirect, the 404 page, cache rules', async () => {
      expect((await get('/')).status).toBe(200);
      expect((await get('/ja/')).body).toContain('<title>ja</title>');
      expect(await get('/ja')).toMatchObject({ status: 301, headers: { location: '/ja/' } });
      expect(await get('/nowhere/')).toMatchObject({ status: 404, body: expect.stringContaining('not found') });
      expect((await get('/_astro/app.abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
      expect((await get('/ja/')).headers['cache-control']).toBe('no-cache');
      expect((await get('/ja/?q=%E6%B8%85')).status).toBe(200);
    });
});
