/** The open data files: /data/<table>.json and /data/<table>.csv, built from the site's data. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site';
import { openDataTables, toCsv } from '../../lib/open-data';

export async function getStaticPaths() {
  const site = await getSite();
  return openDataTables(site).flatMap((t) => ['json', 'csv'].map((ext) => ({ params: { file: `${t.id}.${ext}` } })));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const [id, ext] = String(params.file).split('.') as [string, string];
  const t = openDataTables(site).find((x) => x.id === id)!;
  if (ext === 'csv') return new Response(toCsv(t), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  return new Response(JSON.stringify(t.rows(), null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
