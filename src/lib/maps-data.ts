/** Which maps the site draws, and the cities on each: the world map of partner cities and one per region. */
import type { City } from '../schemas/city';
import type { Lang } from '../schemas/shared';
import type { Site } from './site';
import { countryShape, drawLand, MAP_HEIGHT, MAP_WIDTH, markSizes, REGION_MAP_WIDTH, type Palette, worldProjection } from './map';
import { fitFrame, pointIn, type Frame } from './map-frame';
import { byRoom, placeLabels, type PlacedLabel } from './map-labels';

/** Cities with a tie to a Japanese municipality, and the municipalities themselves. */
export function partnerCities(site: Site): City[] {
  const municipalities = new Set(site.strategies.map((s) => s.municipality.id));
  return [...site.cities.values()].filter((c) => c.relationships.length > 0 || municipalities.has(c.id));
}

/** Map ID → the cities it shows: "world" and every region with at least one city. */
export function maps(site: Site): Map<string, City[]> {
  const result = new Map<string, City[]>([['world', partnerCities(site)]]);
  for (const [region, cities] of site.citiesByRegion) {
    if (cities.length > 0) result.set(region, cities);
  }
  return result;
}

/** A map ready to draw: its cities, its frame, and the country it is about (ISO code), if any. */
export interface MapSpec {
  id: string;
  cities: City[];
  frame: Frame;
  focus?: string;
}

const lonLat = (c: City): [number, number] => [c.coordinates[1], c.coordinates[0]];

/** The frame of a map: the world as before, a region fitted to its cities and, for a country, its land. */
function frameOf(site: Site, id: string, cities: City[]): { frame: Frame; focus?: string } {
  if (id === 'world') return { frame: { projection: worldProjection(), width: MAP_WIDTH, height: MAP_HEIGHT } };
  const region = site.regions.get(id);
  if (!region) throw new Error(`maps: "${id}" is neither "world" nor a region of content/regions.yaml`);
  const points = cities.map(lonLat);
  const iso = region.isoNumeric;
  const { radius, fontSize } = markSizes(REGION_MAP_WIDTH);
  const frame = fitFrame({
    points,
    shapes: iso ? [countryShape(id, iso, points)] : [],
    width: REGION_MAP_WIDTH,
    // A country shows its neighbours within about 450 km; a world region a wider setting.
    minRadius: region.kind === 'world-region' ? 8 : 4,
    pad: Math.max(radius, fontSize) + 2,
    aspect: [0.5, 1.2],
  });
  return iso ? { frame, focus: iso } : { frame };
}

let specs: { site: Site; byId: Map<string, MapSpec> } | undefined;

/** Every map's spec, computed once per build (the same site object) and shared by all pages. */
export function mapSpecs(site: Site): Map<string, MapSpec> {
  if (specs?.site === site) return specs.byId;
  const byId = new Map<string, MapSpec>();
  for (const [id, cities] of maps(site)) byId.set(id, { id, cities, ...frameOf(site, id, cities) });
  specs = { site, byId };
  return byId;
}

const land = new WeakMap<MapSpec, (palette: Palette) => string>();

/**
 * The base image of a map in a palette (light or dark): land only, the map's country shaded. The
 * land is projected once per map and painted in each palette.
 */
export function mapImage(site: Site, id: string, palette: Palette): string {
  const spec = mapSpecs(site).get(id);
  if (!spec) throw new Error(`maps: no map "${id}"`);
  let paint = land.get(spec);
  if (!paint) {
    // drawLand sets the shared projection's clip extent and precision; both only affect drawing
    // shapes, never where pointIn puts a city.
    paint = drawLand(spec.frame.projection, spec.frame.width, spec.frame.height, spec.focus);
    land.set(spec, paint);
  }
  return paint(palette);
}

/** A city as a map marks it: where, how big, and its label (null when there was no room for it). */
export interface Marker {
  city: City;
  x: number;
  y: number;
  r: number;
  /** A municipality that issued a strategy (drawn in another colour). */
  home: boolean;
  label: PlacedLabel | null;
}

/**
 * The markers of a map in a language: every city of the map, or only `only` (a city page's locator),
 * in the map's order, labelled where there is room (src/lib/map-labels.ts).
 * Throws if a city falls outside its frame, which the fitting should never allow.
 */
export function markersOf(site: Site, id: string, lang: Lang, only?: string): { spec: MapSpec; markers: Marker[]; fontSize: number } {
  const spec = mapSpecs(site).get(id);
  if (!spec) throw new Error(`maps: no map "${id}"`);
  const homeIds = new Set(site.strategies.map((s) => s.municipality.id));
  const shown = only ? spec.cities.filter((c) => c.id === only) : spec.cities;
  const { radius, fontSize } = markSizes(spec.frame.width);
  const placed = shown.map((city) => {
    const p = pointIn(spec.frame, lonLat(city));
    if (!p) throw new Error(`maps: ${city.id} falls outside the frame of the map "${id}"`);
    return { city, x: p[0], y: p[1], r: radius, home: homeIds.has(city.id) };
  });
  // The locator's city and the municipalities are labelled first; the rest where they leave room.
  const marks = placed.map((m) => ({ id: m.city.id, x: m.x, y: m.y, r: m.r, label: m.city.name[lang] }));
  const home = marks.filter((m) => homeIds.has(m.id));
  const order = [
    ...home,
    ...byRoom(
      marks.filter((m) => !homeIds.has(m.id)),
      fontSize,
    ),
  ];
  const placedLabels = placeLabels(order, { width: spec.frame.width, height: spec.frame.height, fontSize });
  const labelOf = new Map(order.map((m, i) => [m.id, placedLabels[i] ?? null]));
  return { spec, markers: placed.map((m) => ({ ...m, label: labelOf.get(m.city.id) ?? null })), fontSize };
}
