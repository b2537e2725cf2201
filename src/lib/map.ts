/**
 * Static maps drawn at build time with d3-geo from Natural Earth data (world-atlas, 1:110m): no
 * tiles, no script, no request to another site. A map is a base image (/maps/<id>.svg, land only,
 * cached across pages) under an inline SVG of city markers drawn with the same projection.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { City } from '../schemas/city';

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

/**
 * The projection of a map: the whole world for "world", otherwise fitted to the cities shown
 * (with a margin), so the same cities always give the same map.
 */
export function projectionFor(mapId: string, cities: City[]): GeoProjection {
  const projection = geoEqualEarth();
  const pad = 24;
  if (mapId === 'world' || cities.length === 0) {
    return projection.fitExtent(
      [
        [pad, pad],
        [MAP_WIDTH - pad, MAP_HEIGHT - pad],
      ],
      { type: 'Sphere' },
    );
  }
  const points = cities.map((c) => [c.coordinates[1], c.coordinates[0]] as [number, number]);
  // A single city, or cities close together, still get a region around them.
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats), 12);
  const cx = (Math.max(...lons) + Math.min(...lons)) / 2;
  const cy = (Math.max(...lats) + Math.min(...lats)) / 2;
  const box: GeoJSON.MultiPoint = {
    type: 'MultiPoint',
    coordinates: [[cx - span / 2 - 4, cy - span / 2 - 4], [cx + span / 2 + 4, cy + span / 2 + 4], ...points],
  };
  return projection.fitExtent(
    [
      [pad, pad],
      [MAP_WIDTH - pad, MAP_HEIGHT - pad],
    ],
    box,
  );
}

/** The base image: land shapes clipped to the frame, coordinates rounded to keep it small. */
export function baseSvg(projection: GeoProjection): string {
  // Clipping to the frame drops the land outside it, which keeps a regional map small.
  const clipped = projection.precision(0.5).clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  const path = geoPath(clipped).digits(1);
  const shapes = world()
    .features.map((f) => path(f))
    .filter((d): d is string => Boolean(d))
    .map((d) => `<path d="${d}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><rect width="100%" height="100%" fill="#dfe9f3"/><g fill="#c8ccd2" stroke="#ffffff" stroke-width="0.5">${shapes}</g></svg>`;
}

/** Where a city is on the map, or null when it falls outside the frame. */
export function place(projection: GeoProjection, city: City): [number, number] | null {
  const p = projection([city.coordinates[1], city.coordinates[0]]);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > MAP_WIDTH || p[1] > MAP_HEIGHT) return null;
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}
