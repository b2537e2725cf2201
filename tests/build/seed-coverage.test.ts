/**
 * Every line of each strategy's source text appears on its Japanese pages as built: headings,
 * paragraphs, list items, table cells and numbers alike (tables are checked cell by cell). The only
 * lines left out are PDF furniture listed, with a reason, in the strategy's coverage.yaml.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mainText, pages } from './dist';
import { coverageSchema } from '../../src/schemas/coverage';

const SEEDS = process.env.SEEDS_DIR ?? '../shared/seeds';

/** Width, spacing and bullets are PDF artifacts; everything else must match. */
export function normalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      // Some seeds carry Markdown and HTML marks from their extraction (#, **, <p>, <sup>): not content.
      .replace(/<[^>]+>/g, '')
      .replace(/\*\*/g, '')
      .replace(/^\s*(#+|-|---+)(\s|$)/, '')
      // Dot leaders of a table of contents.
      .replace(/\.{3,}|…+/g, '')
      .replace(/\s+/g, '')
      // The sources' dashes for "none" vary (―, —): one dash.
      .replace(/[―—–]/g, '—')
      .replace(/^[○◯・◎■●]+/, '')
      // A line that is only a bracketed label (【基本方針】, 【人口】) is checked without its brackets.
      .replace(/^【(.+)】$/, '$1')
  );
}

/** Every strategy folder is checked against its seed. */
const strategies = readdirSync('content/strategies', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe.each(strategies)('the source of %s', (id) => {
  const strategy = parse(readFileSync(`content/strategies/${id}/strategy.yaml`, 'utf8')) as { source: { seed: string } };
  const seedPath = join(SEEDS, strategy.source.seed);
  const coveragePath = `content/strategies/${id}/coverage.yaml`;

  it('is available beside the project', () => {
    expect(existsSync(seedPath), seedPath).toBe(true);
  });

  it('appears line by line on the Japanese pages', () => {
    const corpus = normalize(
      pages()
        .filter((p) => p.path.startsWith(`/ja/strategies/${id}/`))
        .map((p) => mainText(p.html))
        .join(''),
    );
    const coverage = coverageSchema.parse(existsSync(coveragePath) ? parse(readFileSync(coveragePath, 'utf8')) : {});
    const skipped = new Set<number>();
    for (const s of coverage.skip) {
      const [a, b = a] = s.lines.split('-').map(Number) as [number, number?];
      for (let n = a; n <= b!; n++) skipped.add(n);
    }
    const missing: string[] = [];
    let checked = 0;
    readFileSync(seedPath, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // Tags of an extracted HTML table separate cells.
        const clean = line.replace(/<[^>]+>/g, ' ');
        const n = normalize(clean);
        if (!n || skipped.has(i + 1)) return;
        checked++;
        if (corpus.includes(n)) return;
        // A flattened table row: each cell must appear. A cell that the site shows in parts (a label
        // and a value, a numbered item, a list of bureaus) is checked part by part; parts of one
        // character are too small to check.
        const cells = clean.split(/\s+/).filter((c) => normalize(c));
        const absent = cells.filter((c) => {
          if (corpus.includes(normalize(c))) return false;
          // Prose must appear whole; only a short cell (a label and value, a numbered item) is split.
          if (normalize(c).length > 40) return true;
          const parts = c
            .split(/[【】:：、，,;；()（）\u2460-\u2473○]|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?=[0-9０-９])/)
            .map(normalize)
            .filter((p) => p.length > 1);
          return parts.some((p) => !corpus.includes(p));
        });
        if (absent.length === 0) return;
        missing.push(`line ${i + 1}: ${line.trim()}${cells.length > 1 ? `   [not found: ${absent.map(normalize).join(' | ')}]` : ''}`);
      });
    // The test must have looked at the seed: at least four lines in five are checked, not skipped.
    const nonEmpty = readFileSync(seedPath, 'utf8')
      .split('\n')
      .filter((l) => normalize(l)).length;
    expect(checked).toBeGreaterThanOrEqual(Math.ceil(nonEmpty * 0.8));
    expect(missing).toEqual([]);
  });
});
