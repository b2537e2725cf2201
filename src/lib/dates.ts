/** Dates as each language writes them: 1960年2月29日 / 29 February 1960 (Intl.DateTimeFormat). */
import type { Lang } from '../schemas/shared';
import { t } from '../i18n';

/** The locale whose date style each language's pages use (British day–month–year order in English). */
const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };
const formats = (options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    Object.entries(LOCALE).map(([lang, locale]) => [lang, new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })]),
  ) as Record<Lang, Intl.DateTimeFormat>;
const DAY = formats({ year: 'numeric', month: 'long', day: 'numeric' });
const MONTH = formats({ year: 'numeric', month: 'long' });
const DAY_ONLY = formats({ day: 'numeric' });

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  return { date: new Date(Date.UTC(y, m - 1, d ?? 1)), y, m, hasDay: d !== undefined };
};

/** YYYY-MM-DD or YYYY-MM: 1960年2月29日, 2015年12月 / 29 February 1960, December 2015. */
export function formatDate(iso: string, lang: Lang): string {
  const { date, hasDay } = utc(iso);
  return (hasDay ? DAY : MONTH)[lang].format(date);
}

/**
 * Days within one month as each language shortens them: the whole first date and the last day in
 * Japanese (2001年10月16日-19日), the first day and the whole last date in English (16–19 October 2001).
 */
const SAME_MONTH: Record<Lang, (start: Date, end: Date, dash: string) => string> = {
  ja: (start, end, dash) => `${DAY.ja.format(start)}${dash}${DAY_ONLY.ja.format(end)}`,
  en: (start, end, dash) => `${DAY_ONLY.en.format(start)}${dash}${DAY.en.format(end)}`,
};

/** A span of days: 2001年10月16日-19日 / 16–19 October 2001. */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  const a = utc(start);
  const b = utc(end);
  const dash = t(lang, 'punct.dateRange');
  if (a.hasDay && b.hasDay && a.y === b.y && a.m === b.m) return SAME_MONTH[lang](a.date, b.date, dash);
  return `${formatDate(start, lang)}${dash}${formatDate(end, lang)}`;
}
