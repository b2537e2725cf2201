import { describe, expect, it } from 'vitest';
import { formatPeriodEn, formatPeriodJa, parsePeriod, samePeriod } from '../../src/lib/era';

describe('era years', () => {
  it.each([
    ['H27年度', 'FY2015'],
    ['平成29年度', 'FY2017'],
    ['R4年度', 'FY2022'],
    ['R4年', '2022'],
    ['R4', '2022'],
    ['H28', '2016'],
    ['H33年度', 'FY2021'],
    ['H34年度', 'FY2022'],
    ['H29～R4年度', 'FY2017–FY2022'],
    ['Ｈ29～R４年度', 'FY2017–FY2022'],
    ['H29～34年度', 'FY2017–FY2022'],
    ['H29～R4年', '2017–2022'],
    ['H27-29平均', '2015–2017 average'],
    ['H27～29年平均', '2015–2017 average'],
    ['H27-29 年平均', '2015–2017 average'],
    ['2015', '2015'],
    ['2017年度', 'FY2017'],
    ['令和元年度', 'FY2019'],
    ['S59年', '1984'],
  ])('converts %s to %s', (written, western) => {
    expect(formatPeriodEn(written)).toBe(western);
  });

  it('tells fiscal, calendar and unspecified years apart', () => {
    expect(parsePeriod('H27年度')?.kind).toBe('fiscal');
    expect(parsePeriod('H27年')?.kind).toBe('calendar');
    expect(parsePeriod('H27')?.kind).toBe('unspecified');
  });

  it.each(['27', '平成', 'H27-25年度', 'X4年', 'H27平均', '年度', ''])('rejects %j, which is not a period', (written) => {
    expect(parsePeriod(written)).toBeNull();
  });

  it('keeps the source notation for Japanese pages, mending only width and spacing', () => {
    expect(formatPeriodJa('Ｈ29～R４年度')).toBe('H29～R4年度');
    expect(formatPeriodJa('H27-29 年平均')).toBe('H27-29年平均');
    expect(formatPeriodJa('平成29年度')).toBe('平成29年度');
  });

  it('recognises that R4年度 and H34年度 are the same year but H33年度 is not', () => {
    expect(samePeriod('R4年度', 'H34年度')).toBe(true);
    expect(samePeriod('H29～R4年度', 'H29～34年度')).toBe(true);
    expect(samePeriod('R4年度', 'H33年度')).toBe(false);
  });
});

describe('periods as Yokohama and Kumamoto write them', () => {
  it("reads a year without an era in the strategy's implicit era, and only then", () => {
    expect(parsePeriod('25年度')).toBeNull();
    expect(formatPeriodEn('25年度', { implicitEra: 'H' })).toBe('FY2013');
    expect(formatPeriodEn('22-25年度', { implicitEra: 'H' })).toBe('FY2010–FY2013');
  });
  it('reads the end of a fiscal year and a span of years', () => {
    expect(formatPeriodEn('29年度末', { implicitEra: 'H' })).toBe('end of FY2017');
    expect(formatPeriodEn('4か年')).toBe('over 4 years');
    expect(formatPeriodEn('４か年')).toBe('over 4 years');
  });
});
