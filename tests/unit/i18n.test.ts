import { describe, expect, it } from 'vitest';
import ja from '../../src/i18n/ja';
import en from '../../src/i18n/en';
import { t } from '../../src/i18n';

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });
  it('use the same {placeholders} in both languages for every key', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(names(en[key]), key).toEqual(names(ja[key]));
    }
  });
  it('fill placeholders and refuse a missing one', () => {
    expect(t('en', 'measure.code', { code: 'ア' })).toBe('Measure ア');
    expect(t('ja', 'measure.code', { code: 'ア' })).toBe('施策ア');
    expect(() => t('en', 'measure.code')).toThrow('{code}');
  });
});
