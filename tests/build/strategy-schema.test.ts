/**
 * /data/strategy.schema.json as built: a JSON Schema (draft 2020-12) that compiles in Ajv's strict
 * mode, that every full-text file of dist/data/strategies/ names and passes, and that refuses a copy
 * of a real file broken in one place. Listed on the data page and in the data package.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, page } from './dist';
import { strategySchema } from './json-schema';
import { STRATEGY_JSON_FIELDS } from '../../src/lib/strategy-json';

const ROOT = join(DIST, 'data', 'strategies');
/** Every full-text file: the current editions' and the earlier ones' (…/editions/*.json). */
const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .sort();
const read = (f: string) => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Record<string, unknown> & { $schema: string };
const { schema, validate } = strategySchema(DIST);

interface Node {
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
}
/** Every field path of the schema as the data page writes them (editions[].id, chapters[].blocks[].ja). */
function fieldPaths(node: Node, prefix = ''): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, child]) => {
    const path = `${prefix}${prefix ? '.' : ''}${name}`;
    return [path, ...fieldPaths(child, path)];
  });
  const items = node.items ? [`${prefix}[]`, ...fieldPaths(node.items, `${prefix}[]`)] : [];
  return [...own, ...items, ...(node.anyOf ?? []).flatMap((n) => fieldPaths(n, prefix))];
}

type Doc = { chapters: { blocks: Record<string, unknown>[] }[] };
/** A copy of a real document, with the first chapter's first block that has both languages changed by `breaks`. */
function broken(breaks: (block: Record<string, Record<string, unknown>>) => void) {
  const doc = structuredClone(read('shizuoka-2017.json')) as unknown as Doc;
  const block = doc.chapters[0]!.blocks.find((b) => b.ja && b.en)!;
  breaks(block as Record<string, Record<string, unknown>>);
  return validate(doc);
}

describe('the JSON Schema of the full texts', () => {
  it('is a draft 2020-12 schema with an absolute $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(new URL(String(schema.$id)).pathname).toBe('/data/strategy.schema.json');
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  it('describes every field of the document', () => {
    const properties = schema.properties as Record<string, { description?: string }>;
    const undescribed = Object.entries(properties)
      .filter(([, p]) => !p.description)
      .map(([name]) => name);
    expect(Object.keys(properties).length).toBeGreaterThan(10);
    expect(undescribed).toEqual([]);
  });

  it('has every field that the data page documents', () => {
    const paths = fieldPaths(schema as Node);
    // The page names a field by its path, or by the end of it where it is the same in several places (blocks[].id).
    const unknown = STRATEGY_JSON_FIELDS.flatMap((f) => f.name.split(', ')).filter(
      (name) => !paths.some((p) => p === name || p.endsWith(`.${name}`)),
    );
    expect(unknown).toEqual([]);
  });

  it('is named by every full-text file, current and earlier', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(read(f).$schema, f).toBe(schema.$id);
  });

  it('is passed by every full-text file', () => {
    const failures = files.flatMap((f) => {
      const { valid, errors } = validate(read(f));
      return valid ? [] : errors.slice(0, 5).map((e) => `${f}${e.instancePath}: ${e.message}`);
    });
    expect(failures).toEqual([]);
  });

  it('refuses a block without its id', () => {
    const { valid, errors } = broken((b) => delete b.id);
    expect(valid).toBe(false);
    expect(errors).toContainEqual(expect.objectContaining({ instancePath: '/chapters/0/blocks/0', params: { missingProperty: 'id' } }));
  });

  it('refuses a block of an unknown kind', () => {
    const { valid, errors } = broken((b) => Object.assign(b, { kind: 'footnote' }));
    expect(valid).toBe(false);
    expect(errors.map((e) => e.instancePath)).toContain('/chapters/0/blocks/0/kind');
  });

  it("refuses a language's side of a block without its text", () => {
    const { valid, errors } = broken((b) => delete b.en!.text);
    expect(valid).toBe(false);
    expect(errors).toContainEqual(
      expect.objectContaining({ instancePath: '/chapters/0/blocks/0/en', params: { missingProperty: 'text' } }),
    );
  });

  it('refuses a field the format does not have', () => {
    const doc = { ...read('tokyo-2014.json'), summary: 'not a field' };
    expect(validate(doc).valid).toBe(false);
  });

  it('is linked from the data page in both languages', () => {
    for (const lang of ['ja', 'en']) expect(page(`/${lang}/data/`).hrefs).toContain('/data/strategy.schema.json');
  });

  it("is each full-text resource's schema in the data package", () => {
    const pkg = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as {
      resources: { path: string; schema?: unknown }[];
    };
    const texts = pkg.resources.filter((r) => r.path.startsWith('strategies/'));
    expect(texts.map((r) => r.path).sort()).toEqual(files.map((f) => relative(join(DIST, 'data'), join(ROOT, f))).sort());
    for (const r of texts) expect(r.schema, r.path).toBe('strategy.schema.json');
  });
});
