import type { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject, yearSchema } from './shared';

/** A network of cities or an international organization the strategies name (content/networks.yaml). */
export const networkSchema = strictObject({
  /** Stable ASCII ID, e.g. anmc21, citynet, c40. */
  id: idSchema,
  /** The name in both languages, as the sources write it in Japanese. */
  name: localizedSchema,
  /** A short name or acronym, e.g. アジネット / ANMC21. */
  shortName: localizedSchema.optional(),
  /** The year it was founded, where a source gives it. */
  founded: yearSchema.optional(),
  /** What it is, in a sentence, in both languages. */
  description: localizedSchema.optional(),
});
export type Network = z.infer<typeof networkSchema>;
