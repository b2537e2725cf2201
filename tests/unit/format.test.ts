import { describe, expect, it } from 'vitest';
import { formatAmount, formatJaMan, formatKpiPeriod, formatKpiValue, formatNumber } from '../../src/lib/format';
import { kpiValueSchema } from '../../src/schemas/kpi';
import type { Unit } from '../../src/schemas/unit';

const unit = (u: Partial<Unit> & Pick<Unit, 'id' | 'ja' | 'en'>): Unit => ({ space: true, factor: 1, money: false, ...u });
const companies = unit({ id: 'companies', ja: '社', en: 'companies', enSingular: 'company' });
const percent = unit({ id: 'percent', ja: '％', en: '%', space: false });
const value = (v: unknown) => kpiValueSchema.parse(v);

describe('KPI formatting', () => {
  it('groups thousands the same way in both languages', () => {
    expect(formatNumber(541540)).toBe('541,540');
    expect(formatNumber(22.5)).toBe('22.5');
  });

  it('writes 延べ, 年 and 以上 in Japanese and their English equivalents', () => {
    expect(formatKpiValue(value({ value: 48, cumulative: true }), companies, 'ja')).toBe('延べ48社');
    expect(formatKpiValue(value({ value: 48, cumulative: true }), companies, 'en')).toBe('48 companies in total');
    expect(formatKpiValue(value({ value: 7, perYear: 'prefix' }), companies, 'ja')).toBe('年7社');
    expect(formatKpiValue(value({ value: 75, perYear: 'suffix' }), companies, 'ja')).toBe('75社/年');
    expect(formatKpiValue(value({ value: 7, perYear: 'prefix' }), companies, 'en')).toBe('7 companies a year');
    expect(formatKpiValue(value({ value: 8, atLeast: true }), companies, 'ja')).toBe('8社以上');
    expect(formatKpiValue(value({ value: 8, atLeast: true }), companies, 'en')).toBe('at least 8 companies');
    expect(formatKpiValue(value({ value: 1 }), companies, 'en')).toBe('1 company');
  });

  it('puts no space before % in English', () => {
    expect(formatKpiValue(value({ value: 22.5 }), percent, 'en')).toBe('22.5%');
    expect(formatKpiValue(value({ value: 22.5 }), percent, 'ja')).toBe('22.5％');
  });

  it('uses the measure page variant only when asked', () => {
    const v = value({ value: 60, cumulative: true, pageCumulative: false, period: 'H29～R4年', pagePeriod: 'H29～34年' });
    expect(formatKpiValue(v, companies, 'ja')).toBe('延べ60社');
    expect(formatKpiValue(v, companies, 'ja', { onPage: true })).toBe('60社');
    expect(formatKpiPeriod(v, 'ja')).toBe('H29～R4年');
    expect(formatKpiPeriod(v, 'ja', { onPage: true })).toBe('H29～34年');
    expect(formatKpiPeriod(v, 'en', { onPage: true })).toBe('2017–2022');
  });

  it('names qualitative targets in each language', () => {
    expect(formatKpiValue(value({ qualitative: 'above-national-average' }), undefined, 'ja')).toBe('全国平均以上');
    expect(formatKpiValue(value({ qualitative: 'increase' }), undefined, 'en')).toBe('Increase');
  });

  it('writes large Japanese numbers with 億 and 万', () => {
    expect(formatJaMan(23_490_000)).toBe('2,349万');
    expect(formatJaMan(1_374_620_000)).toBe('13億7,462万');
    expect(formatJaMan(321_600_000)).toBe('3億2,160万');
    expect(formatJaMan(4_168_000, 1)).toBe('416.8万');
    expect(formatJaMan(5_090_000, 1)).toBe('509.0万');
  });
});

describe('KPI value schema', () => {
  it('rejects a value given both as a number and as a qualitative value, or as neither', () => {
    expect(kpiValueSchema.safeParse({ value: 1, qualitative: 'held' }).success).toBe(false);
    expect(kpiValueSchema.safeParse({ period: 'R4年度' }).success).toBe(false);
  });
  it('rejects a period it cannot read, saying how to write one', () => {
    const r = kpiValueSchema.safeParse({ value: 1, period: '来年' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('H27年度');
  });
  it('rejects a number written with a comma', () => {
    const r = kpiValueSchema.safeParse({ value: '59,000' });
    expect(r.error?.issues[0]?.message).toContain('plain number');
  });
});

describe('amounts counted in 万 and 億', () => {
  const manPeople = unit({ id: 'man-people', ja: '万人', en: 'people', factor: 10_000 });
  const okuYen = unit({ id: 'oku-yen', ja: '億円', en: 'yen', factor: 100_000_000, money: true });
  it('keeps the Japanese notation and converts for English', () => {
    expect(formatAmount(44, manPeople, 'ja')).toBe('44万人');
    expect(formatAmount(44, manPeople, 'en')).toBe('440,000 people');
    expect(formatAmount(0.4, okuYen, 'ja')).toBe('0.4億円');
    expect(formatAmount(0.4, okuYen, 'en')).toBe('¥40 million');
    expect(formatAmount(2334, okuYen, 'en')).toBe('¥233.4 billion');
    expect(formatAmount(4, okuYen, 'en')).toBe('¥400 million');
  });
  it('shows the words of a value written as text', () => {
    expect(formatKpiValue(value({ text: true }), undefined, 'ja', { text: '推進' })).toBe('推進');
    expect(() => formatKpiValue(value({ text: true }), undefined, 'en')).toThrow('baselineText');
  });
});
