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
  /**
   * For a country or territory: its ISO 3166-1 numeric code, three digits in quotes (France '250'),
   * by which the maps find and outline its shape. Leave it out for a place too small for the world
   * map's data (Natural Earth 1:110m has no Singapore or Hong Kong): its map is then framed around its cities.
   */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/, "isoNumeric is the ISO 3166-1 numeric code as three digits in quotes, e.g. '250' for France")
    .optional(),
  /** For a group: the IDs of the world regions it covers. */
  includes: z.array(idSchema).optional(),
});
export type Region = z.infer<typeof regionSchema>;
