// Serves the built site (dist/) on localhost with the headers a static host would send (public/_headers), and prints its URL.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { headersFor, readHeaders } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
/** Longer request targets are refused (414), as most hosts do; the site's longest URL is under 200 bytes. */
const MAX_TARGET = 2048;
/** Files a host reads as configuration and never serves. */
const PRIVATE = new Set(['_headers', '_redirects']);

/** Rewrites a file as it is served (the tests use it to stand in for a new build of the site, or a slow one). */
export type Transform = (path: string, body: Buffer) => Buffer | Promise<Buffer>;

/**
 * The path segments a request target names, decoded; or the status to refuse it with. Each segment is
 * decoded on its own, so an encoded slash or backslash (`..%2f`, `%5c`) can never become a
 * separator, and a segment that is `.` or `..`, or holds a NUL or other control character, is refused.
 */
export function requestSegments(target: string): { segments: string[]; slash: boolean } | { status: 400 | 404 | 414 } {
  if (target.length > MAX_TARGET) return { status: 414 };
  const raw = target.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) return { status: 400 };
  const parts = raw.slice(1).split('/');
  const slash = parts.at(-1) === '';
  if (slash) parts.pop();
  const segments: string[] = [];
  for (const part of parts) {
    let s: string;
    try {
      s = decodeURIComponent(part);
    } catch {
      return { status: 400 };
    }
    if (s === '' || s === '.' || s === '..' || /[/\\\u0000-\u001f\u007f]/.test(s)) return { status: 400 };
    if (s.startsWith('.')) return { status: 404 };
    segments.push(s);
  }
  if (segments.length === 1 && PRIVATE.has(segments[0]!)) return { status: 404 };
  return { segments, slash };
}

/** True if `file` is `base` or inside it (compared by whole path segments: `dist-private` is not inside `dist`). */
function inside(base: string, file: string): boolean {
  const rel = relative(base, file);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Starts a static server over `root`; port 0 picks a free port. Resolves once it listens. */
export async function serve(root: string, port = 0, host = '127.0.0.1', transform?: Transform): Promise<{ server: Server; url: string }> {
  const base = await realpath(resolve(root));
  const rules = readHeaders();
  const send = (res: ServerResponse, status: number, path: string, headers: Record<string, string>, body?: Buffer, head = false) => {
    res.writeHead(status, {
      'cache-control': 'no-cache',
      ...headersFor(rules, path),
      ...headers,
      'content-length': String(body?.length ?? 0),
    });
    res.end(head ? undefined : body);
  };

  const server = createServer(async (req, res) => {
    try {
      const head = req.method === 'HEAD';
      if (req.method !== 'GET' && !head) {
        send(res, 405, '/', { allow: 'GET, HEAD' });
        return;
      }
      const parsed = requestSegments(req.url ?? '');
      const notFound = async () => {
        const page = await readFile(join(base, '404.html')).catch(() => undefined);
        send(res, 404, '/404.html', { 'content-type': 'text/html; charset=utf-8' }, page ?? Buffer.from('Not found'), head);
      };
      if ('status' in parsed) {
        if (parsed.status === 404) await notFound();
        else send(res, parsed.status, '/', {}, undefined, head);
        return;
      }
      let file = join(base, ...parsed.segments);
      let info = await stat(file).catch(() => undefined);
      // Symbolic links are followed only within the folder.
      if (info && !inside(base, await realpath(file))) info = undefined;
      if (!info || !inside(base, file)) {
        await notFound();
        return;
      }
      // The URL path of what is served, built from the file found, never from the request as written.
      const own = `/${relative(base, file).split(sep).filter(Boolean).map(encodeURIComponent).join('/')}`;
      if (info.isDirectory()) {
        if (!parsed.slash) {
          send(res, 301, own, { location: own === '/' ? '/' : `${own}/` }, undefined, head);
          return;
        }
        file = join(file, 'index.html');
      } else if (parsed.slash) {
        await notFound();
        return;
      }
      const path = info.isDirectory() ? (own === '/' ? '/' : `${own}/`) : own;
      const read = await readFile(file).catch(() => undefined);
      if (!read) {
        await notFound();
        return;
      }
      const body = transform ? await transform(decodeURIComponent(path), read) : read;
      send(res, 200, path, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' }, body, head);
    } catch {
      // No error text: it would tell a stranger about the machine.
      if (!res.headersSent) res.writeHead(500, { 'content-length': '0' });
      res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actual}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const root = process.env.SITE_OUT_DIR ?? 'dist';
  const { url } = await serve(root, port);
  console.log(`Serving ${root}/ at ${url} (Japanese: ${url}ja/, English: ${url}en/). Press Ctrl+C to stop.`);
}
