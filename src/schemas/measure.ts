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
  /** The code the source gives the measure (e.g. ア, 1-②, 12), shown before its title. */
  code: z.string().min(1, 'code is the measure number or letter as the source writes it, e.g. ア'),
  /** The ID of the pillar (strategy.yaml `pillars`) the measure belongs to. */
  pillar: idSchema,
  /** Bureau IDs (content/bureaus.yaml) responsible, in the source's order. */
  bureaus: z.array(idSchema).default([]),
  /** A scope the source puts on the market columns, e.g. Ｍ・Ｉ. */
  marketScope: localizedSchema.optional(),
  /** Target markets: priority (重点市場) and prospective (今後の期待市場); [] where the source writes ―. */
  markets: z
    .object({ priority: z.array(marketSchema).default([]), expected: z.array(marketSchema).default([]) })
    .optional(),
  /** KPIs in the source's order. */
  kpis: z.array(kpiSchema).default([]),
});
export type MeasureFacts = z.infer<typeof measureFactsSchema>;

/** A strategy's measures.yaml: the list of its measures' facts. */
export const measureFileSchema = strictObject({
  /** The measures in the source's order. */
  measures: z.array(measureFactsSchema),
});

/** Text of one KPI in one language (measure MDX frontmatter `kpis.<id>`). */
export const kpiTextSchema = strictObject({
  /** The indicator name (指標名) as the measure page writes it. */
  indicator: z.string({ error: 'indicator (the KPI name) is missing' }).min(1),
  /** The indicator as the chapter's KPI table writes it, where it differs. */
  tableIndicator: z.string().optional(),
});

/** Frontmatter of a measure MDX file (one per language; text only, no numbers). */
export const measureTextSchema = strictObject({
  /** The measure title as its own page writes it, without code or bureaus. */
  title: z.string({ error: 'title is missing: the measure title without its code' }).min(1),
  /** The title as the chapter's KPI table writes it, where it differs. */
  tableTitle: z.string().optional(),
  /** The title as the framework diagram (施策体系) writes it, where it differs. */
  frameworkTitle: z.string().optional(),
  /** KPI texts keyed by the KPI IDs of measures.yaml (a repeated 【再】 KPI needs none). */
  kpis: z.record(idSchema, kpiTextSchema).default({}),
});
export type MeasureText = z.infer<typeof measureTextSchema>;
