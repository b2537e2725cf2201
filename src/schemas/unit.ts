import { z } from 'astro/zod';
import { idSchema, strictObject } from './shared';

/** A unit of KPI values (content/units.yaml): how each language writes it after a number. */
export const unitSchema = strictObject({
  /** Stable ASCII ID referenced by KPIs, e.g. guest-nights. */
  id: idSchema,
  /** The Japanese unit as the source writes it after the number, e.g. 人, 件, ％. */
  ja: z.string().min(1),
  /** The English unit after a number, plural, e.g. "guest nights". */
  en: z.string().min(1),
  /** The English unit for the value 1, when it differs from the plural. */
  enSingular: z.string().optional(),
  /** Whether English puts a space between the number and the unit (false for %). */
  space: z.boolean().default(true),
  /**
   * How many of the English unit one Japanese unit is, where the Japanese counts in 万 or 億:
   * 万人 has factor 10000 (44万人 → 440,000 people). English shows value × factor.
   */
  factor: z.number().positive().default(1),
  /** true for yen amounts: English writes ¥ and millions or billions (0.4億円 → ¥40 million). */
  money: z.boolean().default(false),
});
export type Unit = z.infer<typeof unitSchema>;
