/** /data/strategies/{id}.json as built: every chapter and measure, every block of both languages under the ids of the pages. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, page, mainText } from './dist';
import { STRATEGY_JSON_FIELDS } from '../../src/lib/strategy-json';

interface Doc {
  id: string;
  editions: { id: string; current: boolean; json: string }[];
  licence: { translationsAndData: { name: string } };
  chapters: { slug: string; url: { ja: string; en: string }; blocks: { id: string; ja?: { text: string }; en?: { text: string } }[] }[];
  measures: {
    slug: string;
    url: { ja: string; en: string };
    facts: { slug: string };
    blocks: { id: string; ja?: { text: string }; en?: { text: string } }[];
  }[];
}

// The current editions' files (an earlier edition's are in <id>/editions/, tests/content/editions.test.ts).
const files = readdirSync(join(DIST, 'data', 'strategies')).filter((f) => f.endsWith('.json'));
const docs = files.map((f) => JSON.parse(readFileSync(join(DIST, 'data', 'strategies', f), 'utf8')) as Doc);

describe('the full texts as JSON', () => {
  it('exist for every strategy, with the licence', () => {
    expect(files.sort()).toEqual(['kumamoto-2018.json', 'kuwana-2014.json', 'shizuoka-2017.json', 'tokyo-2014.json', 'yokohama-2015.json']);
    for (const d of docs) expect(d.licence.translationsAndData.name).toBe('CC-BY-4.0');
  });

  it("hold every block of every chapter and measure page in both languages, under the pages' own ids", () => {
    const problems: string[] = [];
    for (const d of docs) {
      for (const unit of [...d.chapters, ...d.measures]) {
        for (const lang of ['ja', 'en'] as const) {
          const built = page(new URL(unit.url[lang]).pathname);
          // A text without a block of its own (Kumamoto's measures are titles and budget lines only) has none here either.
          if (!built.html.includes('class="block-anchor"') && !/<h[2-4] id="[^"]+" class="anchored"/.test(built.html)) {
            if (unit.blocks.length > 0) problems.push(`${unit.url[lang]}: blocks that the page does not show`);
            continue;
          }
          for (const b of unit.blocks) {
            if (b[lang] && !built.ids.has(b.id)) problems.push(`${unit.url[lang]}: no #${b.id}`);
          }
          if (!unit.blocks.some((b) => b[lang]?.text)) problems.push(`${unit.url[lang]}: no text in ${lang}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('list the editions of each strategy, as an empty list where it has none, with files that exist', () => {
    for (const d of docs) {
      const earlier = d.editions.filter((e) => !e.current).map((e) => e.id);
      expect(existsSync(join(DIST, 'data', 'strategies', d.id, 'editions')), d.id).toBe(earlier.length > 0);
      for (const e of d.editions) expect(existsSync(join(DIST, new URL(e.json).pathname)), e.json).toBe(true);
    }
  });

  it("gives a block's text as the page shows it", () => {
    const d = docs.find((x) => x.id === 'shizuoka-2017')!;
    const chapter = d.chapters.find((c) => c.slug === 'purpose')!;
    const paragraph = chapter.blocks.find((b) => b.ja && b.en && b.id.includes('-p'))!;
    expect(mainText(page('/ja/strategies/shizuoka-2017/purpose/').html).replace(/\s+/g, '')).toContain(
      paragraph.ja!.text.replace(/\s+/g, ''),
    );
  });

  it('has every top-level field documented on the data page', () => {
    const documented = new Set(STRATEGY_JSON_FIELDS.flatMap((f) => f.name.split(', ').map((n) => n.split(/[.[]/)[0]!)));
    const missing = Object.keys(docs[0]!).filter((k) => !documented.has(k));
    expect(missing).toEqual([]);
    expect(mainText(page('/en/data/').html)).toContain('/data/strategies/tokyo-2014.json');
  });
});
