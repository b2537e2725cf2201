import type { Lang } from '../schemas/shared';
import type { Strategy } from '../schemas/strategy';
import { t } from '../i18n';

/** A strategy's period: 2017年度～2022年度 / FY2017–FY2022. */
export function formatStrategyPeriod(period: NonNullable<Strategy['period']>, lang: Lang): string {
  return t(lang, period.fiscal ? 'period.fiscal' : 'period.calendar', { from: period.from, to: period.to });
}

/** An issue date YYYY-MM(-DD): 2015年12月 / December 2015. */
export function formatIssued(issued: string, lang: Lang): string {
  const [y, m, d] = issued.split('-').map(Number) as [number, number, number | undefined];
  if (lang === 'ja') return `${y}年${m}月${d ? `${d}日` : ''}`;
  const month = new Date(Date.UTC(y, m - 1, d ?? 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/**
 * The issue date a strategy page shows: on Japanese pages the source's own notation where the
 * strategy gives one (平成30年3月), else 2018年3月; on English pages the western date, followed
 * by the source's notation in brackets (March 2018 (平成30年3月)).
 */
export function formatIssuedShown(issued: string, asWritten: string | undefined, lang: Lang): string {
  if (!asWritten) return formatIssued(issued, lang);
  return lang === 'ja' ? asWritten : `${formatIssued(issued, lang)} (${asWritten})`;
}

/**
 * Whether a strategy's status says more than its document type: "Supplement (別冊)" after the type
 * "Supplement", or 報告 after 報告, would say the same thing twice on a card.
 */
export function statusAddsTo(documentType: string, status: string): boolean {
  const bare = (s: string) =>
    s
      .replace(/\s*[(（][^)）]*[)）]\s*/g, '')
      .trim()
      .toLowerCase();
  return bare(status) !== bare(documentType);
}
