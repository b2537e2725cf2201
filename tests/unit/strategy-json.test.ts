import { describe, expect, it } from 'vitest';
import { editionsJson, jsonBlocks, plainText, publishedSchema, strategyJson } from '../../src/lib/strategy-json';
import { strategyJsonSchema } from '../../src/schemas/strategy-json';
import type { Block } from '../../src/lib/blocks';
import { buildIndex } from '../../src/lib/content-index';
import { editionLists, editionName, splitEditions } from '../../src/lib/editions';
import type { Edition } from '../../src/schemas/edition';
import { sample } from './index/sample';

const b = (id: string, html: string, kind: Block['kind'] = 'paragraph'): Block => ({ id, kind, html });

describe('the full text as JSON', () => {
  it('gives plain text without the self-link mark, tags or entities', () => {
    expect(plainText('<p id="x-p1"><a class="block-anchor" href="#x-p1" aria-label="link"></a>A &amp; <b>B</b><br>C</p>')).toBe('A & B C');
    expect(plainText('<h2 id="a" class="anchored">方針 <a class="heading-anchor" href="#a">#</a></h2>')).toBe('方針');
  });

  it("separates a table's cells", () => {
    expect(plainText('<table><caption>表</caption><tr><th>指標</th><td>59,000人</td></tr></table>')).toBe('表 指標 59,000人');
  });

  it('pairs the two languages by block id, keeping the Japanese order', () => {
    const out = jsonBlocks(
      [b('policy', '<h2>方針</h2>', 'heading'), b('policy-p1', '<p>本文</p>')],
      [b('policy-p1', '<p>Text</p>'), b('policy', '<h2>Policy</h2>', 'heading')],
    );
    expect(out.map((x) => [x.id, x.kind, x.ja?.text, x.en?.text])).toEqual([
      ['policy', 'heading', '方針', 'Policy'],
      ['policy-p1', 'paragraph', '本文', 'Text'],
    ]);
  });

  it('keeps a block that only one language has, with that language alone', () => {
    const out = jsonBlocks([b('a-p1', '<p>一</p>')], [b('a-p1', '<p>One</p>'), b('a-p2', '<p>Two</p>')]);
    expect(out[1]).toEqual({ id: 'a-p2', kind: 'paragraph', en: { text: 'Two', html: '<p>Two</p>' } });
    expect(jsonBlocks([b('a-p1', '<p>一</p>')], [])[0]).not.toHaveProperty('en');
  });
});

