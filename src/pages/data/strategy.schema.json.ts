/**
 * /data/strategy.schema.json: the JSON Schema (draft 2020-12) of the strategies' full-text files,
 * generated from the zod schema that types them (src/schemas/strategy-json.ts, src/lib/strategy-json.ts).
 */
import type { APIRoute } from 'astro';
import { publishedSchema } from '../../lib/strategy-json';

export const GET: APIRoute = ({ site: origin }) =>
  new Response(JSON.stringify(publishedSchema(origin ?? new URL('http://localhost/')), null, 1), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
