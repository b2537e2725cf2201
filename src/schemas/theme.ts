import type { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject } from './shared';

/** A theme of the site's taxonomy (content/themes.yaml), assigned to measures to compare strategies by subject. */
export const themeSchema = strictObject({
  /** Stable ASCII ID used in URLs (/ja/themes/<id>/) and in measures.yaml `themes`. */
  id: idSchema,
  /** The name in both languages. */
  name: localizedSchema,
  /** What belongs under the theme, so that editors assign it consistently. */
  description: localizedSchema,
});
export type Theme = z.infer<typeof themeSchema>;
