import { z } from 'astro/zod';
import { strictObject } from './shared';

/**
 * A strategy's coverage.yaml: the lines of its seed text that the seed-coverage test does not look
 * for on the built Japanese pages (PDF furniture such as page counters), each with the reason.
 */
export const coverageSchema = strictObject({
  skip: z
    .array(
      strictObject({
        /** A seed line number or range, 1-based: "335" or "1569-1570". */
        lines: z.string().regex(/^\d+(-\d+)?$/, 'lines is a line number or a range, e.g. "335" or "12-15"'),
        /** Why the line is not on the site, and where its content is published instead, if anywhere. */
        reason: z.string().min(10, 'give the reason a reader of the test would need'),
      }),
    )
    .default([]),
});
export type Coverage = z.infer<typeof coverageSchema>;
