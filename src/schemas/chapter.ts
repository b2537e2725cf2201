import { z } from 'astro/zod';
import { strictObject } from './shared';

/** Frontmatter of a chapter MDX file (one per language; its place comes from strategy.yaml). */
export const chapterTextSchema = strictObject({
  /** The chapter title without its number, e.g. 基本方針の趣旨. */
  title: z.string({ error: 'title is missing: the chapter title without its number' }).min(1),
  /**
   * English files only: the hash of the Japanese file this translation was made from. Written by
   * `npm run translations -- --stamp <file>` after translating or reviewing; when the Japanese
   * changes, the page says the translation may be outdated until it is reviewed and stamped again.
   */
  translatedFrom: z
    .string({ error: 'translatedFrom is a quoted hash, translatedFrom: "0123456789ab", written by npm run translations -- --stamp <file>' })
    .regex(/^[0-9a-f]{12}$/, 'translatedFrom is written by npm run translations -- --stamp <file>; do not edit it by hand')
    .optional(),
  /** English files only: glossary terms this file deliberately does not use, each with the reason. */
  glossaryExceptions: z.array(strictObject({ term: z.string().min(1), reason: z.string().min(5) })).optional(),
});
export type ChapterText = z.infer<typeof chapterTextSchema>;
