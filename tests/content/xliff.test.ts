/**
 * The XLIFF round trip on the real content, copied to a temporary folder (SITE_CONTENT_DIR): an
 * untouched export imports without changing a byte; a CAT tool's rewrite of the file still imports;
 * a changed target replaces exactly its span and the file is stamped; a unit whose Japanese changed
 * since the export is refused, naming the file and the unit.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check';
import { textBlocks } from '../../src/lib/text-blocks';
import { translationStatus } from '../../src/lib/translations';
import { validateXliff } from '../../src/lib/xliff-validate';
import { exportStrategy, planImport } from '../../src/lib/xliff-project';
import { asCatToolWrites } from './xliff-cat-tool';

const DIR = 'tests/.tmp/xliff/content';
const STRATEGIES = readdirSync('content/strategies');

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
    try {
      h.update(f).update(readFileSync(join(dir, f)));
    } catch {
      // a folder
    }
  }
  return h.digest('hex');
}

async function checked() {
  const r = await checkContent(process.cwd(), DIR);
  if (!r.site) throw new Error('the copied content does not check');
  return { site: r.site, content: r.content };
}

/** Applies an import plan, as the script does. */
function apply(plan: ReturnType<typeof planImport>) {
  for (const w of plan.writes) writeFileSync(w.file, w.text);
}

beforeAll(() => {
  rmSync('tests/.tmp/xliff', { recursive: true, force: true });
  cpSync('content', DIR, { recursive: true });
  process.env.SITE_CONTENT_DIR = DIR;
});
afterAll(() => {
  delete process.env.SITE_CONTENT_DIR;
  rmSync('tests/.tmp/xliff', { recursive: true, force: true });
});

describe('the XLIFF round trip on the real content', () => {
  it('exports every strategy as valid XLIFF 2.0 and imports it untouched without changing a byte', async () => {
    const before = digest(DIR);
    const c = await checked();
    for (const id of STRATEGIES) {
      const { xliff } = exportStrategy(c, id)!;
      expect(validateXliff(xliff), id).toEqual([]);
      const plan = planImport(c, xliff);
      expect(plan.refused, id).toEqual([]);
      expect(
        plan.writes.map((w) => w.file),
        id,
      ).toEqual([]);
    }
    expect(digest(DIR)).toBe(before);
  });

  it('imports a file rewritten by a CAT tool (attributes reordered, other whitespace, extra notes)', async () => {
    const c = await checked();
    const tool = asCatToolWrites(exportStrategy(c, 'shizuoka-2017')!.xliff);
    expect(validateXliff(tool)).toEqual([]);
    const plan = planImport(c, tool);
    expect(plan.refused).toEqual([]);
    expect(plan.writes).toEqual([]);
  });

  it('writes a changed target into exactly its span, and stamps the file once nothing is left untranslated', async () => {
    const file = `${DIR}/strategies/shizuoka-2017/en/purpose.mdx`;
    const ja = `${DIR}/strategies/shizuoka-2017/ja/purpose.mdx`;
    const old = readFileSync(file, 'utf8');
    // The Japanese changes: the English is outdated and its units go out as "initial".
    writeFileSync(ja, readFileSync(ja, 'utf8').replace('（２）目的', '（２）目的と効果'));
    let c = await checked();
    expect(translationStatus(c.site).find((s) => s.en === file)?.state).toBe('outdated');
    const xliff = exportStrategy(c, 'shizuoka-2017')!.xliff;
    expect(xliff).toContain('subState="cs:outdated"');
    const translated = xliff
      .replace('>(2) Objective</target>', '>(2) Objective and effects</target>')
      .replace(/state="initial" subState="cs:outdated"/g, 'state="translated"');
    const plan = planImport(c, translated);
    expect(plan.refused).toEqual([]);
    expect(plan.writes.map((w) => [w.file, w.stamped])).toEqual([[file, true]]);
    const text = plan.writes[0]!.text;
    const stampAt = (t: string) => /translatedFrom: "(\w+)"/.exec(t)![1]!;
    expect(text).toBe(old.replace('(2) Objective {#', '(2) Objective and effects {#').replace(stampAt(old), stampAt(text)));
    apply(plan);
    c = await checked();
    expect(translationStatus(c.site).find((s) => s.en === file)?.state).toBe('complete');
  });

  it('refuses a unit whose Japanese source changed since the export, naming the file and the unit, and writes nothing', async () => {
    const c = await checked();
    const xliff = exportStrategy(c, 'kuwana-2014')!.xliff;
    const ja = `${DIR}/strategies/kuwana-2014/ja/comprehensive-plan.mdx`;
    const text = readFileSync(ja, 'utf8');
    const blocks = textBlocks(text);
    const p = blocks.find((b) => b.kind === 'paragraph')!;
    const seg = p.segments[0]!;
    writeFileSync(ja, `${text.slice(0, seg.end)}（改訂）${text.slice(seg.end)}`);
    writeFileSync('tests/.tmp/xliff/k.xlf', xliff);
    const before = digest(DIR);
    const r = spawnSync('npm', ['run', '-s', 'xliff', '--', 'import', 'tests/.tmp/xliff/k.xlf'], {
      env: { ...process.env, SITE_CONTENT_DIR: DIR },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${DIR}/strategies/kuwana-2014/ja/comprehensive-plan.mdx, unit ${p.id}: the Japanese source changed since the export`,
    );
    expect(r.stderr).toContain('nothing was written');
    expect(digest(DIR)).toBe(before);
  });
});
