import { z } from 'astro/zod';
import { idSchema, localizedSchema, yearSchema, strictObject } from './shared';

/** The kinds of tie between a Japanese municipality and another city. */
export const RELATIONSHIP_TYPES = ['sister-city', 'friendship-city', 'friendship-port', 'exchange'] as const;

/** A tie between this city and a Japanese municipality, as a strategy states it. */
export const relationshipSchema = strictObject({
  /** The municipality's city ID (e.g. shizuoka). */
  with: idSchema,
  /** sister-city (姉妹都市), friendship-city (友好都市), friendship-port (友好港湾) or exchange (another named exchange). */
  type: z.enum(RELATIONSHIP_TYPES, { error: `type must be one of: ${RELATIONSHIP_TYPES.join(', ')}` }),
  /** The western year the tie began, as the source gives it. */
  since: yearSchema.optional(),
  /** The ID of the strategy that states this tie (e.g. shizuoka-2017). */
  source: idSchema,
  /** What is tied when it is not the city as a whole (a port, a marathon, a foundation). */
  subject: localizedSchema.optional(),
});

/** A city: a municipality that publishes a strategy, or a foreign city a strategy names (content/cities.yaml). */
export const citySchema = strictObject({
  /** Stable ASCII ID used in URLs (/ja/cities/<id>/) and references. */
  id: idSchema,
  /** The name in both languages (Japanese as the sources write it, e.g. ストックトン市). */
  name: localizedSchema,
  /** The region ID of the country or territory the city is in. */
  country: idSchema,
  /** The state, province or prefecture, where it helps identify the city. */
  region: localizedSchema.optional(),
  /** [latitude, longitude] in decimal degrees (WGS 84), for maps. */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)], {
    error: 'coordinates are [latitude, longitude] in decimal degrees, e.g. [34.9756, 138.3828]',
  }),
  /** Ties to Japanese municipalities, one entry per tie. */
  relationships: z.array(relationshipSchema).default([]),
});
export type City = z.infer<typeof citySchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
