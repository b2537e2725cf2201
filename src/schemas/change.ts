import { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject } from './shared';

/** What kind of change an entry of the change log records. */
export const CHANGE_KINDS = ['new-strategy', 'revised-translation', 'correction', 'moved-link', 'site'] as const;

/** One entry of content/changes.yaml, the change log of the site and of each strategy. */
export const changeSchema = strictObject({
  /** A stable ASCII name for the entry: its anchor on the changes page and its id in the feeds. Never reuse one. */
  id: idSchema,
  /** The day the change was published, YYYY-MM-DD. */
  date: z.iso.date({ error: 'date is a day written YYYY-MM-DD, e.g. 2026-12-04' }),
  /**
   * new-strategy (a strategy published), revised-translation (the English reworded), correction
   * (a fact, name or number put right), moved-link (a page or anchor moved: see redirects.yaml),
   * site (a change to the site as a whole).
   */
  kind: z.enum(CHANGE_KINDS, { error: `kind must be one of: ${CHANGE_KINDS.join(', ')}` }),
  /** The strategy it concerns (its ID); leave out for a change to the site as a whole. */
  strategy: idSchema.optional(),
  /** What changed, for readers, in both languages: a sentence or two. */
  summary: localizedSchema,
  /**
   * The pages it concerns, as paths after /ja/ or /en/ (e.g. strategies/kumamoto-2018/partner-cities/
   * or cities/rome-georgia/); they are linked in each language and must exist.
   */
  pages: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9/-]*\/$/, 'a page is a path after /ja/ or /en/, ending in /, e.g. cities/rome-georgia/'))
    .default([]),
});
export type Change = z.infer<typeof changeSchema>;

export const changesFileSchema = z.array(changeSchema);
