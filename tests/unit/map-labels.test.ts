import { describe, expect, it } from 'vitest';
import { byRoom, labelBox, overlaps, placeLabels, textWidth, type LabelledMarker } from '../../src/lib/map-labels';

const frame = { width: 640, height: 400, fontSize: 23 };
const marker = (id: string, x: number, y: number, label = id): LabelledMarker => ({ id, x, y, r: 9, label });

describe('placing map labels', () => {
  it('measures Japanese wider than Latin letters of the same count', () => {
    expect(textWidth('静岡市', 20)).toBeGreaterThan(textWidth('abc', 20));
    expect(textWidth('静岡市', 20)).toBe(60);
  });

  it('puts a lone label on the right of its marker', () => {
    const [l] = placeLabels([marker('Paris', 100, 100)], frame);
    expect(l).toMatchObject({ anchor: 'start' });
    expect(l!.x).toBeGreaterThan(100 + 9);
  });

  it('puts a label on the left when the right would leave the frame', () => {
    const [l] = placeLabels([marker('Vladivostok', 620, 100)], frame);
    expect(l!.anchor).toBe('end');
    expect(l!.box.x0).toBeGreaterThanOrEqual(0);
  });

  it('never lets two labels overlap, nor a label cover another marker, nor leave the frame', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => marker(`City ${i}`, 200 + (i % 6) * 30, 150 + Math.floor(i / 6) * 25));
    const placed = placeLabels(crowd, frame);
    const boxes = placed.flatMap((l) => (l ? [l.box] : []));
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i]!;
      expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= frame.width && b.y1 <= frame.height).toBe(true);
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(b, boxes[j]!)).toBe(false);
    }
    placed.forEach((l, i) => {
      if (!l) return;
      crowd.forEach((m, j) => {
        if (j !== i) expect(overlaps(l.box, { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r })).toBe(false);
      });
    });
  });

  it('drops the labels that find no room, keeping the first ones given', () => {
    // Twelve markers on one spot: eight sides at most, so some must go.
    const same = Array.from({ length: 12 }, (_, i) => marker(`Ward ${i}`, 300 + (i % 2), 200));
    const placed = placeLabels(same, frame);
    expect(placed[0]).not.toBeNull();
    expect(placed.filter((l) => l === null).length).toBeGreaterThanOrEqual(4);
    expect(placed).toHaveLength(12);
  });

  it('gives the box the text covers for each anchor', () => {
    const w = textWidth('Lyon', 20);
    expect(labelBox(100, 50, 'start', 'Lyon', 20)).toMatchObject({ x0: 100, x1: 100 + w });
    expect(labelBox(100, 50, 'end', 'Lyon', 20)).toMatchObject({ x0: 100 - w, x1: 100 });
    expect(labelBox(100, 50, 'middle', 'Lyon', 20).x0).toBeCloseTo(100 - w / 2);
  });

  it('labels more places when isolated ones are ordered before a cluster', () => {
    const cluster = Array.from({ length: 8 }, (_, i) => marker(`Cluster ${i}`, 300 + (i % 2) * 4, 200 + i * 4));
    const alone = [marker('Far', 60, 60), marker('Away', 560, 340)];
    const count = (ms: LabelledMarker[]) => placeLabels(ms, frame).filter(Boolean).length;
    const ordered = byRoom([...cluster, ...alone], frame.fontSize);
    expect(ordered.slice(0, 2).map((m) => m.id)).toEqual(['Far', 'Away']);
    expect(count(ordered)).toBeGreaterThanOrEqual(count([...cluster, ...alone]));
  });
});
