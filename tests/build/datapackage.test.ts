/**
 * /data/datapackage.json against the Data Package v2 profile (tests/fixtures/datapackage, vendored
 * unchanged), with a real JSON Schema validator: the descriptor that data portals and the
 * Frictionless tools read must be one they accept.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from './dist';

type Descriptor = { $schema?: string; profile?: string; resources: Record<string, unknown>[] };
const built = () => JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as Descriptor;

let validate: ValidateFunction;
beforeAll(() => {
  const profile = JSON.parse(readFileSync('tests/fixtures/datapackage/datapackage-2.0.json', 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({
    // Strict about unknown keywords and formats; not about the upstream profile's own style, which
    // leaves out `type` beside object keywords and requires properties declared elsewhere.
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allErrors: true,
    // The profile's own annotations (for its documentation and form builders), which Ajv's strict
    // mode would take for typos; `item` (beside fieldsMatch) is one upstream, and means nothing here.
    keywords: ['propertyOrder', 'context', 'options', 'item', 'notes'],
    formats: {
      uri: (s: string) => URL.canParse(s),
      email: /^[^\s@]+@[^\s@]+$/,
      'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
      textarea: true,
    },
  });
  validate = ajv.compile(profile);
});

describe('the data package', () => {
  it('is a valid Data Package v2 descriptor and says so', () => {
    const pkg = built();
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    // v1's tabular profile would promise a table in every resource, which the TMX, TBX and full texts are not.
    expect(pkg.profile).toBeUndefined();
  });

  it('marks the tables as tables and the full texts as JSON data resources with their JSON Schema', () => {
    for (const r of built().resources) {
      if (r.type === 'table') expect((r.schema as { fields?: unknown[] }).fields?.length, String(r.name)).toBeGreaterThan(0);
      else if (r.schema !== undefined) expect(r.profile, String(r.name)).toBe('json-data-resource');
    }
  });

  it('refuses a broken copy of the built descriptor', () => {
    const broken: ((d: Descriptor) => void)[] = [
      (d) => {
        d.resources = [];
      },
      (d) => {
        d.resources[0]!.type = 'tabular';
      },
      (d) => {
        delete d.resources[0]!.path;
      },
      (d) => {
        (d.resources[0]!.schema as { fields: unknown[] }).fields = [];
      },
    ];
    for (const mutate of broken) {
      const copy = built();
      mutate(copy);
      expect(validate(copy), mutate.toString()).toBe(false);
    }
  });
});
