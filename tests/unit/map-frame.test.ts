import { describe, expect, it } from 'vitest';
import { geoCircle } from 'd3-geo';
import { boundsCentre, fitFrame, pointIn, type FrameInput } from '../../src/lib/map-frame';

const base = { width: 640, minRadius: 4, pad: 25, aspect: [0.5, 1.2] } satisfies Omit<FrameInput, 'points'>;
const europe: [number, number][] = [
  [2.35, 48.86], // Paris
  [13.4, 52.52], // Berlin
  [12.5, 41.9], // Rome
  [37.62, 55.76], // Moscow
];

/** How many degrees of longitude a frame spans, west edge to east edge, through its middle. */
function lonSpan(frame: ReturnType<typeof fitFrame>): number {
  const west = frame.projection.invert!([0, frame.height / 2])!;
  const east = frame.projection.invert!([frame.width, frame.height / 2])!;
  return (((east[0] - west[0]) % 360) + 360) % 360;
}

describe('fitting a map frame to its places', () => {
  it('keeps every place inside the frame, at least the padding from each edge', () => {
    const frame = fitFrame({ ...base, points: europe });
    for (const p of europe) {
      const at = pointIn(frame, p)!;
      expect(at).not.toBeNull();
      expect(at[0]).toBeGreaterThanOrEqual(base.pad - 0.1);
      expect(at[1]).toBeGreaterThanOrEqual(base.pad - 0.1);
      expect(at[0]).toBeLessThanOrEqual(frame.width - base.pad + 0.1);
      expect(at[1]).toBeLessThanOrEqual(frame.height - base.pad + 0.1);
    }
  });

  it('frames European cities without Africa or Siberia: the Sahara and Novosibirsk fall outside', () => {
    const frame = fitFrame({ ...base, points: europe });
    expect(pointIn(frame, [10, 25])).toBeNull(); // the Sahara
    expect(pointIn(frame, [82.9, 55.0])).toBeNull(); // Novosibirsk
  });

  it('gives a wide region a wide frame and a tall one a tall frame, within the aspect limits', () => {
    const wide = fitFrame({
      ...base,
      points: [
        [0, 50],
        [60, 50],
      ],
    });
    const tall = fitFrame({
      ...base,
      points: [
        [105, 10],
        [106, 22],
      ],
    });
    expect(wide.height / wide.width).toBeLessThan(0.75);
    expect(tall.height / tall.width).toBeGreaterThan(1);
    for (const f of [wide, tall]) {
      expect(f.height / f.width).toBeGreaterThanOrEqual(0.5 - 0.01);
      expect(f.height / f.width).toBeLessThanOrEqual(1.2 + 0.01);
    }
  });

  it('frames places across the antimeridian narrowly, centred on it, not around the world', () => {
    const pacific: [number, number][] = [
      [178.4, -18.1], // Suva
      [-171.8, -13.8], // Apia
    ];
    expect(
      boundsCentre([
        [178.4, -18.1],
        [-171.8, -13.8],
      ])[0],
    ).toBeCloseTo(-176.7, 1);
    const frame = fitFrame({ ...base, points: pacific });
    for (const p of pacific) expect(pointIn(frame, p)).not.toBeNull();
    const centre = frame.projection.invert!([frame.width / 2, frame.height / 2])!;
    expect(Math.abs(Math.abs(centre[0]) - 180)).toBeLessThan(10);
    expect(lonSpan(frame)).toBeLessThan(40);
  });

  it('gives a single city the context of its neighbours: at least the minimum radius on each side', () => {
    const frame = fitFrame({ ...base, points: [[2.42, 6.37]] }); // Cotonou
    expect(pointIn(frame, [2.42 + 3.5, 6.37])).not.toBeNull(); // Nigeria, 3.5° east
    expect(pointIn(frame, [2.42 - 3.5, 6.37])).not.toBeNull(); // Togo and Ghana, west
    expect(pointIn(frame, [2.42, 6.37 + 3.5])).not.toBeNull();
  });

  it('takes in a shape whole: the frame of one city in a country shows the country', () => {
    const country = geoCircle().center([100, 15]).radius(6)() as GeoJSON.Polygon;
    const frame = fitFrame({ ...base, points: [[100.5, 13.75]], shapes: [country] });
    for (const corner of [
      [100, 21],
      [100, 9],
      [94, 15],
      [106, 15],
    ] as [number, number][]) {
      expect(pointIn(frame, corner), String(corner)).not.toBeNull();
    }
  });

  it('refuses a map with nothing to frame', () => {
    expect(() => fitFrame({ ...base, points: [] })).toThrow(/at least one place/);
  });
});
