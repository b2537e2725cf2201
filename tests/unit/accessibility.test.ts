import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import {
  CHECKS,
  compareCriteria,
  conformanceOf,
  resultCounts,
  statement,
  testedPages,
  type CriterionResult,
} from '../../src/lib/accessibility';

/** WCAG 2.0 = JIS X 8341-3:2016: the success criteria of level A and of level AA, written out independently. */
const LEVEL_A =
  '1.1.1 1.2.1 1.2.2 1.2.3 1.3.1 1.3.2 1.3.3 1.4.1 1.4.2 2.1.1 2.1.2 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 3.1.1 3.2.1 3.2.2 3.3.1 3.3.2 4.1.1 4.1.2'.split(
    ' ',
  );
const LEVEL_AA = '1.2.4 1.2.5 1.4.3 1.4.4 1.4.5 2.4.5 2.4.6 2.4.7 3.1.2 3.2.3 3.2.4 3.3.3 3.3.4'.split(' ');
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Every localized text of the statement, with where it is. */
function texts(value: unknown, path = 'statement'): { path: string; ja: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.ja === 'string' && typeof o.en === 'string') return [{ path, ja: o.ja, en: o.en }];
    return Object.entries(o).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  }
  return [];
}

describe('the accessibility statement', () => {
  it('lists the 38 success criteria of levels A and AA once each, with their levels, in the order of their numbers', () => {
    const ids = statement.criteria.map((c) => c.id);
    expect(ids.length).toBe(38);
    expect([...ids].sort(compareCriteria)).toEqual(ids);
    expect(new Set(ids).size).toBe(38);
    expect(statement.criteria.filter((c) => c.level === 'A').map((c) => c.id)).toEqual(LEVEL_A);
    expect(statement.criteria.filter((c) => c.level === 'AA').map((c) => c.id)).toEqual(LEVEL_AA);
  });

  it('marks a criterion 非適用 exactly when it does not apply, and rests every result on a check', () => {
    const wrong = statement.criteria.filter((c) => (c.result === 'not-applicable') === c.applicable || c.checks.length === 0);
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  it('names a known issue with a plan for every failed criterion, and none for a criterion that passes', () => {
    const failed = statement.criteria
      .filter((c) => c.result === 'fail')
      .map((c) => c.id)
      .sort();
    const issues = [...new Set(statement.knownIssues.flatMap((i) => i.criteria))].sort();
    expect(issues).toEqual(failed);
  });

  it('claims "conforms" only when no criterion fails', () => {
    const pass: CriterionResult = {
      id: '1.1.1',
      level: 'A',
      name: { ja: 'x', en: 'x' },
      applicable: true,
      result: 'pass',
      checks: ['axe'],
      note: { ja: 'x', en: 'x' },
    };
    const na: CriterionResult = { ...pass, id: '1.2.1', applicable: false, result: 'not-applicable' };
    expect(conformanceOf([pass, na])).toBe('conforms');
    expect(conformanceOf([pass, na, { ...pass, id: '3.1.2', result: 'fail' }])).toBe('partially-conforms');
    expect(conformanceOf(statement.criteria)).toBe(statement.criteria.some((c) => c.result === 'fail') ? 'partially-conforms' : 'conforms');
    const counts = resultCounts(statement.criteria);
    expect(counts.pass + counts.fail + counts['not-applicable']).toBe(38);
  });

  it('names only test files that exist', () => {
    const files = Object.values(CHECKS).flatMap((c) => c.files);
    expect(files.filter((f) => !existsSync(f))).toEqual([]);
    expect(files.length).toBeGreaterThan(3);
  });

  it('has every text in both languages, and no Japanese inside the English (it would need lang="ja")', () => {
    const all = texts(statement).concat(texts(CHECKS, 'CHECKS'));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((t) => !t.ja.trim() || !t.en.trim()).map((t) => t.path)).toEqual([]);
    // notationSource.ja and the terms are shown with lang="ja" on the English page; they are Japanese on purpose.
    const english = all.filter((t) => !/notationSource|\.term$/.test(t.path));
    expect(english.filter((t) => JAPANESE.test(t.en)).map((t) => `${t.path}: ${t.en}`)).toEqual([]);
  });

  it('lists the tested pages in both languages, and one missing address', () => {
    const pages = testedPages();
    const ja = pages.filter((p) => p.path.startsWith('/ja/')).length;
    const en = pages.filter((p) => p.path.startsWith('/en/')).length;
    expect(ja).toBe(en + 1);
    expect(pages.filter((p) => !p.exists)).toHaveLength(1);
    expect(pages.map((p) => p.path)).toContain('/ja/accessibility/');
  });

  it('orders criterion numbers by their parts, not as text', () => {
    expect(['2.4.10', '1.3.1', '2.4.9', '1.2.5'].sort(compareCriteria)).toEqual(['1.2.5', '1.3.1', '2.4.9', '2.4.10']);
  });
});
