/** /data/translation-memory.tmx: every aligned ja/en block pair of the site, for CAT tools (TMX 1.4b). */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site';
import { alignedPairs, toTmx } from '../../lib/translation-exchange';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(toTmx(alignedPairs(site)), { headers: { 'content-type': 'application/x-tmx+xml; charset=utf-8' } });
};
