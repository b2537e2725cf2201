import { z } from 'astro/zod';
import { idSchema, localizedSchema, strictObject } from './shared';

/**
 * The kinds of edition a municipality publishes a strategy in, oldest stage first. The site names
 * each as the source does (素案, 原案 …) on Japanese pages and in English on English pages.
 */
export const EDITION_KINDS = [
  /** 素案: the first outline, put out for comment (パブリックコメント). */
  'outline',
  /** 原案 (or 案): the full draft, after comment and before adoption. */
  'draft',
  /** 策定: the text as adopted. */
  'adopted',
  /** 改訂 (改定): a revision of the adopted text. */
  'revised',
] as const;
export type EditionKind = (typeof EDITION_KINDS)[number];

/**
 * Which edition of a strategy a strategy.yaml describes. Required in every earlier edition's
 * strategy.yaml (content/strategies/<id>/editions/<edition>/strategy.yaml), and in the current
 * strategy.yaml once the strategy has an earlier edition.
 */
export const editionSchema = strictObject({
  /**
   * The edition's ASCII ID, its name in URLs (/…/editions/<id>/). An earlier edition's ID is its
   * folder's name; the current edition's ID names it in the compare view's address.
   */
  id: idSchema,
  /** What stage it is: outline (素案), draft (原案), adopted (策定) or revised (改訂). */
  kind: z.enum(EDITION_KINDS, { error: `edition.kind must be one of: ${EDITION_KINDS.join(', ')}` }),
  /** The day (or month) it was published, YYYY-MM-DD or YYYY-MM: written once, shown in each language's style. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'edition.date is a date written YYYY-MM or YYYY-MM-DD, e.g. 2019-12'),
  /** The edition's name where the source gives it one beyond its kind (第2次改訂版): both languages. */
  name: localizedSchema.optional(),
});
export type Edition = z.infer<typeof editionSchema>;
