import { z } from 'astro/zod';
import { idSchema, localizedSchema, yearSchema, strictObject } from './shared';

/**
 * The kinds of tie between a Japanese municipality and another city, as the source names them:
 * sister-city (姉妹都市), friendship-city (友好都市), sister-friendship-city (姉妹友好都市),
 * partner-city (パートナー都市), sister-port (姉妹港), friendship-port (友好港湾),
 * trade-port (貿易協力港), port-partnership (姉妹・友好・貿易協力港: a port listed under that joint
 * heading, where the source does not say which of the three it is; do not guess sister-port),
 * joint-statement (共同声明), mou (覚書), network-member (a network's member), exchange (another
 * named exchange).
 */
export const RELATIONSHIP_TYPES = [
  'sister-city',
  'friendship-city',
  'sister-friendship-city',
  'partner-city',
  'sister-port',
  'friendship-port',
  'trade-port',
  'port-partnership',
  'joint-statement',
  'mou',
  'network-member',
  'exchange',
] as const;

/** A tie between this city and a Japanese municipality, as a strategy states it. */
export const relationshipSchema = strictObject({
  /** The municipality's city ID (e.g. shizuoka). */
  with: idSchema,
  /** The kind of tie, as the source names it: one of RELATIONSHIP_TYPES (see there), e.g. sister-city (姉妹都市). */
  type: z.enum(RELATIONSHIP_TYPES, { error: `type must be one of: ${RELATIONSHIP_TYPES.join(', ')}` }),
  /** The western year the tie began, as the source gives it. */
  since: yearSchema.optional(),
  /** The ID of the strategy that states this tie (e.g. shizuoka-2017). */
  source: idSchema,
  /** What is tied when it is not the city as a whole (a port, a marathon, a foundation). */
  subject: localizedSchema.optional(),
  /** The date, YYYY-MM-DD or YYYY-MM, where the source gives one (since is then its year). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date is written YYYY-MM-DD or YYYY-MM, e.g. 1960-02-29')
    .optional(),
  /** The last day, for an event over several days (YYYY-MM-DD). */
  endDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'endDate is written YYYY-MM-DD')
    .optional(),
  /** The occasion, e.g. the assembly at which a city joined a network. */
  event: localizedSchema.optional(),
  /** For network-member: the network ID (content/networks.yaml). */
  network: idSchema.optional(),
  /** For network-member: true for a founding or proposing member (★ in the source). */
  founder: z.boolean().optional(),
  /** The ID of the list or table of the source this tie is given in (<PartnerTable list="…" />). */
  list: idSchema.optional(),
  /** Its position in that list or in the network's member table, from 1, as the source orders it. */
  order: z.number().int().positive().optional(),
  /** How that list names the city and its country, where it differs from the city's and the region's names. */
  listedAs: strictObject({ name: localizedSchema.optional(), country: localizedSchema.optional() }).optional(),
  /** A note the source gives with this tie. */
  note: localizedSchema.optional(),
});

/** A city: a municipality that publishes a strategy, or a foreign city a strategy names (content/cities.yaml). */
export const citySchema = strictObject({
  /** Stable ASCII ID used in URLs (/ja/cities/<id>/) and references. */
  id: idSchema,
  /** The name in both languages (Japanese as the sources write it, e.g. ストックトン市). */
  name: localizedSchema,
  /**
   * The municipality as the body that issues its documents, where English names it differently from
   * the place (東京都: Tokyo Metropolitan Government, not Tokyo). Citations name it as author.
   */
  government: localizedSchema.optional(),
  /** The region ID of the country or territory the city is in. */
  country: idSchema,
  /** The state, province or prefecture, where it helps identify the city. */
  region: localizedSchema.optional(),
  /** city (default), or what else the partner is: state, province, prefecture, district, port. */
  kind: z.enum(['city', 'state', 'province', 'prefecture', 'district', 'port']).default('city'),
  /** Population, where a strategy gives it, with the year of the figure. */
  population: strictObject({
    /** The number of people. */
    value: z.number(),
    /** The year of the figure, where the source gives one. */
    year: yearSchema.optional(),
    /** true where the source gives it as approximate (約75万人). */
    approximate: z.boolean().default(false),
    /** The strategy that gives the figure. */
    source: idSchema,
  }).optional(),
  /** [latitude, longitude] in decimal degrees (WGS 84), for maps. */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], {
    error: 'coordinates are [latitude, longitude] in decimal degrees, e.g. [34.9756, 138.3828]',
  }),
  /** Ties to Japanese municipalities, one entry per tie. */
  relationships: z.array(relationshipSchema).default([]),
});
export type City = z.infer<typeof citySchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
