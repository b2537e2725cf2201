/** robots.txt: everything may be crawled; the sitemap lists every page with its twin. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site ?? 'http://localhost/').href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
