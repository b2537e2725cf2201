import { describe, expect, it } from 'vitest';
import { missingTerms, termsIn } from '../../src/lib/glossary-check';
import type { GlossaryTerm } from '../../src/schemas/glossary';

const term = (id: string, ja: string, en: string, scope?: string[]): GlossaryTerm => ({ id, ja, en, ...(scope ? { scope } : {}) });
const terms = [
  term('sister-city', '姉妹都市', 'sister city'),
  term('planning', '企画局', 'Planning Bureau', ['shizuoka']),
  term('policy-planning', '政策企画局', 'Office of the Governor for Policy Planning', ['tokyo']),
  term('cir', 'ＣＩＲ（国際交流員）', 'Coordinator for International Relations (CIR)'),
];

describe('the glossary check', () => {
  it('finds a missing approved English, and accepts the plural', () => {
    expect(missingTerms('姉妹都市との交流', 'exchange with twin towns', terms, 'shizuoka').map((t) => t.id)).toEqual(['sister-city']);
    expect(missingTerms('姉妹都市との交流', 'exchange with sister cities', terms, 'shizuoka')).toEqual([]);
  });
  it('does not check a term inside a longer term', () => {
    expect(termsIn('政策企画局が担当', terms).map((t) => t.id)).toEqual(['policy-planning']);
  });
  it("checks a scoped term only in its municipality's texts", () => {
    expect(missingTerms('企画局', 'the planning office', terms, 'tokyo')).toEqual([]);
    expect(missingTerms('企画局', 'the planning office', terms, 'shizuoka').map((t) => t.id)).toEqual(['planning']);
  });
  it('matches full-width and half-width forms and a term with a gloss by its main part', () => {
    expect(missingTerms('CIR（国際交流員）', 'Coordinators for International Relations', terms, 'shizuoka')).toEqual([]);
  });
});
