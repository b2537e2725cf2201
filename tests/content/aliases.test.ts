/** content/aliases.yaml against the real content: every alias names a page that exists, and adds a name. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFiles, type FileContent } from '../../src/lib/content-files';

let content: FileContent;
beforeAll(async () => {
  content = await loadContentFiles();
});

describe('content/aliases.yaml', () => {
  it('is read and passes its schema', () => {
    expect(content.problems.filter((p) => JSON.stringify(p).includes('aliases.yaml'))).toEqual([]);
    expect(content.aliases.length).toBeGreaterThan(10);
  });

  it('names only regions, cities and themes that exist, once each', () => {
    const ids = {
      region: new Set(content.raw.regions.map((r) => r.id)),
      city: new Set(content.raw.cities.map((c) => c.id)),
      theme: new Set(content.raw.themes.map((t) => t.id)),
    };
    const unknown = content.aliases.filter((a) => !ids[a.kind].has(a.id)).map((a) => `${a.kind}/${a.id}`);
    expect(unknown).toEqual([]);
    const keys = content.aliases.map((a) => `${a.kind}/${a.id}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('does not repeat the name the page already has', () => {
    const names = new Map<string, { ja: string; en: string }>();
    for (const r of content.raw.regions) names.set(`region/${r.id}`, r.name);
    for (const c of content.raw.cities) names.set(`city/${c.id}`, c.name);
    for (const t of content.raw.themes) names.set(`theme/${t.id}`, t.name);
    const repeated = content.aliases.flatMap((a) => {
      const own = names.get(`${a.kind}/${a.id}`);
      return (['ja', 'en'] as const).flatMap((l) => a[l].filter((n) => n === own?.[l]).map((n) => `${a.kind}/${a.id}: ${n}`));
    });
    expect(repeated).toEqual([]);
  });
});
