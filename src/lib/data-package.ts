/**
 * The open data's sidecar metadata, /data/datapackage.json (a Frictionless Data Package v2): the
 * licence (CC BY 4.0), the sources (each strategy's publisher and document) and every file with its
 * columns. The CSV and JSON tables themselves stay as they are; this file describes them.
 */
import type { Strategy } from '../schemas/strategy';
import type { Edition } from '../schemas/edition';
import { editionDated, editionName } from './editions';
import { LICENCE } from './licence';
import type { Table } from './open-data';
import { paths } from './routes';

export interface DataPackageInput {
  tables: Table[];
  strategies: Strategy[];
  /** The earlier editions (site.editions without the current ones): each a source and a JSON file of its own. */
  earlier: { strategy: string; edition: Edition; data: Strategy }[];
  /** The site's origin, for absolute URLs. */
  origin: URL;
  siteName: { ja: string; en: string };
}

const licences = [{ name: LICENCE.spdx, path: LICENCE.url, title: 'Creative Commons Attribution 4.0 International' }];

/**
 * The translators' exchange files (glossary and translation memory). Their Japanese is the
 * municipalities' (each under its own terms: see the licence page); the English and the files are CC BY 4.0.
 */
const EXCHANGE_FILES = [
  {
    name: 'glossary-csv',
    path: 'glossary.csv',
    format: 'csv',
    mediatype: 'text/csv',
    description: 'The glossary of fixed terms: Japanese, approved English, note.',
  },
  {
    name: 'glossary-tbx',
    path: 'glossary.tbx',
    format: 'tbx',
    mediatype: 'application/x-tbx+xml',
    description: 'The glossary as TermBase eXchange (TBX).',
  },
  {
    name: 'translation-memory',
    path: 'translation-memory.tmx',
    format: 'tmx',
    mediatype: 'application/x-tmx+xml',
    description:
      "The aligned Japanese and English blocks as a translation memory (TMX); the Japanese segments are the municipalities' originals.",
  },
];

/** The path of a /data/ file relative to /data/, as a Data Package resource names it. */
const local = (p: string) => p.replace(/^\/data\//, '');

/**
 * The JSON Schema of a full-text file. Data Package v2 defines `schema` only for tabular resources
 * (a Table Schema); its "JSON Data Resources" recipe gives a JSON resource's JSON Schema in the same
 * property, as a path, and marks the resource with the recipe's profile so that a reader does not take
 * the schema for a Table Schema (there is no standard property for it yet).
 */
const STRATEGY_SCHEMA = { profile: 'json-data-resource', schema: local(paths.strategySchema()) };

/** An earlier edition's original (its own document, under its municipality's terms) and full text as JSON. */
function earlierEdition({ strategy, edition, data }: DataPackageInput['earlier'][number]) {
  return {
    source: {
      title: `${data.title.ja}（${editionName(edition, 'ja')}） (${data.title.en}, ${editionName(edition, 'en')})`,
      publisher: data.source.publisher.ja,
      ...(data.source.url ? { path: data.source.url } : {}),
      date: edition.date,
    },
    resource: {
      name: `strategy-${strategy}-edition-${edition.id}`,
      path: local(paths.editionData(strategy, edition.id)),
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      description: `The full text of the ${editionDated(edition, 'en')} of ${data.title.en} (${data.title.ja}) in Japanese and English, block by block, with its measures' facts, as published; not the current edition.`,
      ...STRATEGY_SCHEMA,
      licenses: licences,
    },
  };
}

export function dataPackage({ tables, strategies, earlier, origin, siteName }: DataPackageInput) {
  const editions = earlier.map(earlierEdition);
  const abs = (p: string) => new URL(p, origin).href;
  return {
    // Data Package v2: a package of tables and other files (v1's tabular-data-package requires every resource to be a table).
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'city-strategies',
    title: `${siteName.en} / ${siteName.ja}`,
    homepage: abs(paths.dataDocs('en')),
    licenses: licences,
    /** The originals, each under its municipality's own terms (see the licence page). */
    sources: [
      ...strategies.map((s) => ({
        title: `${s.title.ja} (${s.title.en})`,
        publisher: s.source.publisher.ja,
        ...(s.source.url ? { path: s.source.url } : {}),
        ...(s.issued ? { date: s.issued } : {}),
      })),
      ...editions.map((e) => e.source),
    ],
    /** Where the terms are stated in full, in each language. */
    terms: { ja: abs(paths.licence('ja')), en: abs(paths.licence('en')) },
    resources: [
      ...tables.flatMap((t) =>
        (['csv', 'json'] as const).map((format) => ({
          name: `${t.id}-${format}`,
          path: local(paths.dataFile(`${t.id}.${format}`)),
          format,
          mediatype: format === 'csv' ? 'text/csv' : 'application/json',
          encoding: format === 'csv' ? 'utf-8-sig' : 'utf-8',
          type: 'table',
          description: t.description.en,
          licenses: licences,
          schema: { fields: t.columns.map((c) => ({ name: c.name, description: c.description.en })) },
        })),
      ),
      ...EXCHANGE_FILES.map((f) => ({ ...f, path: local(paths.dataFile(f.path)), encoding: 'utf-8', licenses: licences })),
      {
        name: 'strategy-schema',
        path: STRATEGY_SCHEMA.schema,
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
        description: "The JSON Schema (draft 2020-12) of the strategies' full-text files below.",
        licenses: licences,
      },
      ...strategies.map((s) => ({
        name: `strategy-${s.id}`,
        path: local(paths.strategyData(s.id)),
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description: `The full text of ${s.title.en} (${s.title.ja}) in Japanese and English, block by block, with its measures' facts.`,
        ...STRATEGY_SCHEMA,
        licenses: licences,
      })),
      ...editions.map((e) => e.resource),
    ],
  };
}
