import { describe, expect, it } from 'vitest';
import { citationJsonLd, citationTags, scriptJson, type CitationInput } from '../../src/lib/citation-meta';

const ja: CitationInput = {
  lang: 'ja',
  textLang: 'ja',
  title: 'はじめに',
  url: 'https://x.jp/ja/strategies/s/intro/',
  twinUrl: 'https://x.jp/en/strategies/s/intro/',
  municipality: '静岡市',
  partOf: { title: '静岡市地域外交基本方針', url: 'https://x.jp/ja/strategies/s/' },
  issued: '2014-12',
  modified: '2026-12-04',
  siteName: '日本の都市の国際戦略',
};
const en: CitationInput = {
  ...ja,
  lang: 'en',
  textLang: 'en',
  url: ja.twinUrl,
  twinUrl: ja.url,
  municipality: 'Shizuoka City',
  title: 'Introduction',
};

describe('citation JSON-LD', () => {
  it('describes the Japanese page as the work, published by the municipality, with its English translation', () => {
    expect(citationJsonLd(ja)).toMatchObject({
      '@type': 'CreativeWork',
      '@id': ja.url,
      inLanguage: 'ja',
      publisher: { name: '静岡市' },
      author: { name: '静岡市' },
      datePublished: '2014-12',
      dateModified: '2026-12-04',
      isPartOf: { '@id': 'https://x.jp/ja/strategies/s/' },
      workTranslation: { '@id': en.url, inLanguage: 'en' },
    });
    expect(citationJsonLd(ja)).not.toHaveProperty('translationOfWork');
  });

  it('describes the English page as the translation of the Japanese, made by this site', () => {
    expect(citationJsonLd(en)).toMatchObject({
      inLanguage: 'en',
      translationOfWork: { '@id': ja.url },
      translator: { name: '日本の都市の国際戦略' },
    });
    expect(citationJsonLd(en)).not.toHaveProperty('workTranslation');
  });

  it('claims no translation for an English page that shows the untranslated Japanese', () => {
    const j = citationJsonLd({ ...en, textLang: 'ja' });
    expect(j).not.toHaveProperty('translationOfWork');
    expect(j.inLanguage).toBe('ja');
  });

  it('leaves out a date the source does not give', () => {
    expect(citationJsonLd({ ...ja, issued: undefined })).not.toHaveProperty('datePublished');
  });

  it('escapes <, >, & and U+2028/U+2029 so that the JSON cannot end its script element', () => {
    const out = scriptJson({ name: '</script><!-- & \u2028\u2029' });
    expect(out).toBe('{"name":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
    expect(JSON.parse(out)).toEqual({ name: '</script><!-- & \u2028\u2029' });
  });
});

describe('citation meta tags', () => {
  it('give the title, the municipality as author, the date, the language and the URL', () => {
    const tags = Object.fromEntries(citationTags(en).map((t) => [t.name, t.content]));
    expect(tags).toMatchObject({
      citation_title: 'Introduction',
      // The inverted form with no given name, so that Zotero keeps the name whole (corporateAuthor).
      citation_author: 'Shizuoka City,',
      citation_publication_date: '2014/12',
      citation_language: 'en',
      citation_public_url: en.url,
      citation_inbook_title: '静岡市地域外交基本方針',
    });
    expect(tags).not.toHaveProperty('citation_technical_report_institution');
  });

  it("type a strategy's own page as a report issued by the municipality, which Zotero reads as the institution", () => {
    const tags = Object.fromEntries(citationTags({ ...en, partOf: undefined }).map((t) => [t.name, t.content]));
    expect(tags.citation_technical_report_institution).toBe('Shizuoka City');
    expect(tags).not.toHaveProperty('citation_inbook_title');
  });
});
