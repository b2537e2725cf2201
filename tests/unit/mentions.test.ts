import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { findMentions, matchNames, nameTable, targetKey, textContext, type MentionData } from '../../src/lib/mentions';
import { MDX_FEATURES } from '../../src/lib/mdx-check';
import { splitText, textFileOf } from '../../src/lib/mention-links';
import { readMentionData } from '../../src/lib/mention-data';
import { sectionPath } from '../../src/lib/index/mention-index';
import type { MdNode } from '../../src/lib/text-blocks';
import { citySchema } from '../../src/schemas/city';
import { regionSchema } from '../../src/schemas/region';
import { bureauSchema } from '../../src/schemas/bureau';
import { networkSchema } from '../../src/schemas/network';

const city = (id: string, ja: string, en: string, country: string, tiedTo?: string) =>
  citySchema.parse({
    id,
    name: { ja, en },
    country,
    coordinates: [0, 0],
    relationships: tiedTo ? [{ with: tiedTo, type: 'sister-city', source: 's' }] : [],
  });
const region = (id: string, ja: string, en: string, kind = 'country') => regionSchema.parse({ id, kind, name: { ja, en } });

/** A small world: two Romes, two 中区, a city-state, Asia, a bureau of each of two municipalities, phrases that are not mentions. */
function data(): MentionData {
  return {
    cities: [
      city('shizuoka', '静岡市', 'Shizuoka City', 'japan'),
      city('yokohama', '横浜市', 'Yokohama City', 'japan'),
      city('rome', 'ローマ市', 'Rome', 'italy'),
      city('rome-georgia', 'ローム市', 'Rome, Georgia', 'united-states', 'shizuoka'),
      city('naka-yokohama', '中区', 'Naka Ward', 'japan'),
      city('naka-nagoya', '中区', 'Naka Ward', 'japan'),
      city('singapore', 'シンガポール', 'Singapore', 'singapore'),
      city('hue', 'フエ市', 'Hue', 'vietnam'),
      city('ulsan', '蔚山広域市', 'Ulsan Metropolitan City', 'south-korea'),
    ],
    regions: [
      region('japan', '日本', 'Japan'),
      region('italy', 'イタリア', 'Italy'),
      region('united-states', '米国', 'United States'),
      region('singapore', 'シンガポール', 'Singapore'),
      region('asia', 'アジア', 'Asia', 'group'),
      region('china', '中国', 'China'),
      region('thailand', 'タイ', 'Thailand'),
    ],
    networks: [
      networkSchema.parse({
        id: 'anmc21',
        name: { ja: 'アジア大都市ネットワーク21', en: 'Asian Network of Major Cities 21' },
        shortName: { ja: 'アジネット', en: 'ANMC21' },
      }),
    ],
    bureaus: [
      bureauSchema.parse({ id: 'shizuoka-general-affairs', city: 'shizuoka', name: { ja: '総務局', en: 'General Affairs Bureau' } }),
      bureauSchema.parse({ id: 'yokohama-general-affairs', city: 'yokohama', name: { ja: '総務局', en: 'General Affairs Bureau' } }),
    ],
    aliases: [{ kind: 'region', id: 'united-states', ja: ['アメリカ'], en: ['US', 'America'] }],
    notMentions: { ja: ['アジア太平洋', 'アジア・太平洋', '中国語'], en: ['Asia Pacific', 'US$'] },
    bureausWithPage: new Set(['shizuoka-general-affairs', 'yokohama-general-affairs']),
    municipalityOf: new Map([
      ['shizuoka-2017', 'shizuoka'],
      ['yokohama-2015', 'yokohama'],
    ]),
  };
}

const table = nameTable(data());
const tree = (mdx: string) => mdxToMdast(mdx, { features: MDX_FEATURES }) as unknown as MdNode;
/** The first mentions of a text, as `section kind:id`. */
function linked(mdx: string, strategy = 'shizuoka-2017', lang: 'ja' | 'en' = 'ja') {
  const found = findMentions(tree(mdx), textContext(data(), strategy, lang), table);
  return found.mentions.filter((m) => m.first).map((m) => `${m.section} ${targetKey(m.target)}`);
}

