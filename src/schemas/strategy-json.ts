/**
 * The full-text JSON document of a strategy (/data/strategies/{id}.json, and an earlier edition's
 * /data/strategies/{id}/editions/{edition}.json), built by src/lib/strategy-json.ts, whose return
 * type is this schema's output, and published as JSON Schema at /data/strategy.schema.json.
 *
 * Each field's documentation is its `.describe()` text, not a doc comment: that text is what the
 * published schema gives its users, so it is written once, here, in English (the language of
 * JSON Schema tooling). The content schemas the document embeds (a measure's facts, the period, an
 * edition's kind and date, localized text) are reused as they are, so the document cannot describe
 * measures.yaml otherwise than its own schema does.
 */
import { z } from 'astro/zod';
import { editionSchema } from './edition';
import { kpiTextSchema, measureFactsSchema } from './measure';
import { idSchema, localizedSchema } from './shared';
import { strategySchema } from './strategy';

/** The kinds of block a text is split into (src/lib/blocks.ts). */
export const BLOCK_KINDS = ['heading', 'paragraph', 'item', 'table', 'other'] as const;

const url = (description: string) => z.url().describe(description);
/** An absolute URL in each language. */
const urls = (description: string) =>
  z.strictObject({ ja: url('The Japanese page or file.'), en: url('The English page or file.') }).describe(description);
/** A text in each language that one of them may lack (a chapter or measure whose file is missing). */
const texts = (description: string) =>
  z
    .strictObject({
      ja: z.string().nullable().describe('The Japanese, or null where the Japanese file is missing.'),
      en: z.string().nullable().describe('The English, or null where the English file is missing.'),
    })
    .describe(description);

/** One language's side of a block. */
const blockSideSchema = z.strictObject({
  text: z.string().describe('The block as plain text: tags, self-link marks and hidden parts left out, whitespace folded.'),
  html: z.string().describe('The block as HTML, as the page renders it (with its id and self-link).'),
});

/** A block of a chapter or measure: a heading, paragraph, list item or table, under the id both languages share. */
export const jsonBlockSchema = z
  .strictObject({
    id: z.string().min(1).describe('The block’s id: the anchor shared by the Japanese and English pages (#policy, #policy-p2).'),
    kind: z.enum(BLOCK_KINDS).describe('heading, paragraph, item (list item), table or other.'),
    ja: blockSideSchema.optional().describe('The block in Japanese; left out where the Japanese lacks the block.'),
    en: blockSideSchema.optional().describe('The block in English; left out where the English lacks the block.'),
  })
  .describe('A heading, paragraph, list item or table, in Japanese and English.');
export type JsonBlock = z.output<typeof jsonBlockSchema>;

const blocks = z.array(jsonBlockSchema).describe('The text’s blocks in the Japanese order, English-only blocks after their predecessor.');

/** One edition of a strategy as its JSON files list it (`editions[]`). */
export const jsonEditionSchema = z
  .strictObject({
    id: editionSchema.shape.id.describe('The edition’s ID, its name in URLs (…/editions/<id>/).'),
    kind: editionSchema.shape.kind.describe('outline (素案), draft (原案), adopted (策定) or revised (改訂).'),
    name: localizedSchema.describe('Its name as the pages give it in each language: the source’s own name, else its kind.'),
    date: editionSchema.shape.date.describe('The day (or month) it was published: YYYY-MM-DD or YYYY-MM.'),
    current: z.boolean().describe('Whether it is the current edition, whose file is /data/strategies/{id}.json.'),
    json: url('The URL of its JSON file.'),
    url: urls('The URLs of its overview page in each language.'),
  })
  .describe('An edition of the strategy (outline, draft, adopted, revised).');
export type JsonEdition = z.output<typeof jsonEditionSchema>;

const licenceSchema = z
  .strictObject({
    translationsAndData: z
      .strictObject({
        name: z.string().describe('Its SPDX identifier (CC-BY-4.0).'),
        url: url('Its deed.'),
      })
      .describe('The licence of the English translations and of the data.'),
    originals: z.string().describe('A note on the Japanese originals, which remain under their municipalities’ terms.'),
    terms: urls('The pages stating the terms of reuse in full.'),
  })
  .describe('The terms of reuse of this file.');

