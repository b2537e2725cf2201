/**
 * Japanese era years (和暦) as the sources write them: H27年度, R4年, H29～R4年度, H27-29平均,
 * 平成29年度, H28, 2015. Japanese pages show the source's notation; English pages show western
 * (fiscal) years, derived here so a year is written once.
 */

/** First western year minus one for each era: Heisei 1 = 1989, Reiwa 1 = 2019, Showa 1 = 1926. */
const ERA_OFFSETS: Record<string, number> = { S: 1925, H: 1988, R: 2018 };
const ERA_NAMES: Record<string, string> = { 昭和: 'S', 平成: 'H', 令和: 'R' };

export interface Period {
  /** A span of years without dates (４か年 → 4): the period of a plan, not a year. */
  span?: number;
  /** First western year (0 for a span). */
  start: number;
  /** Last western year, for a range or an average over years. */
  end: number | undefined;
  /** 'fiscal' for 年度, 'calendar' for 年, 'unspecified' where the source gives neither. */
  kind: 'fiscal' | 'calendar' | 'unspecified';
  /** true for an average over the range (平均). */
  average: boolean;
  /** true for the end of the year (年度末). */
  yearEnd: boolean;
}

/** Options for reading a period: the era of years the source writes without one (25年度 → H25年度). */
export interface PeriodOptions {
  implicitEra?: 'H' | 'R' | 'S' | undefined;
}

/** Full-width digits and letters to half-width, and every dash or wave to one hyphen. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[～〜~–—−ー]/g, '-');
}

function toWestern(era: string | undefined, year: number, fallbackEra: string | undefined): number | null {
  const code = era ?? fallbackEra;
  if (code === undefined) return year >= 1900 ? year : null;
  const offset = ERA_OFFSETS[code];
  return offset === undefined ? null : offset + year;
}

const YEAR = String.raw`(平成|令和|昭和|[HRS])?(\d{1,4}|元)`;
const PATTERN = new RegExp(`^${YEAR}(?:-${YEAR})?(年度|年)?(末)?(平均)?$`);
const SPAN = /^(\d{1,2})(?:か|ヵ|ケ|カ|箇)年$/;

/** Parses a period as written in a source; null when it is not a period. */
export function parsePeriod(written: string, options: PeriodOptions = {}): Period | null {
  const text = normalize(written);
  const span = SPAN.exec(text);
  if (span) return { span: Number(span[1]), start: 0, end: undefined, kind: 'unspecified', average: false, yearEnd: false };
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [, era1Raw, year1Raw, era2Raw, year2Raw, suffix, yearEnd, average] = m;
  // A year under 1900 with no era is in the source's implicit era (Yokohama: 25年度 = H25年度).
  const implicit = !era1Raw && year1Raw !== undefined && year1Raw !== '元' && Number(year1Raw) < 1900 ? options.implicitEra : undefined;
  const era1 = era1Raw ? (ERA_NAMES[era1Raw] ?? era1Raw) : implicit;
  const era2 = era2Raw ? (ERA_NAMES[era2Raw] ?? era2Raw) : undefined;
  const y1 = year1Raw === '元' ? 1 : Number(year1Raw);
  const start = toWestern(era1, y1, undefined);
  if (start === null) return null;
  // Without an era or a four-digit year the number is not a year (e.g. "27").
  if (era1 === undefined && y1 < 1900) return null;
  let end: number | undefined;
  if (year2Raw !== undefined) {
    const y2 = year2Raw === '元' ? 1 : Number(year2Raw);
    // "H29-34" keeps the first era; "H29-R4" switches era; "2017-2022" is western.
    const e = toWestern(era2, y2, era2 === undefined && y2 < 1900 ? era1 : undefined);
    if (e === null || e < start) return null;
    end = e;
  }
  if (average && end === undefined) return null;
  if (yearEnd && (suffix === undefined || end !== undefined)) return null;
  return {
    start,
    end,
    kind: suffix === '年度' ? 'fiscal' : suffix === '年' ? 'calendar' : 'unspecified',
    average: Boolean(average),
    yearEnd: Boolean(yearEnd),
  };
}

/** The period in western years for English pages: FY2017–FY2022, 2015–2017 average, 2022, over 4 years. */
export function formatPeriodEn(written: string, options: PeriodOptions = {}): string {
  const p = parsePeriod(written, options);
  if (!p) throw new Error(`Not a period: "${written}"`);
  if (p.span !== undefined) return `over ${p.span} years`;
  const fy = p.kind === 'fiscal' ? 'FY' : '';
  const range = p.end === undefined ? `${fy}${p.start}` : `${fy}${p.start}–${fy}${p.end}`;
  if (p.yearEnd) return `end of ${range}`;
  return p.average ? `${range} average` : range;
}

/**
 * The period as Japanese pages show it: the source's notation, tidied only of PDF spacing and
 * full-width digits (Ｈ29～R４年度 → H29～R4年度). The wave dash is kept where the source has it.
 */
export function formatPeriodJa(written: string): string {
  return written.normalize('NFKC').replace(/\s+/g, '').replace(/~/g, '～');
}

/** Whether two notations denote the same years (e.g. R4年度 and H34年度). */
export function samePeriod(a: string, b: string, options: PeriodOptions = {}): boolean {
  const pa = parsePeriod(a, options);
  const pb = parsePeriod(b, options);
  if (!pa || !pb) return false;
  return pa.start === pb.start && pa.end === pb.end && pa.average === pb.average;
}
