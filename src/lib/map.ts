/**
 * Static maps drawn at build time with d3-geo from Natural Earth data (world-atlas, 1:110m): no
 * tiles, no script, no request to another site. A map is a base image (/maps/<id>.svg, land only,
 * cached across pages; /maps/dark/<id>.svg in dark colours) under an inline SVG of city markers drawn
 * with the same projection. Regional frames are fitted in map-frame.ts, labels placed in map-labels.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoContains, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

let land: GeoJSON.FeatureCollection | undefined;
function world(): GeoJSON.FeatureCollection {
  if (!land) {
    const require = createRequire(import.meta.url);
    const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
      countries: GeometryCollection;
    }>;
    land = feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection;
  }
  return land;
}

/** The world map's projection: the whole sphere within a margin (regional frames: map-frame.ts). */
export function worldProjection(): GeoProjection {
  const pad = 24;
  return geoEqualEarth().fitExtent(
    [
      [pad, pad],
      [MAP_WIDTH - pad, MAP_HEIGHT - pad],
    ],
    { type: 'Sphere' },
  );
}

/** The colours of a base image: sea, land, the country the map is about, and the borders. */
export interface Palette {
  sea: string;
  land: string;
  focus: string;
  border: string;
}
/** The reader's colour scheme, which picks a base image's palette. */
export type ColourScheme = 'light' | 'dark';
export const PALETTES: Record<ColourScheme, Palette> = {
  light: { sea: '#dfe9f3', land: '#c8ccd2', focus: '#a9b0ba', border: '#ffffff' },
  // Dark: the page's paper is #15161a; the sea a shade lighter, land lighter again, borders dark.
  dark: { sea: '#1a222d', land: '#474d58', focus: '#636c7a', border: '#15161a' },
};

/**
 * Land shapes clipped to a frame, coordinates rounded to keep the file small; the country whose
 * ISO numeric code is `focus` drawn in a darker tone. Clipping drops the land outside the frame.
 * The shapes are projected once; the function returned paints them in a palette (light, dark).
 */
export function drawLand(projection: GeoProjection, width: number, height: number, focus?: string): (palette: Palette) => string {
  const clipped = projection.precision(0.5).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(clipped).digits(1);
  const shapes = (features: GeoJSON.Feature[]) =>
    features
      .map((f) => path(f))
      .filter((d): d is string => Boolean(d))
      .map((d) => `<path d="${d}"/>`)
      .join('');
  const all = world().features;
  const others = shapes(all.filter((f) => focus === undefined || f.id !== focus));
  const own = focus ? shapes(all.filter((f) => f.id === focus)) : '';
  return (palette) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${palette.sea}"/><g fill="${palette.land}" stroke="${palette.border}" stroke-width="0.5">${others}${focus ? `<g fill="${palette.focus}">${own}</g>` : ''}</g></svg>`;
}

/**
 * The narrowest a map is shown, in CSS px: a 390 px phone less the page's margins, with room to
 * spare. Marker and label sizes are set so they stay legible at this width.
 */
export const NARROWEST_DISPLAY = 340;

/** The width of a regional map's drawing, in user units (the world map keeps MAP_WIDTH). */
export const REGION_MAP_WIDTH = 640;

/**
 * Marker radius and label size, in user units, for a drawing `width` units wide: at least 4.5 and
 * 12 CSS px when it is shown NARROWEST_DISPLAY px wide (a marker 9 px across, a label of 12 px).
 */
export function markSizes(width: number): { radius: number; fontSize: number } {
  const perPx = width / NARROWEST_DISPLAY;
  return { radius: Math.ceil(4.5 * perPx * 10) / 10, fontSize: Math.ceil(12 * perPx) };
}

/**
 * A country's land to frame its map with: its largest piece, and every piece holding one of its
 * cities, so that Alaska, Hawaii or French Guiana do not stretch a map of the mainland's cities.
 * Throws when the code is not in the world map's data, naming the field to fix.
 */
export function countryShape(regionId: string, isoNumeric: string, points: [number, number][]): GeoJSON.MultiPolygon {
  const f = world().features.find((x) => x.id === isoNumeric);
  if (!f?.geometry) {
    throw new Error(
      `content/regions.yaml › ${regionId}.isoNumeric: "${isoNumeric}" is not a country of the world map's data (Natural Earth 1:110m)\n` +
        "    Fix: use the country's ISO 3166-1 numeric code (e.g. '250' for France), or leave the field out for a place too small for the map (Singapore, Hong Kong)",
    );
  }
  const g = f.geometry;
  const pieces = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const areas = pieces.map((c) => geoArea({ type: 'Polygon', coordinates: c }));
  const largest = areas.indexOf(Math.max(...areas));
  const kept = pieces.filter((c, i) => i === largest || points.some((p) => geoContains({ type: 'Polygon', coordinates: c }, p)));
  return { type: 'MultiPolygon', coordinates: kept };
}
