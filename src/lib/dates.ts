/** Dates as each language writes them: 1960年2月29日 / 29 February 1960. */
import type { Lang } from '../schemas/shared';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  if (d === undefined) return lang === 'ja' ? `${y}年${m}月` : `${MONTHS[m - 1]} ${y}`;
  return lang === 'ja' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A span of days: 2001年10月16日-19日 / 16–19 October 2001. */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  if (y1 === y2 && m1 === m2) return lang === 'ja' ? `${y1}年${m1}月${d1}日-${d2}日` : `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
  return `${formatDate(start, lang)}${lang === 'ja' ? '-' : '–'}${formatDate(end, lang)}`;
}
