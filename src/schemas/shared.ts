/**
 * Shapes shared by every schema: localized text, identifiers, years and era notations.
 * Messages are written for the person editing a content file, not for a programmer.
 */
import { z } from 'astro/zod';
import { parsePeriod } from '../lib/era';

/**
 * z.strictObject with a message for misspelt or misplaced fields, so a typo such as `indicater:`
 * fails with advice instead of being dropped silently.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the fields documented in src/schemas/, or remove it`
        : undefined,
  });
}

/** The two languages of the site. Japanese is the source; English mirrors it. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** An ASCII, lowercase, kebab-case identifier: a name, never a position. */
export const idSchema = z
  .string({ error: 'an ID is required: ASCII lowercase words joined by hyphens, e.g. "inbound-tourism"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `"${String(issue.input)}" is not a valid ID: use ASCII lowercase letters, digits and single hyphens, e.g. "inbound-tourism"`,
  });

/** A short text in both languages, e.g. a name or a title: `{ ja: 静岡市, en: Shizuoka City }`. */
export const localizedSchema = z.strictObject(
  {
    /** The Japanese, as the source writes it. */
    ja: z.string({ error: 'the Japanese text (ja:) is missing' }).min(1, 'the Japanese text (ja:) is empty'),
    /** The English translation, following the glossary. */
    en: z
      .string({ error: 'the English text (en:) is missing: add the translation' })
      .min(1, 'the English text (en:) is empty: add the translation'),
  },
  { error: 'expected a text in both languages, e.g. { ja: 静岡市, en: Shizuoka City }' },
);
export type Localized = z.infer<typeof localizedSchema>;

/** A western calendar or fiscal year, e.g. 2017. */
export const yearSchema = z
  .number({ error: 'a year is a western year number, e.g. 2017 (not 平成29)' })
  .int()
  .min(1900, 'a year must be a western year such as 2017')
  .max(2100, 'a year must be a western year such as 2017');

/**
 * A year or period in the source's own notation (e.g. H27年度, R4年, H29～R4年度, H27-29平均,
 * 2015). Stored as written so Japanese pages show the source; English pages show western years.
 */
export const periodSchema = z.string().superRefine((value, ctx) => {
  // A year without an era (25年度) is accepted here; the strategy must then name its implicitEra.
  if (parsePeriod(value) === null && parsePeriod(value, { implicitEra: 'H' }) === null) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a period the site understands: write it as the source does, e.g. H27年度, R4年, H29～R4年度, H27-29平均, 平成29年度, 29年度末, 4か年 or 2015`,
    });
  }
});
