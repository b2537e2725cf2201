/** /data/glossary.csv: the glossary of fixed terms as CSV (id, ja, en, notes, scope). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { glossaryCsv } from '../../lib/translation-exchange';

export const GET: APIRoute = async () => {
  const terms = (await getCollection('glossary')).map((e) => e.data);
  return new Response(glossaryCsv(terms), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
