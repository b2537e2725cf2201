/**
 * Where a map's labels go: beside their marker, on whichever side is free, never over another label,
 * another marker or the frame's edge. A label with no free side is left out; the list of places
 * under the map names every place, and each marker keeps its accessible name.
 */

/** A rectangle in user units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A marked place: its centre, marker radius and the name to write beside it. */
export interface LabelledMarker {
  id: string;
  x: number;
  y: number;
  r: number;
  label: string;
}

/** A label placed: its anchor point (baseline) and text-anchor, as SVG <text> takes them, and its box. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

// Wide characters (kana, kanji, full-width forms) take a full em; Latin capitals, m and w about
// 0.75 em; other characters at most 0.62 em in the system sans-serif fonts. Overestimating only
// drops a label that would have fitted.
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const BROAD = /[A-Zmw@%]/;

/** An upper bound of a label's width at a font size, in the same units. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : BROAD.test(ch) ? 0.75 : 0.62;
  return ems * fontSize;
}

// A line's extent above and below the baseline, in em: the CJK fonts' (Noto Sans CJK: 1.16 and
// 0.29 of their 1.45 em line) rounded up to cover the others, as a browser measures a <text>.
const ASCENT = 1.1;
const DESCENT = 0.35;

/** The box of a label written at (x, y) with this anchor: from the font's ascent above the baseline to its descent below. */
export function labelBox(x: number, y: number, anchor: PlacedLabel['anchor'], text: string, fontSize: number): Box {
  const w = textWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - ASCENT * fontSize, x1: x0 + w, y1: y + DESCENT * fontSize };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The places a label may go, best first: right, left, above, below, the four corners, then right and left half a line higher or lower. */
function candidates(m: LabelledMarker, fontSize: number): Omit<PlacedLabel, 'box'>[] {
  const gap = m.r + fontSize * 0.2;
  const mid = m.y + ((ASCENT - DESCENT) / 2) * fontSize; // a baseline that centres the line on the marker
  const above = m.y - gap - DESCENT * fontSize;
  const below = m.y + gap + ASCENT * fontSize;
  const diag = m.r * 0.75;
  const line = (ASCENT + DESCENT) * fontSize * 0.55;
  return [
    { x: m.x + gap, y: mid, anchor: 'start' },
    { x: m.x - gap, y: mid, anchor: 'end' },
    { x: m.x, y: above, anchor: 'middle' },
    { x: m.x, y: below, anchor: 'middle' },
    { x: m.x + diag, y: above + gap - diag, anchor: 'start' },
    { x: m.x - diag, y: above + gap - diag, anchor: 'end' },
    { x: m.x + diag, y: below - gap + diag, anchor: 'start' },
    { x: m.x - diag, y: below - gap + diag, anchor: 'end' },
    { x: m.x + gap, y: mid - line, anchor: 'start' },
    { x: m.x + gap, y: mid + line, anchor: 'start' },
    { x: m.x - gap, y: mid - line, anchor: 'end' },
    { x: m.x - gap, y: mid + line, anchor: 'end' },
  ];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Places the labels of markers in the order given (put the most important first), each on the
 * first free side; returns one entry per marker, in the same order: its label, or null when there
 * was no room for it.
 */
export function placeLabels(markers: LabelledMarker[], frame: { width: number; height: number; fontSize: number }): (PlacedLabel | null)[] {
  const { width, height, fontSize } = frame;
  const dots: Box[] = markers.map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const taken: Box[] = [];
  return markers.map((m, i) => {
    for (const c of candidates(m, fontSize)) {
      const at = { x: round(c.x), y: round(c.y), anchor: c.anchor };
      const box = labelBox(at.x, at.y, at.anchor, m.label, fontSize);
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
      if (!inside || taken.some((t) => overlaps(t, box)) || dots.some((d, j) => j !== i && overlaps(d, box))) continue;
      taken.push(box);
      return { ...at, box };
    }
    return null;
  });
}

/**
 * Markers in the order to label them so that as many as possible get a label: those with the fewest
 * other markers within a label's reach first (an isolated place always has room; in a cluster, each
 * label placed early takes the room of several), keeping the given order among equals.
 */
export function byRoom<T extends LabelledMarker>(markers: T[], fontSize: number): T[] {
  const crowd = markers.map((m) => {
    const reach = textWidth(m.label, fontSize) + m.r * 2;
    return markers.filter((o) => o !== m && Math.abs(o.x - m.x) < reach && Math.abs(o.y - m.y) < fontSize * 1.5).length;
  });
  return markers
    .map((m, i) => ({ m, i }))
    .sort((a, b) => crowd[a.i]! - crowd[b.i]! || a.i - b.i)
    .map(({ m }) => m);
}
