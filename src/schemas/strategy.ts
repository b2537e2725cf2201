import { z } from 'astro/zod';
import { idSchema, localizedSchema, yearSchema, strictObject } from './shared';
import { editionSchema } from './edition';

/** Status of a published document. */
export const STRATEGY_STATUSES = ['adopted', 'draft', 'supplement', 'report'] as const;

/** One country's basic data as a strategy cites it, with the year of each figure. */
const figure = strictObject({ value: z.number(), year: yearSchema });
export const countryProfileSchema = strictObject({
  /** The region ID of the country or territory. */
  country: idSchema,
  /** true for the strategy's priority countries (★ in the source). */
  priority: z.boolean().default(false),
  /** Population (人口), in people. */
  population: figure.optional(),
  /** GDP per person (１人あたりＧＤＰ), in US dollars. */
  gdpPerCapitaUsd: figure.optional(),
  /** Real economic growth (実質経済成長率), in percent. */
  realGrowthPercent: figure.optional(),
  /** Visitor arrivals in Japan (訪日外客数), in people. */
  visitorArrivals: figure.optional(),
});
export type CountryProfile = z.infer<typeof countryProfileSchema>;

/** A strategy's strategy.yaml: its metadata, chapter order and pillars. */
export const strategySchema = strictObject({
  /** Stable ASCII ID "<city>-<first fiscal year>", e.g. shizuoka-2017; the folder name and the URL. */
  id: idSchema,
  /** The city ID of the municipality that issued it. */
  municipality: idSchema,
  /** The document's title in both languages. */
  title: localizedSchema,
  /** What kind of document it is (基本方針, 国際戦略, 報告 …). */
  documentType: localizedSchema,
  /** adopted, draft (原案), supplement (別冊) or report. */
  status: z.enum(STRATEGY_STATUSES, { error: `status must be one of: ${STRATEGY_STATUSES.join(', ')}` }),
  /** The period it covers, in western years; fiscal: true for fiscal years (年度). */
  period: z
    .object({
      from: yearSchema,
      to: yearSchema,
      fiscal: z.boolean(),
      /** The period as the source writes it. */
      asWritten: z.string().optional(),
    })
    .optional(),
  /** Date of issue as YYYY-MM or YYYY-MM-DD, where the source gives one. */
  issued: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'issued is a date written YYYY-MM or YYYY-MM-DD, e.g. 2015-12')
    .optional(),
  /**
   * The issue or adoption date as the source writes it (e.g. 平成30年3月 for 平成30年3月策定; the
   * label 策定 is the page's), where its notation
   * differs from the western date: Japanese pages show it in place of `issued`, English pages show
   * `issued` with it in brackets. `issued` must still be given.
   */
  issuedAsWritten: z.string().min(1).optional(),
  /** The source document. */
  source: strictObject({
    /** The file name of the extracted text in shared/seeds. */
    seed: z.string(),
    /** Who published it. */
    publisher: localizedSchema,
    /** What form the source takes. */
    format: localizedSchema,
    /**
     * The original's public URL, where known (the PDF or the page that publishes it). Leave it out
     * when it has not been checked: pages then say "not recorded" (記録なし).
     */
    url: z.url().optional(),
    /**
     * The edition as the source names it (e.g. 原案, 別冊, 改定版), where it names one; the
     * licence page and the strategy page say "not recorded" otherwise.
     */
    edition: localizedSchema.optional(),
    /**
     * The municipality's terms for reusing the original, where they have been checked: `url` the
     * page stating them (e.g. the city website's 利用規約 or 著作権について), `summary` what they
     * allow, in both languages. Leave it out rather than guess: the licence page then says that
     * the terms are not recorded.
     */
    terms: strictObject({ url: z.url().optional(), summary: localizedSchema }).optional(),
  }),
  /**
   * Which edition this is (kind, date, ID), where the strategy has more than one: required in an
   * earlier edition's copy (editions/<edition>/strategy.yaml) and in the current strategy.yaml
   * once an earlier edition exists. See CONTRIBUTING.md, "Adding an edition".
   */
  edition: editionSchema.optional(),
  /** Editor's notes about the document as a whole, shown on its overview. */
  notes: z.array(localizedSchema).default([]),
  /** The era a year without one belongs to (Yokohama writes 25年度 for H25年度): H, R or S. */
  implicitEra: z.enum(['H', 'R', 'S']).optional(),
  /** The main document this one supplements, where it is not published here (e.g. Kumamoto's 別冊). */
  supplementOf: localizedSchema.optional(),
  /** Chapters in reading order: slug (the MDX file name and URL) and the number the source prints. */
  chapters: z
    .array(
      strictObject({
        slug: idSchema,
        number: z.string().optional(),
        /** chapter (default); memo: a cover memo that is part of the record but not the document; appendix: reference material. */
        kind: z.enum(['memo', 'chapter', 'appendix']).default('chapter'),
      }),
    )
    .min(1),
  /** The strategy's overall goal line, where it states one. */
  goal: localizedSchema.optional(),
  /**
   * Column headings of the strategy's tables of measures, as the source words them (e.g. Tokyo's
   * 別表: No. / 施策 / 概要 / 担当(関係)局). A column shows only where its heading is given; without
   * measureTable, measures are listed as "code）title（bureaus）".
   */
  measureTable: strictObject({
    /** The measure's code (No.). */
    code: localizedSchema.optional(),
    /** The measure's title. */
    title: localizedSchema,
    /** The measure's text (the MDX body), e.g. 概要. */
    summary: localizedSchema.optional(),
    /** Budget lines (MDX `expenses`), e.g. 主な関連経費. */
    expenses: localizedSchema.optional(),
    /** Responsible (and related) bureaus, e.g. 所管課. */
    bureaus: localizedSchema.optional(),
    /** The leading-project mark, e.g. リーディング. */
    leading: localizedSchema.optional(),
    /** The planned budget (measures.yaml `budget`), e.g. 計画上の見込額. */
    budget: localizedSchema.optional(),
  }).optional(),
  /**
   * The source's tables of partner cities (<PartnerTable list="…" />): their headings and layout.
   * The rows are the relationships in content/cities.yaml with this list ID, in their `order`.
   */
  partnerLists: z
    .array(
      strictObject({
        /** The list ID used by relationships and by <PartnerTable list="…" />. */
        id: idSchema,
        /** Heading of the city column, e.g. 都市名 or 都市名（国・地域名）. */
        name: localizedSchema,
        /** Heading of a separate country column, e.g. 国名; omit where the country stands in brackets after the city. */
        country: localizedSchema.optional(),
        /** Heading of the date or year column, e.g. 提携年月日. */
        since: localizedSchema,
        /** Heading of a column with the kind of tie (the relationship's note where it has one, else its type). */
        type: localizedSchema.optional(),
        /** Heading of a column with the city's population. */
        population: localizedSchema.optional(),
      }),
    )
    .default([]),
  /** The title of the page listing all measures, where the source names the list (e.g. 別表（各局の都市外交関連施策）). */
  measureListTitle: localizedSchema.optional(),
  /** Column headings of KPI tables where the source words them otherwise (e.g. 想定事業量 / 直近の現状値). */
  kpiTable: strictObject({
    indicator: localizedSchema.optional(),
    baseline: localizedSchema.optional(),
    target: localizedSchema.optional(),
    bureaus: localizedSchema.optional(),
  }).optional(),
  /** Column headings of indicator tables (measures of kind indicators), e.g. 指標 / 直近の現状値 / 目標値 / 所管. */
  indicatorTable: strictObject({
    indicator: localizedSchema.optional(),
    baseline: localizedSchema.optional(),
    target: localizedSchema.optional(),
    bureaus: localizedSchema.optional(),
  }).optional(),
  /** Groups of pillars (e.g. 地域経済の活性化に直結する取組). */
  pillarGroups: z.array(strictObject({ id: idSchema, title: localizedSchema })).default([]),
  /** Pillars (取組の柱, 基本施策 …) that measures belong to. */
  pillars: z
    .array(
      strictObject({
        /** Stable ASCII ID referenced by measures. */
        id: idSchema,
        /** The number the source prints, e.g. ①. */
        number: z.string().optional(),
        /** The ID of its group in pillarGroups. */
        group: idSchema.optional(),
        /** The ID of the pillar it belongs to, for a sub-pillar (e.g. Tokyo's (ア) under (1)). */
        parent: idSchema.optional(),
        /** Its title in both languages. */
        title: localizedSchema,
      }),
    )
    .default([]),
  /** Country basic data cited by the strategy. */
  countryProfiles: z.array(countryProfileSchema).default([]),
});
export type Strategy = z.infer<typeof strategySchema>;
