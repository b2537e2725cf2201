import { z } from 'astro/zod';
import { idSchema, strictObject } from './shared';

/** The kinds of things that have a page of their own and other names readers search them by (networks have no page). */
export const ALIAS_KINDS = ['region', 'city', 'theme'] as const;

/**
 * Other names of one country, city or theme (content/aliases.yaml): common names,
 * abbreviations, formal and former names that readers type into the search but the pages do not
 * write. They are indexed, hidden, on the thing's own page in each language, and listed in the
 * glossary. The page's own name is not repeated here.
 */
export const aliasSchema = strictObject({
  /** What the names are for: region (countries and regions, content/regions.yaml), city or theme. */
  kind: z.enum(ALIAS_KINDS, { error: `kind is one of ${ALIAS_KINDS.join(', ')}` }),
  /** The ID of that region, city or theme, as in its own YAML file (united-states, ho-chi-minh-city). */
  id: idSchema,
  /** Names a Japanese reader may search for, e.g. [アメリカ, アメリカ合衆国, USA]. */
  ja: z.array(z.string().trim().min(1, 'an empty name')).default([]),
  /** Names an English reader may search for, e.g. [USA, America, U.S.]. */
  en: z.array(z.string().trim().min(1, 'an empty name')).default([]),
});
export type Alias = z.infer<typeof aliasSchema>;
