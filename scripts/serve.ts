// Serves the built site (dist/) on localhost with the headers a static host would send, and prints its URL.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Rewrites a file as it is served (the tests use it to stand in for a new build of the site). */
export type Transform = (path: string, body: Buffer) => Buffer;

/** Starts a static server over `root`; port 0 picks a free port. Resolves once it listens. */
export async function serve(root: string, port = 0, host = '127.0.0.1', transform?: Transform): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      const read = await readFile(file).catch(() => null);
      const body = read && transform ? transform(path, read) : read;
      if (!body) {
        const notFound = await readFile(join(base, '404.html')).catch(() => null);
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound ?? 'Not found');
        return;
      }
      // Only Astro's content-hashed assets may be cached forever; everything else revalidates.
      const hashed = path.startsWith('/_astro/');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://${host}:${actual}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve(process.env.SITE_OUT_DIR ?? 'dist', port);
  console.log(`Serving dist/ at ${url} (Japanese: ${url}ja/, English: ${url}en/). Press Ctrl+C to stop.`);
}
