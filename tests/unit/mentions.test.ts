import { describe, expect, it } from 'vitest';
import { findMentions, namesOf } from '../../src/lib/mentions';
import { citySchema } from '../../src/schemas/city';

const city = (id: string, ja: string) => citySchema.parse({ id, name: { ja, en: id }, country: 'x', coordinates: [0, 0] });

describe('finding the sections that name a city', () => {
  it('knows a city by its name with and without 市', () => {
    expect(namesOf(city('cannes', 'カンヌ市'))).toEqual(['カンヌ市', 'カンヌ']);
    expect(namesOf(city('hue', 'フエ市'))).toEqual(['フエ市', 'フエ']);
  });
  it('attributes a mention to the section it stands in', () => {
    const body = 'はじめに\n\n## (1) 姉妹都市 {#sisters}\n\nカンヌ市との交流。\n\n## (2) その他 {#others}\n\nなし。';
    const found = [...findMentions('s', 'c', body, [city('cannes', 'カンヌ市')]).values()];
    expect(found).toEqual([{ strategy: 's', chapter: 'c', anchor: 'sisters', heading: '(1) 姉妹都市' }]);
  });
  it('does not take a katakana name inside a longer katakana word', () => {
    expect(findMentions('s', 'c', '## x {#x}\n\nフエルトの製品', [city('hue', 'フエ市')]).size).toBe(0);
    expect(findMentions('s', 'c', '## x {#x}\n\nフエ市と交流', [city('hue', 'フエ市')]).size).toBe(1);
  });
});
