import { describe, expect, it } from 'vitest';
import { geoBounds } from 'd3-geo';
import { countryShape } from '../../src/lib/map';

describe("a country's shape on its map", () => {
  it('keeps the mainland and leaves out far pieces without cities (Alaska, Hawaii)', () => {
    const shape = countryShape('united-states', '840', [[-74.0, 40.7]]);
    const [[west], [east, north]] = geoBounds(shape);
    expect(west).toBeGreaterThan(-130);
    expect(east).toBeLessThan(-60);
    expect(north).toBeLessThan(50);
  });

  it('keeps a piece that holds one of the cities', () => {
    const shape = countryShape('united-states', '840', [
      [-74.0, 40.7],
      [-149.9, 61.2],
    ]); // and Anchorage
    expect(shape.coordinates).toHaveLength(2);
  });

  it('names the file, field and fix for a code the map data lacks', () => {
    expect(() => countryShape('singapore', '702', [[103.8, 1.35]])).toThrow(
      /content\/regions\.yaml › singapore\.isoNumeric: "702"[\s\S]*Fix:/,
    );
  });
});
