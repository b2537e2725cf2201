import { z } from 'astro/zod';
import { strictObject } from './shared';

/**
 * Frontmatter of a page of the site's own guides (content/guides/<ja|en>/<slug>.mdx), such as the
 * contributors' guide at /{lang}/contribute/. Written in both languages; not a source text.
 */
export const guideSchema = strictObject({
  /** The page title. */
  title: z.string({ error: 'title is missing: the page title' }).min(1),
  /** One sentence on what the page is for: the page's description for search results and shared links. */
  description: z.string({ error: 'description is missing: one sentence on what the page is for' }).min(10),
});
export type Guide = z.infer<typeof guideSchema>;