const chapterSchema = z
  .strictObject({
    slug: idSchema.describe('The chapter’s slug, its name in URLs.'),
    number: z.string().nullable().describe('The number the source prints, or null.'),
    kind: strategySchema.shape.chapters.element.shape.kind
      .unwrap()
      .describe('chapter; memo (a cover memo that is part of the record); appendix (reference material).'),
    url: urls('The chapter’s pages.'),
    title: texts('The chapter’s title without its number.'),
    blocks,
  })
  .describe('A chapter, in reading order.');

const measureSchema = z
  .strictObject({
    slug: idSchema.describe('The measure’s slug, its name in URLs.'),
    url: urls('The measure’s pages.'),
    title: texts('The measure’s title without its code.'),
    pillar: z
      .strictObject({ id: idSchema.describe('The pillar’s ID.'), title: localizedSchema.describe('Its title.') })
      .describe('The pillar the measure belongs to.'),
    bureaus: z.array(idSchema).describe('The IDs of the responsible bureaus, in the source’s order.'),
    relatedBureaus: z.array(idSchema).describe('The IDs of the bureaus the source names as related.'),
    facts: measureFactsSchema.describe(
      'The measure’s language-neutral facts as measures.yaml records them (code, kind, themes, markets, KPI values, budget …).',
    ),
    kpiTexts: z
      .strictObject({
        ja: z.record(idSchema, kpiTextSchema).describe('The Japanese KPI texts.'),
        en: z.record(idSchema, kpiTextSchema).describe('The English KPI texts.'),
      })
      .describe('Each language’s KPI names and wording, by KPI ID.'),
    blocks,
  })
  .describe('A measure, in the source’s order.');

const periodSchema = strategySchema.shape.period.unwrap();

/** The whole document. */
export const strategyJsonSchema = z
  .strictObject({
    $schema: url('The URL of this JSON Schema.'),
    version: z.literal(1).describe('The version of this format; raised when a change is not only an addition.'),
    licence: licenceSchema,
    id: idSchema.describe('The strategy’s ID (the same in the files of all its editions).'),
    edition: jsonEditionSchema
      .extend({ currentJson: url('The URL of the current edition’s JSON file.') })
      .optional()
      .describe(
        'Only in an earlier edition’s file: which edition the file holds, as its entry in editions[] (current is false). Not in the current edition’s file.',
      ),
    url: urls('The strategy’s overview pages (in an earlier edition’s file: that edition’s).'),
    editions: z
      .array(jsonEditionSchema)
      .describe('The strategy’s editions, oldest first, the current one last; empty for a strategy published once.'),
    municipality: z
      .strictObject({ id: idSchema.describe('The city ID.'), name: localizedSchema.describe('Its name.') })
      .describe('The issuing municipality.'),
    title: localizedSchema.describe('The document’s title.'),
    documentType: localizedSchema.describe('What kind of document it is (基本方針, 国際戦略, 報告 …).'),
    status: strategySchema.shape.status.describe('adopted, draft, supplement or report.'),
    period: periodSchema.nullable().describe('The period it covers, in western (fiscal) years, or null.'),
    issued: strategySchema.shape.issued.unwrap().nullable().describe('The date of issue (YYYY-MM or YYYY-MM-DD), or null.'),
    issuedAsWritten: z.string().nullable().describe('The date of issue as the source writes it, or null.'),
    source: z
      .strictObject({
        publisher: localizedSchema.describe('Who published it.'),
        edition: localizedSchema.nullable().describe('The edition as the source names it, or null.'),
        url: url('The original’s public URL.').nullable().describe('The original’s public URL, or null where not recorded.'),
        format: localizedSchema.describe('What form the source takes.'),
      })
      .describe('The source document.'),
    notes: z.array(localizedSchema).describe('Editor’s notes on the document as a whole.'),
    pillars: z
      .array(
        z.strictObject({
          id: idSchema.describe('The pillar’s ID.'),
          number: z.string().nullable().describe('The number the source prints, or null.'),
          parent: idSchema.nullable().describe('The pillar it belongs to, for a sub-pillar, or null.'),
          title: localizedSchema.describe('Its title.'),
        }),
      )
      .describe('The pillars the measures belong to.'),
    chapters: z.array(chapterSchema).describe('The chapters in reading order.'),
    measures: z.array(measureSchema).describe('The measures in the source’s order.'),
  })
  .meta({
    title: 'A strategy’s full text',
    description:
      'A Japanese municipality’s international strategy in full, in Japanese and English, block by block under the ids of its pages’ anchors, with its measures’ facts and its list of editions.',
  });
export type StrategyJson = z.output<typeof strategyJsonSchema>;
