import { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject } from './shared';

/** A world region, a country or territory, or a named group of regions (content/regions.yaml). */
export const regionSchema = strictObject({
  /** Stable ASCII ID used in URLs (/ja/regions/<id>/) and in references from measures and cities. */
  id: idSchema,
  /** world-region (e.g. East Asia), country, territory (e.g. Taiwan, Hong Kong) or group (e.g. Asia). */
  kind: z.enum(['world-region', 'country', 'territory', 'group'], {
    error: 'kind must be one of: world-region, country, territory, group',
  }),
  /** The name in both languages, Japanese as the sources write it. */
  name: localizedSchema,
  /** The formal name, e.g. アメリカ合衆国 / United States of America. */
  formalName: localizedSchema.optional(),
  /** For a country or territory: the ID of the world region it belongs to. */
  parent: idSchema.optional(),
  /** For a group: the IDs of the world regions it covers. */
  includes: z.array(idSchema).optional(),
});
export type Region = z.infer<typeof regionSchema>;
