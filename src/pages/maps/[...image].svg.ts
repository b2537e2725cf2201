/**
 * The base images of the maps, land only, drawn at build time: /maps/<id>.svg in light colours and
 * /maps/dark/<id>.svg in dark ones, which a <picture> shows when the reader's system is in dark mode,
 * as the page's own colours follow it (paths.mapImage).
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site';
import { mapImage, maps } from '../../lib/maps-data';
import { type ColourScheme, PALETTES } from '../../lib/map';
import { paths } from '../../lib/routes';

export async function getStaticPaths() {
  const site = await getSite();
  return [...maps(site).keys()].flatMap((map) =>
    (Object.keys(PALETTES) as ColourScheme[]).map((scheme) => ({
      // The path after /maps/ without .svg: "<id>" or "dark/<id>".
      params: { image: paths.mapImage(map, scheme).slice('/maps/'.length, -'.svg'.length) },
      props: { map, scheme },
    })),
  );
}

export const GET: APIRoute<{ map: string; scheme: ColourScheme }> = async ({ props }) => {
  const svg = mapImage(await getSite(), props.map, PALETTES[props.scheme]);
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
