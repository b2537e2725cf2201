/**
 * The port of Zotero's reading of citation_author (tests/zotero-highwire.ts), held to Zotero's own
 * test cases for cleanAuthor, and our municipality names read through it.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthor, zoteroCreators } from '../zotero-highwire';
import { citationTags, corporateAuthor } from '../../src/lib/citation-meta';

describe("the port of Zotero's name parsing", () => {
  it("parses personal names as Zotero's own cleanAuthor tests expect", () => {
    // zotero/utilities test/tests/utilitiesTest.js, "should parse author names" (without initials).
    for (const first of ['First', 'First Middle']) {
      expect(cleanAuthor(`${first} Last`, false)).toEqual({ firstName: first, lastName: 'Last' });
      expect(cleanAuthor(`Last, ${first}`, true)).toEqual({ firstName: first, lastName: 'Last' });
    }
    expect(cleanAuthor('First Middle Last [CountryName]', false)).toEqual({ firstName: 'First Middle', lastName: 'Last [CountryName' });
    expect(cleanAuthor('Ąžuolas Žolynas', false)).toEqual({ firstName: 'Ąžuolas', lastName: 'Žolynas' });
  });

  it('splits a corporate name written as it is, which is why the site does not write it so', () => {
    expect(zoteroCreators(['Shizuoka City'])).toEqual([{ firstName: 'Shizuoka', lastName: 'City' }]);
  });

  it('splits one tag of several people at commas, and several tags into several creators', () => {
    expect(zoteroCreators(['Jane Doe, John Smith'])).toEqual([
      { firstName: 'Jane', lastName: 'Doe' },
      { firstName: 'John', lastName: 'Smith' },
    ]);
    expect(zoteroCreators(['Doe, Jane', 'Smith, John'])).toHaveLength(2);
  });
});

describe('the municipality as citation_author', () => {
  it('keeps each municipality whole, as a single-field name', () => {
    for (const name of ['Shizuoka City', 'Kuwana City', 'Tokyo', '静岡市', '東京都'])
      expect(zoteroCreators([corporateAuthor(name)]), name).toEqual([{ name }]);
  });

  it('writes the tag through corporateAuthor', () => {
    const tags = citationTags({
      lang: 'en',
      textLang: 'en',
      title: 'Introduction',
      url: 'https://x.jp/en/',
      twinUrl: 'https://x.jp/ja/',
      municipality: 'Yokohama City',
      siteName: 'Site',
    });
    const author = tags.filter((t) => t.name === 'citation_author').map((t) => t.content);
    expect(zoteroCreators(author)).toEqual([{ name: 'Yokohama City' }]);
  });
});
