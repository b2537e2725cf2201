import { z } from 'astro/zod';
import { idSchema, periodSchema, strictObject } from './shared';

/** Non-numeric KPI values that the sources use, rendered from the UI dictionaries. */
export const QUALITATIVE_VALUES = ['increase', 'registration', 'held', 'above-national-average'] as const;
export type QualitativeValue = (typeof QUALITATIVE_VALUES)[number];

/**
 * One KPI value (a baseline or a target). Either `value` (a number) or `qualitative` is given.
 * Written once for both languages: never put a number in an MDX file.
 */
export const kpiValueSchema = z
  .object({
    /** The number, without thousands separators or units, e.g. 59000 or 22.5. */
    value: z.number({ error: 'value must be a plain number, e.g. 59000 (no commas, no units)' }).optional(),
    /** true where the value is words (推進, 策定・推進); the words are in the MDX (kpis.<id>.baselineText / targetText). */
    text: z.literal(true).optional(),
    /** A non-numeric value: increase (拡大), registration (登録), held (開催), above-national-average (全国平均以上). */
    qualitative: z.enum(QUALITATIVE_VALUES, { error: `qualitative must be one of: ${QUALITATIVE_VALUES.join(', ')}` }).optional(),
    /** true where the source writes 延べ (a total over the period). */
    cumulative: z.boolean().default(false),
    /** A yearly figure: prefix where the source writes 年 before the number (年７社), suffix for /年 after it (75件/年). */
    perYear: z.enum(['prefix', 'suffix'], { error: 'perYear is prefix (年７社) or suffix (75件/年)' }).optional(),
    /** true where the source writes 以上 after the number (at least). */
    atLeast: z.boolean().default(false),
    /** The year or period as the KPI table writes it, e.g. H27年度, R4年, H29～R4年度, H27-29平均. */
    period: periodSchema.optional(),
    /** How the measure's own page writes the period, where it differs from the KPI table. */
    pagePeriod: periodSchema.optional(),
    /** How the measure's own page writes `cumulative`, where it differs from the KPI table. */
    pageCumulative: z.boolean().optional(),
  })
  .refine((v) => [v.value, v.qualitative, v.text].filter((x) => x !== undefined).length === 1, {
    message:
      'give exactly one of value (a number), qualitative (increase, registration, held, above-national-average) or text: true (words in the MDX)',
  });
export type KpiValue = z.infer<typeof kpiValueSchema>;

/**
 * A key performance indicator of a measure (measures.yaml). Its name in each language is in the
 * measure's MDX frontmatter under `kpis.<id>.indicator`.
 */
export const kpiSchema = strictObject({
  /** Stable ASCII ID, unique within the measure; also the anchor #kpi-<id> on the measure page. */
  id: idSchema,
  /** The unit ID from content/units.yaml (e.g. guest-nights); omit for qualitative-only KPIs. */
  unit: idSchema.optional(),
  /** Bureau IDs responsible for this indicator, where the source names them per indicator (所管). */
  bureaus: z.array(idSchema).default([]),
  /** A footnote marker the KPI table puts after the indicator, e.g. ※３. */
  footnote: z.string().optional(),
  /** The baseline (基準値); null where the source writes ―; omit where the source gives none at all. */
  baseline: kpiValueSchema.nullable().optional(),
  /** The target (目標値); null where the source writes ―; omit where the source gives none at all. */
  target: kpiValueSchema.nullable().optional(),
  /** "<measure>/<kpi>" when the source repeats another measure's KPI (【再】); give nothing else then. */
  repeatOf: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'repeatOf is "<measure slug>/<kpi id>", e.g. inbound-tourism/foreign-guest-nights')
    .optional(),
});
export type Kpi = z.infer<typeof kpiSchema>;
