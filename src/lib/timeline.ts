/**
 * Strategies' periods on one axis of months: a fiscal year (年度) runs from April to March, a
 * calendar year from January to December; a strategy that states no period is a mark at its issue
 * month. Positions are months from the axis's first January, so a chart can draw them as it likes.
 */

export interface TimelineInput {
  id: string;
  period?: { from: number; to: number; fiscal: boolean } | undefined;
  /** YYYY-MM or YYYY-MM-DD. */
  issued?: string | undefined;
}

export interface TimelineItem {
  id: string;
  /** A span (the stated period) or a mark (the issue month of a strategy without a period). */
  kind: 'period' | 'issued';
  /** Months from the axis start to the first month (inclusive). */
  start: number;
  /** Months from the axis start to the end of the last month (exclusive); start + 1 for a mark. */
  end: number;
  /** Whether `today` falls within the period (never for a mark). */
  current: boolean;
}

export interface Timeline {
  /** The first and last calendar year on the axis. */
  firstYear: number;
  lastYear: number;
  /** Months on the axis: (lastYear − firstYear + 1) × 12. */
  months: number;
  /** Months from the axis start to today (its month, plus the fraction of it gone). */
  today: number;
  items: TimelineItem[];
}

/** [start, end) in absolute months (year × 12 + month index). */
function span(input: TimelineInput): { kind: TimelineItem['kind']; start: number; end: number } | null {
  if (input.period) {
    const { from, to, fiscal } = input.period;
    // FY2017 is April 2017 to March 2018.
    return fiscal
      ? { kind: 'period', start: from * 12 + 3, end: (to + 1) * 12 + 3 }
      : { kind: 'period', start: from * 12, end: (to + 1) * 12 };
  }
  if (input.issued) {
    const [y, m] = input.issued.split('-').map(Number) as [number, number];
    return { kind: 'issued', start: y * 12 + m - 1, end: y * 12 + m };
  }
  return null;
}

/**
 * Places every strategy with a period or an issue date on one axis that also covers `today`.
 * Throws on a strategy with neither: it could not be shown, and leaving it out would mislead.
 */
export function timeline(inputs: TimelineInput[], today: Date): Timeline {
  const now = today.getUTCFullYear() * 12 + today.getUTCMonth() + (today.getUTCDate() - 1) / 31;
  const spans = inputs.map((input) => {
    const s = span(input);
    if (!s)
      throw new Error(
        `strategy ${input.id} has neither a period nor an issue date, so it has no place on the timeline: give it one in strategy.yaml`,
      );
    return { id: input.id, ...s };
  });
  const firstYear = Math.floor(Math.min(now, ...spans.map((s) => s.start)) / 12);
  const lastYear = Math.floor((Math.max(now, ...spans.map((s) => s.end - 1)) as number) / 12);
  const origin = firstYear * 12;
  return {
    firstYear,
    lastYear,
    months: (lastYear - firstYear + 1) * 12,
    today: now - origin,
    items: spans.map((s) => ({
      id: s.id,
      kind: s.kind,
      start: s.start - origin,
      end: s.end - origin,
      current: s.kind === 'period' && s.start <= now && now < s.end,
    })),
  };
}
