/**
 * The frame of a regional map: a projection centred on the places shown and fitted to them and to
 * the shapes that must be seen whole, with a height that follows their shape. Pure (d3-geo only), so
 * the fitting is unit-tested apart from the world data.
 */
import { geoAzimuthalEqualArea, geoBounds, geoCircle, geoPath, type GeoProjection } from 'd3-geo';

/** A map's projection and the size of its drawing, in SVG user units. */
export interface Frame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** What a frame must show. Points are [longitude, latitude] in degrees. */
export interface FrameInput {
  /** The places marked on the map: each falls inside the frame, at least `pad` from its edge. */
  points: [number, number][];
  /** Shapes seen whole (a country's main land), for context around its cities. */
  shapes?: GeoJSON.Geometry[];
  /** The drawing's width in user units. */
  width: number;
  /** The smallest radius, in degrees of arc around the centre, that the frame takes in: a single city still shows its neighbours. */
  minRadius: number;
  /** Room left inside each edge, in user units, for markers and labels. */
  pad: number;
  /** The smallest and largest height ÷ width: a long, thin region neither becomes a strip nor a tower. */
  aspect: [number, number];
}

/** The middle of a geographic bounding box, across the antimeridian when it straddles it. */
export function boundsCentre([[west, south], [east, north]]: [[number, number], [number, number]]): [number, number] {
  // d3's geoBounds gives west > east for a box that crosses the antimeridian (Fiji, the Pacific).
  const span = east >= west ? east - west : east + 360 - west;
  let lon = west + span / 2;
  if (lon > 180) lon -= 360;
  return [lon, (south + north) / 2];
}

/** Everything the frame must contain, as one geometry. */
function extentOf(input: FrameInput, centre: [number, number]): GeoJSON.GeometryCollection {
  const context = geoCircle().center(centre).radius(input.minRadius)();
  return {
    type: 'GeometryCollection',
    geometries: [{ type: 'MultiPoint', coordinates: input.points }, ...(input.shapes ?? []), context],
  };
}

/**
 * Fits an equal-area azimuthal projection, centred on the places and shapes, to them with padding.
 * Centring on the region keeps it undistorted and whole wherever it lies (an Equal Earth map of the
 * Pacific would cut it at the antimeridian).
 */
export function fitFrame(input: FrameInput): Frame {
  if (input.points.length === 0 && !input.shapes?.length) throw new Error('fitFrame: a map needs at least one place or shape to frame');
  const all: GeoJSON.GeometryCollection = {
    type: 'GeometryCollection',
    geometries: [{ type: 'MultiPoint', coordinates: input.points }, ...(input.shapes ?? [])],
  };
  const centre = boundsCentre(geoBounds(all) as [[number, number], [number, number]]);
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(90);
  const extent = extentOf(input, centre);
  const [[x0, y0], [x1, y1]] = geoPath(projection.fitSize([1000, 1000], extent)).bounds(extent);
  const [low, high] = input.aspect;
  const aspect = Math.min(high, Math.max(low, (y1 - y0) / (x1 - x0)));
  const { width, pad } = input;
  const height = Math.round(width * aspect);
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    extent,
  );
  return { projection, width, height };
}

/** Where a [longitude, latitude] point falls in a frame, rounded to 0.1 unit, or null outside it. */
export function pointIn(frame: Frame, lonLat: [number, number]): [number, number] | null {
  const p = frame.projection(lonLat);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > frame.width || p[1] > frame.height) return null;
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}