describe('the full text of a strategy with editions as JSON', () => {
  const draft: Edition = { id: 'draft', kind: 'draft', date: '2019-12-10' };
  const adopted: Edition = { id: 'adopted', kind: 'adopted', date: '2020-04-01' };
  /** The sample strategy with an earlier edition (editions/draft/), a copy of its files, indexed as the site does. */
  function withDraft() {
    const raw = sample();
    const under = (file: string) => file.replace('sample-2020/', 'sample-2020/editions/draft/');
    const key = 'sample-2020/editions/draft';
    raw.strategies[0]!.data.edition = adopted;
    raw.strategies.push({ file: under(raw.strategies[0]!.file), data: { ...raw.strategies[0]!.data, edition: draft } });
    raw.measureFiles.push({ ...raw.measureFiles[0]!, file: under(raw.measureFiles[0]!.file) });
    raw.chapterTexts.push(...raw.chapterTexts.map((t) => ({ ...t, file: under(t.file), strategy: key })));
    raw.measureTexts.push(...raw.measureTexts.map((t) => ({ ...t, file: under(t.file), strategy: key })));
    const split = splitEditions(raw);
    expect(split.problems).toEqual([]);
    const current = buildIndex(split.current);
    const editions = editionLists(current, buildIndex(split.withEditions!)).get('sample-2020')!;
    return { current: current.strategy.get('sample-2020')!, editions };
  }
  // Each text's one block holds its file's path, so a document shows whose texts it holds.
  const blocks = (file: string | undefined) => (file ? [b('x-p1', `<p>${file}</p>`)] : []);
  const origin = new URL('https://x.jp/');

  it('lists the editions oldest first, each with its JSON file and overview page', () => {
    const { editions } = withDraft();
    const abs = (p: string) => new URL(p, origin).href;
    expect(editionsJson('sample-2020', editions, abs)).toEqual([
      {
        id: 'draft',
        kind: 'draft',
        name: { ja: editionName(draft, 'ja'), en: editionName(draft, 'en') },
        date: '2019-12-10',
        current: false,
        json: 'https://x.jp/data/strategies/sample-2020/editions/draft.json',
        url: { ja: 'https://x.jp/ja/strategies/sample-2020/editions/draft/', en: 'https://x.jp/en/strategies/sample-2020/editions/draft/' },
      },
      {
        id: 'adopted',
        kind: 'adopted',
        name: { ja: editionName(adopted, 'ja'), en: editionName(adopted, 'en') },
        date: '2020-04-01',
        current: true,
        json: 'https://x.jp/data/strategies/sample-2020.json',
        url: { ja: 'https://x.jp/ja/strategies/sample-2020/', en: 'https://x.jp/en/strategies/sample-2020/' },
      },
    ]);
  });

  it("gives an earlier edition's own texts, pages and edition, with the current file's address", () => {
    const { current, editions } = withDraft();
    const doc = strategyJson({ strategy: editions[0]!.strategy, editions, blocks, origin });
    expect(doc.id).toBe('sample-2020');
    expect(doc.edition).toMatchObject({ id: 'draft', current: false, currentJson: 'https://x.jp/data/strategies/sample-2020.json' });
    expect(doc.url.en).toBe('https://x.jp/en/strategies/sample-2020/editions/draft/');
    expect(doc.chapters[0]!.url.ja).toBe('https://x.jp/ja/strategies/sample-2020/editions/draft/intro/');
    expect(doc.measures[0]!.url.ja).toBe('https://x.jp/ja/strategies/sample-2020/editions/draft/measures/tourism/');
    expect(doc.chapters[0]!.blocks[0]!.ja!.text).toBe('content/strategies/sample-2020/editions/draft/ja/intro.mdx');
    expect(doc.measures[0]!.blocks[0]!.en!.text).toBe('content/strategies/sample-2020/editions/draft/en/measures/tourism.mdx');
    // The same list of editions as the current file's; the current file says nothing more of itself.
    const now = strategyJson({ strategy: current, editions, blocks, origin });
    expect(doc.editions).toEqual(now.editions);
    expect(now).not.toHaveProperty('edition');
    expect(now.chapters[0]!.blocks[0]!.ja!.text).toBe('content/strategies/sample-2020/ja/intro.mdx');
  });

  it('passes its own zod schema, current and earlier, naming the published JSON Schema', () => {
    const { current, editions } = withDraft();
    for (const strategy of [current, editions[0]!.strategy]) {
      const doc = strategyJson({ strategy, editions, blocks, origin });
      expect(strategyJsonSchema.safeParse(doc).error?.issues).toBeUndefined();
      expect(doc.$schema).toBe(publishedSchema(origin).$id);
    }
  });

  it('lists no editions, as an empty list, for a strategy published once', () => {
    const site = buildIndex(sample());
    const doc = strategyJson({ strategy: site.strategy.get('sample-2020')!, editions: [], blocks, origin });
    expect(doc.editions).toEqual([]);
    expect(doc).not.toHaveProperty('edition');
  });

  it('refuses an earlier edition missing from the list it is given', () => {
    const { editions } = withDraft();
    expect(() => strategyJson({ strategy: editions[0]!.strategy, editions: editions.slice(1), blocks, origin })).toThrow(
      /sample-2020\/editions\/draft is not among the editions of sample-2020/,
    );
  });
});
