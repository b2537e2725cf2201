/**
 * The same base images in dark colours (/maps/dark/<id>.svg), which a <picture> shows when the
 * reader's system is in dark mode, as the page's own colours follow it.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../../lib/site';
import { mapImage, maps } from '../../../lib/maps-data';
import { DARK } from '../../../lib/map';

export async function getStaticPaths() {
  const site = await getSite();
  return [...maps(site).keys()].map((map) => ({ params: { map } }));
}

export const GET: APIRoute = async ({ params }) => {
  const svg = mapImage(await getSite(), String(params.map), DARK);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
