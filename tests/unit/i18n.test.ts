import { describe, expect, it } from 'vitest';
import ja from '../../src/i18n/ja.json';
import en from '../../src/i18n/en.json';
import { placeholderMismatches, placeholders, t } from '../../src/i18n';

describe('UI dictionaries (src/i18n/*.json)', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });
  it('use the same {placeholders} in both languages for every key', () => {
    expect(placeholderMismatches(ja, en)).toEqual([]);
  });
  it('would report a translation that drops or renames a placeholder', () => {
    expect(placeholders('{n}件の{kind}')).toEqual(['kind', 'n']);
    expect(placeholderMismatches({ a: '{n}件', b: '{x}' }, { a: '{count} results', b: '{x}' })).toEqual(['a']);
  });
  it('fill placeholders and refuse a missing one', () => {
    expect(t('ja', 'measure.code', { code: 'ア' })).toBe('施策ア');
    expect(() => t('en', 'measure.code')).toThrow('{code}');
  });
});
