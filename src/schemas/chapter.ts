import { z } from 'astro/zod';
import { strictObject } from './shared';

/** Frontmatter of a chapter MDX file (one per language; its place comes from strategy.yaml). */
export const chapterTextSchema = strictObject({
  /** The chapter title without its number, e.g. 基本方針の趣旨. */
  title: z.string({ error: 'title is missing: the chapter title without its number' }).min(1),
});
export type ChapterText = z.infer<typeof chapterTextSchema>;
