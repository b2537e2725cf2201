/** The base images of the maps (/maps/<id>.svg): land only, drawn at build time. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site';
import { maps } from '../../lib/maps-data';
import { baseSvg, projectionFor } from '../../lib/map';

export async function getStaticPaths() {
  const site = await getSite();
  return [...maps(site).keys()].map((map) => ({ params: { map } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const id = String(params.map);
  const svg = baseSvg(projectionFor(id, maps(site).get(id) ?? []));
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
