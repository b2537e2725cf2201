import { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject } from './shared';

/** A fixed term (content/glossary.yaml): the approved English for a Japanese term. */
export const glossaryTermSchema = strictObject({
  /** Stable ASCII ID of the term. */
  id: idSchema,
  /** The Japanese term as the sources write it. */
  ja: z.string().min(1),
  /** The approved English; every translation uses it. */
  en: z.string().min(1),
  /** When to use the term or what it is not, in both languages. */
  note: localizedSchema.optional(),
  /**
   * The municipalities (city IDs) whose texts the term applies to, for names that differ between
   * them (a bureau called 経済局 in one city is not another city's 経済局); omit for all.
   */
  scope: z.array(idSchema).optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
