/** The base images of the maps (/maps/<id>.svg): land only, drawn at build time, light colours. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site';
import { mapImage, maps } from '../../lib/maps-data';
import { LIGHT } from '../../lib/map';

export async function getStaticPaths() {
  const site = await getSite();
  return [...maps(site).keys()].map((map) => ({ params: { map } }));
}

export const GET: APIRoute = async ({ params }) => {
  const svg = mapImage(await getSite(), String(params.map), LIGHT);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
