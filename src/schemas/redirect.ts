import { z } from 'astro/zod';
import { strictObject } from './shared';

const sitePath = z
  .string()
  .regex(
    /^\/(ja|en)\/(?:[a-z0-9]+(?:[-.][a-z0-9]+)*\/)*(#[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
    'a site path starts with /ja/ or /en/, is made of lowercase letters, digits and hyphens between slashes, and ends with / (then optionally #anchor), e.g. /ja/strategies/shizuoka-2017/purpose/#period',
  );

/** An entry of content/redirects.yaml: a published page or anchor that moved. */
export const redirectSchema = strictObject({
  /** The old path, with #anchor for an anchor that moved within or out of a page. */
  from: sitePath,
  /** Where it went now, with #anchor if needed. */
  to: sitePath,
  /** Why it moved, for the record. */
  reason: z.string().min(5, 'say why the page or anchor moved'),
});
export type Redirect = z.infer<typeof redirectSchema>;

export const redirectsFileSchema = z.array(redirectSchema);
