/**
 * Content collections. Everything lives in the top-level content/ folder (SITE_CONTENT_DIR in
 * tests, to build fixtures): data as YAML, texts as MDX in ja/ and en/ folders that mirror each
 * other. Every collection is loaded by lib/content-loader.ts from the files `npm run check` reads
 * and validates (lib/content-files.ts), so the check and the build agree on what is valid.
 */
import { relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { contentLoader, type StoredEntry } from './lib/content-loader';
import type { MdxFile } from './lib/content-files';
import type { TextFile } from './lib/content-index';
import { strategySchema } from './schemas/strategy';
import { measureFileSchema, measureTextSchema } from './schemas/measure';
import { chapterTextSchema } from './schemas/chapter';
import { citySchema } from './schemas/city';
import { regionSchema } from './schemas/region';
import { bureauSchema } from './schemas/bureau';
import { unitSchema } from './schemas/unit';
import { glossaryTermSchema } from './schemas/glossary';
import { networkSchema } from './schemas/network';
import { themeSchema } from './schemas/theme';
import { aliasSchema } from './schemas/alias';
import { notMentionsSchema } from './schemas/not-mention';
import { guideSchema } from './schemas/guide';
import { changeSchema } from './schemas/change';
import { redirectSchema } from './schemas/redirect';

/** A text for @astrojs/mdx to render: its id is its path under content/strategies/ (routes use the data's ids). */
const text = (t: TextFile<unknown, MdxFile>, kind: 'chapter' | 'measure'): StoredEntry => ({
  id: `${t.strategy}/${t.lang}/${kind === 'measure' ? 'measures/' : ''}${t.slug}.mdx`,
  data: t.data as Record<string, unknown>,
  filePath: t.file,
  body: t.entry.body,
  digest: t.entry.digest,
  deferredRender: true,
});
/** A YAML entry with an id of its own. */
const item = (data: { id: string }): StoredEntry => ({ id: data.id, data });
/**
 * A list whose order matters (the change log, the redirect ledger) as one entry holding the whole
 * list: its order is the file's, and an empty list is still an entry (Astro warns on an empty
 * collection, and an empty redirect ledger is the normal state).
 */
const ledger = (id: string, entries: object[]): StoredEntry[] => [{ id, data: { entries } }];
/**
 * A strategy's YAML file (strategy.yaml, measures.yaml), by its path under content/strategies/: the
 * strategy's folder and the file's name (an earlier edition's: <strategy>/editions/<edition>/…).
 */
const yamlFile = (f: { file: string; data: unknown }): StoredEntry => ({
  id: relative(`${contentDir()}/strategies`, f.file).replace(/\.yaml$/, ''),
  data: f.data as Record<string, unknown>,
  filePath: f.file,
});

export const collections = {
  strategies: defineCollection({
    loader: contentLoader('strategies', (r) => r.content.raw.strategies.map(yamlFile)),
    schema: strategySchema,
  }),
  measureFacts: defineCollection({
    loader: contentLoader('measureFacts', (r) => r.content.raw.measureFiles.map(yamlFile)),
    schema: measureFileSchema,
  }),
  chapters: defineCollection({
    loader: contentLoader('chapters', (r) => r.content.raw.chapterTexts.map((t) => text(t, 'chapter'))),
    schema: chapterTextSchema,
  }),
  measures: defineCollection({
    loader: contentLoader('measures', (r) => r.content.raw.measureTexts.map((t) => text(t, 'measure'))),
    schema: measureTextSchema,
  }),
  cities: defineCollection({ loader: contentLoader('cities', (r) => r.content.raw.cities.map(item)), schema: citySchema }),
  regions: defineCollection({ loader: contentLoader('regions', (r) => r.content.raw.regions.map(item)), schema: regionSchema }),
  bureaus: defineCollection({ loader: contentLoader('bureaus', (r) => r.content.raw.bureaus.map(item)), schema: bureauSchema }),
  units: defineCollection({ loader: contentLoader('units', (r) => r.content.raw.units.map(item)), schema: unitSchema }),
  themes: defineCollection({ loader: contentLoader('themes', (r) => r.content.raw.themes.map(item)), schema: themeSchema }),
  networks: defineCollection({ loader: contentLoader('networks', (r) => r.content.raw.networks.map(item)), schema: networkSchema }),
  guides: defineCollection({
    loader: contentLoader('guides', (r) =>
      r.content.guides.map((g) => ({
        id: `${g.lang}/${g.slug}`,
        data: g.data,
        filePath: g.file,
        body: g.entry.body,
        digest: g.entry.digest,
        deferredRender: true,
      })),
    ),
    schema: guideSchema,
  }),
  /** The change log, in the file's order (lib/changes.ts). */
  changes: defineCollection({
    loader: contentLoader('changes', (r) => ledger('changes', r.content.changes)),
    schema: z.object({ entries: z.array(changeSchema) }),
  }),
  /** The redirect ledger, in the file's order (lib/redirects.ts). */
  redirects: defineCollection({
    loader: contentLoader('redirects', (r) => ledger('redirects', r.content.redirects)),
    schema: z.object({ entries: z.array(redirectSchema) }),
  }),
  glossary: defineCollection({ loader: contentLoader('glossary', (r) => r.content.glossary.map(item)), schema: glossaryTermSchema }),
  // Ids by kind: a region and a city may share one (hong-kong).
  aliases: defineCollection({
    loader: contentLoader('aliases', (r) => r.content.aliases.map((a) => ({ id: `${a.kind}/${a.id}`, data: a }))),
    schema: aliasSchema,
  }),
  /** The phrases that are not mentions (content/not-mentions.yaml): one entry, none without the file. */
  notMentions: defineCollection({
    loader: contentLoader('notMentions', (r) =>
      r.content.raw.notMentions ? [{ id: 'not-mentions', data: r.content.raw.notMentions }] : [],
    ),
    schema: notMentionsSchema,
  }),
};
