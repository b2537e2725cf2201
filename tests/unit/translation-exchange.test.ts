import { describe, expect, it } from 'vitest';
import { glossaryCsv, toTbx, toTmx } from '../../src/lib/translation-exchange';
import { childElements, parseXml, textOf } from '../../src/lib/xml';
import type { GlossaryTerm } from '../../src/schemas/glossary';

const terms: GlossaryTerm[] = [
  { id: 'sister-city', ja: '姉妹都市', en: 'sister city', note: { ja: '「友好都市」と区別', en: 'Not "friendship city", <sic>' } },
  { id: 'economy-bureau', ja: '経済局', en: 'Economic Affairs Bureau', scope: ['kumamoto', 'yokohama'] },
];

describe('the translators’ files', () => {
  it('writes a TMX unit per pair with both languages, escaping the text', () => {
    const tmx = parseXml(toTmx([{ tuid: 'a/b#c-p1', ja: '本市＜A&B＞', en: 'The City <A&B>', state: 'complete' }]));
    const tu = childElements(childElements(tmx, 'body')[0]!, 'tu')[0]!;
    expect(tu.attrs.tuid).toBe('a/b#c-p1');
    expect(childElements(tu, 'tuv').map((t) => [t.attrs['xml:lang'], textOf(t)])).toEqual([
      ['ja', '本市＜A&B＞'],
      ['en', 'The City <A&B>'],
    ]);
  });

  it('writes every term as a TBX concept entry with its notes and scope', () => {
    const tbx = parseXml(toTbx(terms));
    const entries = childElements(childElements(childElements(tbx, 'text')[0]!, 'body')[0]!, 'conceptEntry');
    expect(entries.map((e) => e.attrs.id)).toEqual(['sister-city', 'economy-bureau']);
    expect(textOf(entries[0]!)).toContain('Not "friendship city", <sic>');
    expect(textOf(entries[1]!)).toContain('scope: kumamoto, yokohama');
  });

  it('writes the glossary as CSV, quoting what needs it', () => {
    expect(glossaryCsv(terms).split('\r\n')).toEqual([
      '\uFEFFid,ja,en,note_ja,note_en,scope',
      'sister-city,姉妹都市,sister city,「友好都市」と区別,"Not ""friendship city"", <sic>",',
      'economy-bureau,経済局,Economic Affairs Bureau,,,kumamoto yokohama',
      '',
    ]);
  });
});
