import type { Lang } from '../schemas/shared';
import type { Strategy } from '../schemas/strategy';
import { t } from '../i18n';
import { formatDate } from './dates';

/** A strategy's period: 2017年度～2022年度 / FY2017–FY2022. */
export function formatStrategyPeriod(period: NonNullable<Strategy['period']>, lang: Lang): string {
  return t(lang, period.fiscal ? 'period.fiscal' : 'period.calendar', { from: period.from, to: period.to });
}

/**
 * When a strategy applies, in a few words: its period, else its date of issue, else that the source
 * does not say (2017年度～2022年度 / FY2017–FY2022, or March 2018). For descriptions and share images.
 */
export function formatStrategyWhen(strategy: Pick<Strategy, 'period' | 'issued'>, lang: Lang): string {
  if (strategy.period) return formatStrategyPeriod(strategy.period, lang);
  return strategy.issued ? formatDate(strategy.issued, lang) : t(lang, 'strategy.issuedUnknown');
}

/**
 * The issue date a strategy page shows: on Japanese pages the source's own notation where the
 * strategy gives one (平成30年3月), else 2018年3月; on English pages the western date, followed
 * by the source's notation in brackets (March 2018 (平成30年3月)).
 */
export function formatIssuedShown(issued: string, asWritten: string | undefined, lang: Lang): string {
  if (!asWritten) return formatDate(issued, lang);
  return AS_WRITTEN[lang](formatDate(issued, lang), asWritten);
}

/** How each language shows an issue date the source writes its own way. */
const AS_WRITTEN: Record<Lang, (date: string, asWritten: string) => string> = {
  ja: (_date, asWritten) => asWritten,
  en: (date, asWritten) => `${date}${t('en', 'punct.parenAfter', { text: asWritten })}`,
};

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
