import { z } from 'astro/zod';
import { strictObject } from './shared';

const phrases = z.array(z.string().trim().min(1, 'an empty phrase')).default([]);

/**
 * Phrases that contain the name of a city, country or region, network or bureau but do not mention
 * it (content/not-mentions.yaml): the mention finder takes each phrase whole, so the name inside it
 * is not linked (アジア in アジア太平洋, China in 中国語, Korea in North Korea, Tokyo in the name of an event).
 */
export const notMentionsSchema = strictObject({
  /** Japanese phrases, written as the texts write them, e.g. [アジア太平洋, 中国語]. */
  ja: phrases,
  /** English phrases, written as the texts write them, e.g. [Asia Pacific, North Korea]. */
  en: phrases,
});
export type NotMentions = z.infer<typeof notMentionsSchema>;

/** The file, in the content folder. */
export const NOT_MENTIONS_FILE = 'not-mentions.yaml';
