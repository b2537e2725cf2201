/**
 * Machine-readable citation data for strategy, chapter and measure pages: schema.org JSON-LD (the
 * work, its publisher the municipality, its date and language, and the translation relation between
 * the Japanese and English pages) and the citation_* meta tags that reference managers such as
 * Zotero read (title, author as the municipality, publication date, language, URL).
 */
import type { Lang } from '../schemas/shared';

export interface CitationInput {
  /** The page's language, and the language of the text it shows (Japanese on an untranslated English page). */
  lang: Lang;
  textLang: Lang;
  /** The work this page is: the strategy itself, or a chapter or measure of it. */
  title: string;
  /** Absolute URLs of this page and of its twin in the other language. */
  url: string;
  twinUrl: string;
  /** The municipality that issued the strategy, in the page's language. */
  municipality: string;
  /** The strategy's title in the page's language and its overview's absolute URL (for a chapter or a measure). */
  partOf?: { title: string; url: string } | undefined;
  /** The source's date of issue, YYYY-MM or YYYY-MM-DD, where it gives one. */
  issued?: string | undefined;
  /** When the page's text last changed (YYYY-MM-DD), from the update ledger. */
  modified?: string | undefined;
  /** This site, as the translator of the English pages. */
  siteName: string;
}

const org = (name: string) => ({ '@type': 'GovernmentOrganization', name });

/** The schema.org description of the page's work. */
export function citationJsonLd(c: CitationInput): Record<string, unknown> {
  const translation = c.lang === 'en' && c.textLang === 'en';
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': c.url,
    url: c.url,
    name: c.title,
    inLanguage: c.textLang,
    author: org(c.municipality),
    publisher: org(c.municipality),
    ...(c.issued ? { datePublished: c.issued } : {}),
    ...(c.modified ? { dateModified: c.modified } : {}),
    ...(c.partOf ? { isPartOf: { '@type': 'CreativeWork', '@id': c.partOf.url, name: c.partOf.title } } : {}),
    ...(translation
      ? {
          translationOfWork: { '@type': 'CreativeWork', '@id': c.twinUrl, inLanguage: 'ja' },
          translator: { '@type': 'Organization', name: c.siteName },
        }
      : c.lang === 'ja'
        ? { workTranslation: { '@type': 'CreativeWork', '@id': c.twinUrl, inLanguage: 'en' } }
        : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: the site's one escaping for script data. */
export { jsonForScript as scriptJson } from './json-script';

/**
 * The municipality as `citation_author`. Highwire tags have no way to mark a corporate author, and
 * Zotero splits a name written without a comma at its last space, so "Shizuoka City" would become
 * first name "Shizuoka", last name "City". Written in the inverted "Family, Given" form with no given
 * name ("Shizuoka City,"), it is read as one family name, and Zotero saves a creator without a first
 * name as a single-field, institutional name. A name without a space (静岡市, Tokyo) needs no comma.
 */
export function corporateAuthor(name: string): string {
  return /\s/.test(name) ? `${name},` : name;
}

/**
 * The citation_* meta tags (Highwire Press names, as Google Scholar and Zotero read them). Zotero's
 * Embedded Metadata translator types a page by these names: `citation_inbook_title` makes a chapter
 * or measure a book section of its strategy, `citation_technical_report_institution` makes the
 * strategy a report issued by the municipality (with neither it guesses a journal article).
 */
export function citationTags(c: CitationInput): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: c.title },
    { name: 'citation_author', content: corporateAuthor(c.municipality) },
    { name: 'citation_publisher', content: c.municipality },
    ...(c.issued ? [{ name: 'citation_publication_date', content: c.issued.replaceAll('-', '/') }] : []),
    c.partOf
      ? { name: 'citation_inbook_title', content: c.partOf.title }
      : { name: 'citation_technical_report_institution', content: c.municipality },
    { name: 'citation_language', content: c.textLang },
    { name: 'citation_public_url', content: c.url },
  ];
}
