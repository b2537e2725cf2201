/**
 * The world map of partner ties (home page): every tie a strategy states, as a mark at the partner
 * city, shaped and coloured by the municipality, so a reader tells them apart without colour. Drawn
 * over the world base image (/maps/world.svg) in its frame (mapSpecs in maps-data.ts); a city tied
 * to several municipalities gets one mark for each, set side by side.
 */
import type { City, Relationship } from '../schemas/city';
import type { Site } from './site';
import { pointIn, type Frame } from './map-frame';

/** The marks, in the municipalities' order; CSS classes .tie-0 … .tie-4 colour them. */
export const TIE_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down'] as const;
export type TieShape = (typeof TIE_SHAPES)[number];

export interface Tie {
  city: City;
  municipality: City;
  relationship: Relationship;
}

/** A municipality with a strategy on the site, with its ties in its strategies' order. */
export interface TieGroup {
  municipality: City;
  shape: TieShape;
  /** Its index among the municipalities, for the colour class. */
  index: number;
  ties: Tie[];
}

/**
 * The municipalities that issued the site's strategies, each with the ties its strategies state
 * (relationships whose source is one of its strategies), cities in name order.
 */
export function tieGroups(site: Site): TieGroup[] {
  const municipalities = [...new Map(site.strategies.map((s) => [s.municipality.id, s.municipality])).values()];
  if (municipalities.length > TIE_SHAPES.length) {
    throw new Error(
      `the world map of ties has ${TIE_SHAPES.length} marks but the site has ${municipalities.length} municipalities: add a shape to TIE_SHAPES in src/lib/world-map.ts and a colour in global.css (.tie-N)`,
    );
  }
  const strategyIds = new Set(site.strategies.map((s) => s.data.id));
  return municipalities.map((municipality, index) => ({
    municipality,
    shape: TIE_SHAPES[index]!,
    index,
    ties: [...site.cities.values()]
      .flatMap((city) =>
        city.relationships
          .filter((r) => r.with === municipality.id && strategyIds.has(r.source))
          .map((relationship) => ({ city, municipality, relationship })),
      )
      .sort((a, b) => a.city.id.localeCompare(b.city.id)),
  }));
}

export interface TieMark {
  city: City;
  group: TieGroup;
  /** Ties of this municipality with this city (a city may have several, e.g. a port and the city). */
  ties: Tie[];
  x: number;
  y: number;
}

/** One mark per city and municipality in `frame`; marks sharing a city are spread apart by `gap` units. */
export function tieMarks(groups: TieGroup[], frame: Frame, gap = 11): TieMark[] {
  const byCity = new Map<string, { city: City; group: TieGroup; ties: Tie[] }[]>();
  for (const group of groups) {
    for (const tie of group.ties) {
      const list = byCity.get(tie.city.id) ?? [];
      const own = list.find((e) => e.group === group);
      if (own) own.ties.push(tie);
      else list.push({ city: tie.city, group, ties: [tie] });
      byCity.set(tie.city.id, list);
    }
  }
  return [...byCity.values()].flatMap((list) => {
    const { coordinates } = list[0]!.city;
    const p = pointIn(frame, [coordinates[1], coordinates[0]]);
    // The world frame holds the whole sphere: a city outside it has wrong coordinates (as markersOf).
    if (!p) throw new Error(`world map: ${list[0]!.city.id} falls outside the frame (coordinates ${coordinates.join(', ')})`);
    return list.map((e, i) => ({ ...e, x: round(p[0] + (i - (list.length - 1) / 2) * gap), y: p[1] }));
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The SVG path of a mark of `shape`, centred on (x, y), radius r. */
export function markPath(shape: TieShape, x: number, y: number, r: number): string {
  const pts = (list: [number, number][]) => `M${list.map(([a, b]) => `${round(x + a)} ${round(y + b)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${round(x - r)} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square':
      return pts([
        [-r * 0.85, -r * 0.85],
        [r * 0.85, -r * 0.85],
        [r * 0.85, r * 0.85],
        [-r * 0.85, r * 0.85],
      ]);
    case 'triangle':
      return pts([
        [0, -r * 1.1],
        [r, r * 0.8],
        [-r, r * 0.8],
      ]);
    case 'diamond':
      return pts([
        [0, -r * 1.15],
        [r * 1.15, 0],
        [0, r * 1.15],
        [-r * 1.15, 0],
      ]);
    case 'triangle-down':
      return pts([
        [0, r * 1.1],
        [r, -r * 0.8],
        [-r, -r * 0.8],
      ]);
  }
}
