import { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject } from './shared';
import { kpiSchema } from './kpi';

/**
 * A target market: a region ID (shorthand), or an entry with regions/cities and an optional label
 * where the source names the market in its own words (e.g. 欧米に拠点を置く外国船社).
 */
export const marketSchema = z.union([
  idSchema,
  z
    .object({
      /** Region IDs the market covers (for links to region pages). */
      regions: z.array(idSchema).default([]),
      /** City IDs the market covers. */
      cities: z.array(idSchema).default([]),
      /** The market as the source words it, when it is not simply a region's name. */
      label: localizedSchema.optional(),
      /** A qualifier the source puts in brackets before it, e.g. （姉妹都市）, （言語）. */
      qualifier: localizedSchema.optional(),
    })
    .refine((m) => m.label || m.regions.length + m.cities.length > 0, {
      message: 'a market needs regions, cities or a label',
    }),
]);
export type Market = z.infer<typeof marketSchema>;

/** The language-neutral facts of one measure (an entry of a strategy's measures.yaml). */
export const measureFactsSchema = strictObject({
  /** Stable ASCII slug: the URL /ja/strategies/<strategy>/measures/<slug>/ and the MDX file name. */
  slug: idSchema,
  /**
   * measure (default), or indicators: a table of indicators the source gives for a whole pillar
   * (Yokohama's 【指標】), published as its own page and placed in a chapter with <Indicators />.
   */
  kind: z.enum(['measure', 'indicators']).default('measure'),
  /** The code the source gives the measure (e.g. ア, 1-②, 12), shown before its title. */
  code: z.string().min(1, 'code is the measure number or letter as the source writes it, e.g. ア').optional(),
  /** The ID of the pillar (strategy.yaml `pillars`) the measure belongs to. */
  pillar: idSchema,
  /** Bureau IDs (content/bureaus.yaml) responsible, in the source's order. */
  bureaus: z.array(idSchema).default([]),
  /** Theme IDs (content/themes.yaml), one to three, the main one first: this site's classification, not the source's. */
  themes: z.array(idSchema).max(3, 'give at most three themes, the main one first').default([]),
  /** Bureau IDs the source names as related (関係局, written in parentheses), in its order. */
  relatedBureaus: z.array(idSchema).default([]),
  /** true where the source marks the measure as a leading project (リーディング ○). */
  leading: z.boolean().default(false),
  /** The budget the source plans for the measure (e.g. 計画上の見込額 4億円): value in the unit given. */
  budget: strictObject({
    /** The amount as the source writes it, e.g. 0.4 for 0.4億円. */
    value: z.number({ error: 'budget.value is a plain number, e.g. 0.4 for 0.4億円' }),
    /** The unit ID from content/units.yaml, e.g. oku-yen. */
    unit: idSchema,
  }).optional(),
  /** A scope the source puts on the market columns, e.g. Ｍ・Ｉ. */
  marketScope: localizedSchema.optional(),
  /** Target markets: priority (重点市場) and prospective (今後の期待市場); [] where the source writes ―. */
  markets: z.object({ priority: z.array(marketSchema).default([]), expected: z.array(marketSchema).default([]) }).optional(),
  /** KPIs in the source's order. */
  kpis: z.array(kpiSchema).default([]),
});
export type MeasureFacts = z.infer<typeof measureFactsSchema>;

/**
 * A repeat listing (再掲): an existing measure listed again under another pillar, at this position
 * in the source's order. The measure's own page is the one of its first listing.
 */
export const repeatListingSchema = strictObject({
  /** The slug of the measure that is repeated. */
  repeatOf: idSchema,
  /** The pillar it is listed under here. */
  pillar: idSchema,
  /** The reference the source prints with the repeat, as written (e.g. 1-②), if any. */
  sourceRef: z.string().optional(),
  /** The title as this listing words it, where it differs from the measure's own title. */
  title: localizedSchema.optional(),
  /** Bureaus as this listing gives them, where they differ from the measure's. */
  bureaus: z.array(idSchema).optional(),
  /** The leading-project mark as this listing gives it, where it differs from the measure's. */
  leading: z.boolean().optional(),
  /** Budget lines as this listing gives them, where they differ (text in both languages). */
  expenses: z.array(localizedSchema).optional(),
});
export type RepeatListing = z.infer<typeof repeatListingSchema>;

/**
 * An entry of measures.yaml: a repeat listing when it has repeatOf, otherwise a measure. Chosen
 * before validating (not a plain union) so errors speak of the fields of the kind of entry it is.
 */
const measureEntrySchema = z.unknown().transform((value, ctx): MeasureFacts | RepeatListing => {
  const isRepeat = typeof value === 'object' && value !== null && 'repeatOf' in value;
  const result = (isRepeat ? repeatListingSchema : measureFactsSchema).safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  }
  return result.data;
});

/** A strategy's measures.yaml: its measures' facts and repeat listings, in the source's order. */
export const measureFileSchema = strictObject({
  /** The measures in the source's order; an entry with repeatOf is a repeat listing. */
  measures: z.array(measureEntrySchema),
});

/** Text of one KPI in one language (measure MDX frontmatter `kpis.<id>`). */
export const kpiTextSchema = strictObject({
  /** The indicator name (指標名) as the measure page writes it. */
  indicator: z.string({ error: 'indicator (the KPI name) is missing' }).min(1),
  /** The indicator as the chapter's KPI table writes it, where it differs. */
  tableIndicator: z.string().optional(),
  /** The baseline in words, for a baseline marked `text: true` in measures.yaml (e.g. 推進). */
  baselineText: z.string().optional(),
  /** The target in words, for a target marked `text: true` in measures.yaml (e.g. 策定・推進). */
  targetText: z.string().optional(),
  /** A note the source gives with this KPI. */
  note: z.string().optional(),
});

/** Frontmatter of a measure MDX file (one per language; text only, no numbers). */
export const measureTextSchema = strictObject({
  /** The measure title as its own page writes it, without code or bureaus. */
  title: z.string({ error: 'title is missing: the measure title without its code' }).min(1),
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
  /** The title as the chapter's KPI table writes it, where it differs. */
  tableTitle: z.string().optional(),
  /** The title as the framework diagram (施策体系) writes it, where it differs. */
  frameworkTitle: z.string().optional(),
  /** KPI texts keyed by the KPI IDs of measures.yaml (a repeated 【再】 KPI needs none). */
  kpis: z.record(idSchema, kpiTextSchema).default({}),
  /** Budget lines the source lists for the measure (主な関連経費), one item each; [] where it writes —. */
  expenses: z.array(z.string().min(1)).optional(),
});
export type MeasureText = z.infer<typeof measureTextSchema>;