describe('finding mentions in a text', () => {
  it('finds cities, countries, networks and bureaus by their names and other names, in each language', () => {
    expect(linked('ローマ市、米国、アメリカ、アジネット、総務局と協力する。')).toEqual([
      ' city:rome',
      ' region:united-states',
      ' network:anmc21',
      ' bureau:shizuoka-general-affairs',
    ]);
    expect(linked('With Rome, the US and ANMC21.', 'shizuoka-2017', 'en')).toEqual([
      ' city:rome-georgia',
      ' region:united-states',
      ' network:anmc21',
    ]);
  });

  it('knows a city written with 市 where the data has 広域市 or no suffix, but not a prefecture of its name', () => {
    expect(linked('蔚山市、蔚山広域市、蔚山県')).toEqual([' city:ulsan']);
    expect(linked('ローマとローマ市', 'yokohama-2015')).toEqual([' city:rome']);
  });

  it('links the first mention of each target in each section only', () => {
    expect(linked('米国と米国。\n\n## A {#a}\n\n米国\n\n米国\n\n## B {#b}\n\nなし')).toEqual([
      ' region:united-states',
      'a region:united-states',
    ]);
  });

  it('leaves headings, links, code, <Ja> quotations and component attributes alone', () => {
    const mdx = [
      '## 米国との交流 {#us}',
      '',
      '[米国](https://example.org/) `米国` <Ja>米国</Ja>',
      '',
      '<PartnerProfile city="rome" />',
      '',
      '```',
      '米国',
      '```',
    ].join('\n');
    expect(linked(mdx)).toEqual([]);
  });

  it('resolves two cities of one name by the strategy’s ties, and reports them where nothing tells', () => {
    // Shizuoka's strategy is tied to Rome, Georgia: its "Rome" is that Rome.
    expect(linked('Rome', 'shizuoka-2017', 'en')).toEqual([' city:rome-georgia']);
    // Yokohama has no tie to either: "Rome" is ambiguous, not linked, reported.
    const found = findMentions(tree('Rome'), textContext(data(), 'yokohama-2015', 'en'), table);
    expect(found.mentions).toEqual([]);
    expect(found.ambiguous.map((a) => a.candidates.map(targetKey))).toEqual([['city:rome', 'city:rome-georgia']]);
  });

  it('does not guess which 中区 a text means, and takes the explicit mark', () => {
    expect(linked('中区の取組')).toEqual([]);
    expect(linked('<Place city="naka-nagoya">中区</Place>の取組')).toEqual([' city:naka-nagoya']);
  });

  it('takes a country over the city-state of the same name unless the strategy is tied to the city', () => {
    expect(linked('シンガポール')).toEqual([' region:singapore']);
  });

  it('finds only the strategy’s own municipality’s bureaus, and never the municipality or its country', () => {
    expect(linked('総務局', 'yokohama-2015')).toEqual([' bureau:yokohama-general-affairs']);
    expect(linked('静岡市と日本と静岡', 'shizuoka-2017')).toEqual([]);
  });
});

describe('where a name stands on its own', () => {
  const names = (text: string, lang: 'ja' | 'en') => matchNames(text, table[lang]).map((m) => m.name);
  it('takes no name inside a longer word or a hyphenated compound', () => {
    expect(names('Asia-Pacific and the Asia Pacific, Asians, Asia.', 'en')).toEqual(['Asia Pacific', 'Asia']);
    expect(names('The USA, US$ 10, a RUSTIC US town', 'en')).toEqual(['US$', 'US']);
  });
  it('takes no katakana name inside a longer katakana word', () => {
    expect(names('タイプとタイトル、フエルト、タイ・ベトナム', 'ja')).toEqual(['タイ']);
    // The middle dot separates names (アジア・アフリカ), but アジア・太平洋 is one region, Asia-Pacific.
    expect(names('アジア・太平洋地域、アジア・アフリカ', 'ja')).toEqual(['アジア・太平洋', 'アジア']);
  });
  it('takes no Japanese name followed by an administrative suffix, and the longest name first', () => {
    expect(names('静岡県と静岡市、アジア太平洋、アジア大都市ネットワーク21、中国語と中国', 'ja')).toEqual([
      '静岡市',
      'アジア太平洋',
      'アジア大都市ネットワーク21',
      '中国語',
      '中国',
    ]);
  });
  it('drops names too short to tell from words', () => {
    expect(nameTable({ ...data(), aliases: [{ kind: 'region', id: 'china', ja: ['中'], en: ['Cn'] }] }).en.names.has('Cn')).toBe(false);
  });
});

describe('cutting a compiled text around its links', () => {
  const mention = (text: string, from: number, first = true) => ({
    target: { kind: 'region' as const, id: 'x' },
    section: '',
    first,
    node: 0,
    from,
    to: from + text.length,
    text,
  });
  const link = (_m: unknown, children: unknown[]) => ({ type: 'link', children });
  it('finds each name where smart punctuation shortened the text before it', () => {
    // "a -- b" became "a – b": the name moved one place left.
    expect(splitText('a – Asia and Asia', [mention('Asia', 5), mention('Asia', 14, false)], link)).toEqual([
      { type: 'text', value: 'a – ' },
      { type: 'link', children: [{ type: 'text', value: 'Asia' }] },
      { type: 'text', value: ' and Asia' },
    ]);
  });
  it('fails loudly when a name is not where the index found it', () => {
    expect(() => splitText('nothing here', [mention('Asia', 3)], link)).toThrow(/found by the index/);
  });
});

describe('the link plugin’s data, read from a content folder', () => {
  it('knows an earlier edition’s text by its folder, with that edition’s municipality as its frame', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mentions-'));
    cpSync('tests/fixtures/valid', dir, { recursive: true });
    cpSync('tests/fixtures/editions/strategies', join(dir, 'strategies'), { recursive: true });
    const file = textFileOf(join(dir, 'strategies/sample-2020/editions/draft/ja/intro.mdx'))!;
    expect(file).toEqual({ dir, strategy: 'sample-2020/editions/draft', lang: 'ja' });
    const context = textContext(readMentionData(dir), file.strategy, file.lang);
    expect(context.municipality).toBe('sample');
    expect([...context.frame]).toEqual(['city:sample', 'region:japan']);
  });
});

describe('where a mentioning section is on the site', () => {
  const mention = { target: { kind: 'city' as const, id: 'rome' }, strategy: 's', slug: 'x', langs: ['ja' as const], title: {} };
  it('is its chapter’s or measure’s page, with its heading’s anchor when it has one', () => {
    expect(sectionPath('en', { ...mention, kind: 'chapter', anchor: 'partners' })).toBe('/en/strategies/s/x/#partners');
    expect(sectionPath('ja', { ...mention, kind: 'measure', anchor: '' })).toBe('/ja/strategies/s/measures/x/');
  });
});
