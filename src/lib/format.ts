/**
 * Number and KPI formatting for each language. Values are stored once as numbers; each language
 * writes them its own way (59,000人 / 59,000 guest nights; 2,349万人 / 23,490,000).
 */
import type { Lang } from '../schemas/shared';
import { t } from '../i18n';
import type { KpiValue, QualitativeValue } from '../schemas/kpi';
import type { Unit } from '../schemas/unit';
import { formatPeriodEn, formatPeriodJa, type PeriodOptions } from './era';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** 59000 → "59,000"; 22.5 → "22.5" (both languages group digits the same way). */
export function formatNumber(n: number): string {
  return grouped.format(n);
}

const QUALITATIVE: Record<Lang, Record<QualitativeValue, string>> = {
  ja: { increase: '拡大', registration: '登録', held: '開催', 'above-national-average': '全国平均以上' },
  en: {
    increase: 'Increase',
    registration: 'Registration',
    held: 'Held',
    'above-national-average': 'Above the national average',
  },
};

function unitText(unit: Unit | undefined, n: number, lang: Lang): string {
  if (!unit) return '';
  if (lang === 'ja') return unit.ja;
  const word = n === 1 && unit.enSingular ? unit.enSingular : unit.en;
  return unit.space ? ` ${word}` : word;
}

export interface FormatOptions extends PeriodOptions {
  /** Use the measure page's variant (pageCumulative) instead of the KPI table's. */
  onPage?: boolean;
  /** The words of a value marked text: true, from the MDX of the language. */
  text?: string | undefined;
}

/** A yen amount for English readers: 4e8 → "¥400 million", 2.334e11 → "¥233.4 billion". */
export function formatYen(amount: number): string {
  if (amount >= 1e9) return `¥${grouped.format(amount / 1e9)} billion`;
  if (amount >= 1e6) return `¥${grouped.format(amount / 1e6)} million`;
  return `¥${grouped.format(amount)}`;
}

/** An amount in a unit as each language writes it: 0.4億円 / ¥40 million; 44万人 / 440,000 people. */
export function formatAmount(n: number, unit: Unit | undefined, lang: Lang): string {
  if (lang === 'ja' || !unit) return `${formatNumber(n)}${unitText(unit, n, 'ja')}`;
  const scaled = Math.round(n * unit.factor * 1e6) / 1e6;
  if (unit.money) return formatYen(scaled);
  return `${formatNumber(scaled)}${unitText(unit, scaled, 'en')}`;
}

/** A KPI value without its period: 延べ138件 / 138 port calls in total; 8件以上 / at least 8 camps. */
export function formatKpiValue(v: KpiValue, unit: Unit | undefined, lang: Lang, opts: FormatOptions = {}): string {
  if (v.qualitative) return QUALITATIVE[lang][v.qualitative];
  if (v.text) {
    if (opts.text === undefined) throw new Error('a KPI value marked text: true needs its words (baselineText / targetText)');
    return opts.text;
  }
  const n = v.value as number;
  const cumulative = opts.onPage && v.pageCumulative !== undefined ? v.pageCumulative : v.cumulative;
  if (lang === 'ja') {
    return `${cumulative ? '延べ' : ''}${v.perYear === 'prefix' ? '年' : ''}${formatAmount(n, unit, 'ja')}${v.perYear === 'suffix' ? '/年' : ''}${v.atLeast ? '以上' : ''}`;
  }
  let text = formatAmount(n, unit, 'en');
  if (v.atLeast) text = `at least ${text}`;
  if (v.perYear) text = `${text} a year`;
  if (cumulative) text = `${text} in total`;
  return text;
}

/** The period of a KPI value as each language shows it (null when the source gives none). */
export function formatKpiPeriod(v: KpiValue, lang: Lang, opts: FormatOptions = {}): string | null {
  const written = opts.onPage && v.pagePeriod ? v.pagePeriod : v.period;
  if (!written) return null;
  return PERIOD[lang](written, opts);
}

/** Era years as each language shows them: the source's notation in Japanese, western years in English. */
const PERIOD: Record<Lang, (written: string, opts: PeriodOptions) => string> = {
  ja: (written) => formatPeriodJa(written),
  en: (written, opts) => formatPeriodEn(written, opts),
};

/** Japanese large-number notation: 1374620000 → "13億7,462万"; 4168000 with one decimal → "416.8万". */
export function formatJaMan(n: number, decimals = 0): string {
  const oku = Math.floor(n / 1e8);
  const man = (n - oku * 1e8) / 1e4;
  const manText = decimals > 0 ? man.toFixed(decimals) : formatNumber(Math.round(man));
  if (oku > 0) return `${formatNumber(oku)}億${man > 0 ? `${manText}万` : ''}`;
  return `${decimals > 0 ? manText : formatNumber(Math.round(man))}万`;
}

/** How each language writes a count of people: 495万 (in 万 and 億) / 4,950,000. */
const PEOPLE: Record<Lang, (n: number, decimals: number) => string> = {
  ja: (n, decimals) => formatJaMan(n, decimals),
  en: (n) => formatNumber(n),
};

/** A population or a number of visitors: 約495万人（2015）/ about 4,950,000 (2015). */
export function formatPeople(
  n: number,
  lang: Lang,
  opts: { approximate?: boolean | undefined; year?: number | undefined; decimals?: number } = {},
): string {
  let text = t(lang, 'population.count', { n: PEOPLE[lang](n, opts.decimals ?? 0) });
  if (opts.approximate) text = t(lang, 'number.approx', { n: text });
  if (opts.year) text += t(lang, 'punct.parenAfter', { text: String(opts.year) });
  return text;
}
