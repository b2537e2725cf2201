/**
 * Knock-on problems are not shown: a file that exists but fails to parse is reported by the loader,
 * and the index then says nothing that follows only from its absence. Each case breaks a copy of the
 * valid fixture, shows that without the list of broken files the index would report the knock-on
 * (so the case can fail), then that with it the index does not.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentFiles } from '../../src/lib/content-files';
import { indexContent } from '../../src/lib/content-index';

async function loadBroken(name: string, file: string, from: string, to: string) {
  const dir = `tests/.tmp/knock-ons-${name}/content`;
  rmSync(dir, { recursive: true, force: true });
  cpSync('tests/fixtures/valid', dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
  const content = await loadContentFiles(process.cwd(), dir);
  // The files the loader could not read, as it lists them.
  const broken = [...content.broken];
  return { dir, content, broken };
}

describe('knock-on problems', () => {
  it('a Japanese chapter that fails its schema is not also "missing"', async () => {
    const { dir, content, broken } = await loadBroken('ja-chapter', 'strategies/sample-2020/ja/intro.mdx', 'title:', 'titel:');
    expect(broken).toEqual([`${dir}/strategies/sample-2020/ja/intro.mdx`]);
    expect(indexContent(content.raw).problems.map((p) => p.message)).toEqual([
      'chapter "intro" has no Japanese file',
      'this English file has no Japanese original at the same path',
    ]);
    const { site, problems } = indexContent({ ...content.raw, broken });
    expect(problems).toEqual([]);
    expect(site).toBeUndefined();
  });

  it('a cities.yaml that cannot be read does not make every city it holds "unknown"', async () => {
    const { dir, content, broken } = await loadBroken('cities', 'cities.yaml', '- id: taipei', '- id: [taipei');
    expect(broken).toEqual([`${dir}/cities.yaml`]);
    expect(indexContent(content.raw).problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '[0] (sample-tourism).city: unknown city "sample"',
      'municipality: unknown city "sample"',
    ]);
    expect(indexContent({ ...content.raw, broken })).toEqual({ problems: [] });
  });

  it('an English text that fails its schema is not listed as a translation to write', async () => {
    const { dir, content, broken } = await loadBroken('en-measure', 'strategies/sample-2020/en/measures/tourism.mdx', 'title:', 'titel:');
    expect(indexContent(content.raw).site?.missing.map((m) => m.expected)).toEqual([
      `${dir}/strategies/sample-2020/en/measures/tourism.mdx`,
    ]);
    const { site, problems } = indexContent({ ...content.raw, broken });
    expect(problems).toEqual([]);
    expect(site?.missing).toEqual([]);
  });
});
