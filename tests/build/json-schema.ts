/**
 * The strategies' published JSON Schema (/data/strategy.schema.json) of a built site, compiled by a
 * real JSON Schema validator (Ajv, draft 2020-12) in strict mode: an unknown keyword, an ambiguous
 * type or a misplaced constraint in the schema fails the compilation instead of being ignored.
 */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Validation {
  valid: boolean;
  errors: ErrorObject[];
}

/** Reads `dist`/data/strategy.schema.json and returns it with a validator of documents against it. */
export function strategySchema(dist: string) {
  const schema = JSON.parse(readFileSync(join(dist, 'data', 'strategy.schema.json'), 'utf8')) as Record<string, unknown>;
  // Ajv knows no format by itself (ajv-formats adds them); the schema uses `uri` for absolute URLs only.
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
  const check = ajv.compile(schema);
  const validate = (doc: unknown): Validation => ({ valid: check(doc), errors: [...(check.errors ?? [])] });
  return { schema, validate };
}
