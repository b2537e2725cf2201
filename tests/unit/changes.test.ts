import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomFeed, changeProblems, newestFirst } from '../../src/lib/changes';
import { loadContentFiles } from '../../src/lib/content-files';
import { escapeAttr as escapeXml } from '../../src/lib/xml';
import type { Change } from '../../src/schemas/change';

/** The change log as the loader reads it and the check judges it (a content folder with only the log). */
async function log(yaml: string) {
  const root = mkdtempSync(join(tmpdir(), 'changes-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content', 'changes.yaml'), yaml);
  const content = await loadContentFiles(root, 'content');
  const file = join('content', 'changes.yaml');
  const problems = [
    ...content.problems.filter((p) => p.file === file),
    ...changeProblems(content.changes, new Set(['sample-2020']), file, content.sources.get(file)),
  ];
  return { changes: newestFirst(content.changes), problems };
}

const entry = (id: string, date: string, extra = '') =>
  `- id: ${id}\n  date: ${date}\n  kind: correction\n  strategy: sample-2020\n  summary: { ja: 訂正, en: Corrected }\n${extra}`;

describe('the change log', () => {
  it('reads valid entries, newest first', async () => {
    const { changes, problems } = await log(`${entry('a', '2026-11-23')}${entry('b', '2026-12-04')}`);
    expect(problems).toEqual([]);
    expect(changes.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('names a wrong kind, a bad date and a missing translation at their lines', async () => {
    const { problems } = await log('- id: a\n  date: 4 December\n  kind: fix\n  summary: { ja: 訂正 }\n');
    expect(problems.map((p) => [p.field, p.line])).toEqual(
      expect.arrayContaining([
        ['[0].date', 2],
        ['[0].kind', 3],
      ]),
    );
    expect(problems.some((p) => p.field.endsWith('summary.en'))).toBe(true);
  });

  it('refuses an unknown strategy and an id used twice', async () => {
    const { problems } = await log(`${entry('a', '2026-11-23')}${entry('a', '2026-11-23').replace('sample-2020', 'nowhere-2020')}`);
    expect(problems.map((p) => p.message)).toEqual(['the id "a" is used twice', 'unknown strategy "nowhere-2020"']);
  });

  it('is empty, and no problem, where there is no file (a test fixture)', async () => {
    const content = await loadContentFiles(mkdtempSync(join(tmpdir(), 'none-')), 'content');
    expect(content.changes).toEqual([]);
    expect(content.problems.filter((p) => p.file.endsWith('changes.yaml'))).toEqual([]);
  });
});

describe('the Atom feed', () => {
  const change: Change = {
    id: 'a',
    date: '2026-12-04',
    kind: 'correction',
    strategy: 'sample-2020',
    summary: { ja: '<b>&「訂正」', en: 'Fixed <b> & "quotes"' },
    pages: ['cities/x/'],
  };
  const xml = atomFeed({
    lang: 'en',
    title: 'A & B',
    self: 'https://x.jp/en/changes.xml',
    page: 'https://x.jp/en/changes/',
    changes: [change],
    entryTitle: () => 'Correction: <Sample>',
    links: () => ['https://x.jp/en/cities/x/?a=1&b=2'],
    author: 'Site',
  });

  it('escapes markup in text and attributes', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe(`&lt;a href=&quot;x&quot;&gt;&amp;'`);
    expect(xml).toContain('<summary>Fixed &lt;b&gt; &amp; &quot;quotes&quot;</summary>');
    expect(xml).toContain('href="https://x.jp/en/cities/x/?a=1&amp;b=2"');
    expect(xml).toContain('<title>A &amp; B</title>');
  });

  it('has the elements Atom requires: feed id, title, updated, author, self link; entry id, title, updated', () => {
    for (const el of [
      '<id>https://x.jp/en/changes.xml</id>',
      '<updated>2026-12-04T00:00:00Z</updated>',
      '<author><name>Site</name></author>',
      'rel="self"',
    ])
      expect(xml).toContain(el);
    expect(xml).toContain('<id>https://x.jp/en/changes/#a</id>');
  });
});
