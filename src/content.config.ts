/**
 * Content collections. Everything lives in the top-level content/ folder (SITE_CONTENT_DIR in
 * tests, to build fixtures): data as YAML, texts as Markdown (.md) or MDX (.mdx, for components
 * with attributes or inline) in ja/ and en/ folders that mirror each other.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { yamlListLoader } from './lib/yaml-list-loader';
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

const dir = contentDir();
// Entry IDs are derived from file paths and not used for URLs: routes use the explicit ids in the data.
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');
// Texts keep their extension in the id: x.md beside x.mdx must reach the index as two files (and
// fail there as a duplicate), not overwrite each other in the content store.

export const collections = {
  strategies: defineCollection({
    loader: glob({ pattern: '*/strategy.yaml', base: `${dir}/strategies`, generateId: pathId }),
    schema: strategySchema,
  }),
  measureFacts: defineCollection({
    loader: glob({ pattern: '*/measures.yaml', base: `${dir}/strategies`, generateId: pathId }),
    schema: measureFileSchema,
  }),
  chapters: defineCollection({
    loader: glob({ pattern: '*/{ja,en}/*.{md,mdx}', base: `${dir}/strategies`, generateId: pathId }),
    schema: chapterTextSchema,
  }),
  measures: defineCollection({
    loader: glob({ pattern: '*/{ja,en}/measures/*.{md,mdx}', base: `${dir}/strategies`, generateId: pathId }),
    schema: measureTextSchema,
  }),
  cities: defineCollection({ loader: yamlListLoader(`${dir}/cities.yaml`), schema: citySchema }),
  regions: defineCollection({ loader: yamlListLoader(`${dir}/regions.yaml`), schema: regionSchema }),
  bureaus: defineCollection({ loader: yamlListLoader(`${dir}/bureaus.yaml`), schema: bureauSchema }),
  units: defineCollection({ loader: yamlListLoader(`${dir}/units.yaml`), schema: unitSchema }),
  themes: defineCollection({ loader: yamlListLoader(`${dir}/themes.yaml`), schema: themeSchema }),
  networks: defineCollection({ loader: yamlListLoader(`${dir}/networks.yaml`), schema: networkSchema }),
  glossary: defineCollection({ loader: yamlListLoader(`${dir}/glossary.yaml`), schema: glossaryTermSchema }),
};
