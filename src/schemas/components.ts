/**
 * The components a text (chapter or measure MDX) may use, and the attributes each takes. The check
 * and the build read every text's syntax tree and validate each component's attributes here; the
 * IDs they name are then looked up in the site's data (lib/component-refs.ts).
 */
import { z } from 'astro/zod';
import { strictObject } from './shared';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = (what: string) =>
  z
    .string({ error: `give the ${what}'s ID as text in double quotes` })
    .regex(ID, `the ${what}'s ID is lowercase letters, digits and hyphens`);
const idList = (what: string) =>
  z
    .string({ error: `give the ${what} IDs as text in double quotes, separated by commas` })
    .regex(/^\s*[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*\s*$/, `list ${what} IDs separated by commas, e.g. "taiwan, korea"`);

/** A component with no attributes. */
const none = strictObject({});

/**
 * Each component: its attributes; whether it wraps text (<Ja>…</Ja>) or stands alone (<Targets />);
 * and whether it is a block, written on lines of its own with blank lines around it (it renders a
 * table or a box, which cannot sit inside a paragraph), or inline within a sentence.
 */
export const textComponents = {
  /** <Ja>静岡市</Ja>: a Japanese phrase inside English text. */
  Ja: { attributes: none, wraps: true, block: false },
  /** <En>Think globally</En>: an English phrase inside Japanese text. */
  En: { attributes: none, wraps: true, block: false },
  /** <EditorNote>…</EditorNote>: a note of this site, not of the source. */
  EditorNote: { attributes: none, wraps: true, block: true },
  /** <Targets />: the measure's KPI table (measure texts only). */
  Targets: { attributes: none, wraps: false, block: true },
  /** <MeasureFramework />: the strategy's pillars and measures as a table. */
  MeasureFramework: { attributes: none, wraps: false, block: true },
  /** <KpiOverview />: every KPI of the strategy. */
  KpiOverview: { attributes: none, wraps: false, block: true },
  /** <MeasureIndex pillar="…" />: the measures of one pillar; pillar is an ID from strategy.yaml's pillars. */
  MeasureIndex: { attributes: strictObject({ pillar: id('pillar') }), wraps: false, block: true },
  /** <CountryProfile country="…" />: a country's data as the strategy cites it (strategy.yaml's countryProfiles). */
  CountryProfile: { attributes: strictObject({ country: id('country') }), wraps: false, block: true },
  /** <PartnerTable list="…" />: one of the source's partner tables (strategy.yaml's partnerLists). */
  PartnerTable: { attributes: strictObject({ list: id('partner list') }), wraps: false, block: true },
  /** <NetworkMembers network="…" />: a network's members (content/networks.yaml). */
  NetworkMembers: { attributes: strictObject({ network: id('network') }), wraps: false, block: true },
  /** <Indicators measure="…" />: an indicator table (a measures.yaml entry of kind indicators). */
  Indicators: { attributes: strictObject({ measure: id('measure') }), wraps: false, block: true },
  /**
   * <Place city="rome-georgia">Rome</Place>: marks a name as a mention of this city (or region,
   * network, bureau: one attribute, its kind) where the name alone is ambiguous or not in the data.
   * The build links it like any mention found by its name (lib/mentions.ts).
   */
  Place: {
    attributes: strictObject({
      city: id('city').optional(),
      region: id('region').optional(),
      network: id('network').optional(),
      bureau: id('bureau').optional(),
    }).refine(
      (a) => Object.keys(a).length === 1,
      'give exactly one of city, region, network or bureau: <Place city="rome-georgia">Rome</Place>',
    ),
    wraps: true,
    block: false,
  },
  /** <PartnerProfile city="…" />: a partner city's agreement and population (content/cities.yaml). */
  PartnerProfile: { attributes: strictObject({ city: id('city') }), wraps: false, block: true },
  /** <SeeAlso regions="…" cities="…" />: links to the pages of the places a passage names; at least one list. */
  SeeAlso: {
    attributes: strictObject({ regions: idList('region').optional(), cities: idList('city').optional() }).refine(
      (a) => a.regions !== undefined || a.cities !== undefined,
      'name at least one region or city: <SeeAlso regions="taiwan" /> or <SeeAlso cities="stockton" />',
    ),
    wraps: false,
    block: true,
  },
} as const;

export type TextComponentName = keyof typeof textComponents;

/**
 * Lower-case HTML elements a text may contain: a few phrase elements Markdown has no syntax for,
 * with no attributes (anything else is written in Markdown or with a component).
 */
export const ALLOWED_HTML = ['br', 'sup', 'sub', 'ruby', 'rt', 'rp'] as const;
