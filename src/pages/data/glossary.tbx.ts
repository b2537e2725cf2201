/** /data/glossary.tbx: the glossary of fixed terms as a TBX v3 (TBX-Core) term base. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toTbx } from '../../lib/translation-exchange';

export const GET: APIRoute = async () => {
  const terms = (await getCollection('glossary')).map((e) => e.data);
  return new Response(toTbx(terms), { headers: { 'content-type': 'application/x-tbx+xml; charset=utf-8' } });
};
