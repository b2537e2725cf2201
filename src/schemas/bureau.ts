import { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject } from './shared';

/** A bureau (局) or other body of a municipality that is responsible for measures (content/bureaus.yaml). */
export const bureauSchema = strictObject({
  /** Stable ASCII ID, "<city>-<bureau>", e.g. shizuoka-economy. */
  id: idSchema,
  /** The municipality's city ID. */
  city: idSchema,
  /** The name in both languages; the English is the glossary's approved English. */
  name: localizedSchema,
  /**
   * true for words the source appends to a list of bureaus rather than a bureau (等, ほか関係各局):
   * written straight after the previous name, without 、.
   */
  suffix: z.boolean().default(false),
});
export type Bureau = z.infer<typeof bureauSchema>;
