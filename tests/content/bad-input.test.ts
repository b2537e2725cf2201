/**
 * Bad input fails the build with a message naming the file, the field and the fix. Each case copies
 * the small valid fixture, breaks one thing and runs a real `astro build` on it; the unbroken
 * fixture must build, so a failure can only come from the break.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const FIXTURE = 'tests/fixtures/valid';

function buildWith(name: string, breakIt: (dir: string) => void, fresh = true): { status: number | null; output: string } {
  const root = `tests/.tmp/fixture-${name}`;
  const dir = `${root}/content`;
  if (fresh) {
    rmSync(root, { recursive: true, force: true });
    cpSync(FIXTURE, dir, { recursive: true });
  }
  breakIt(dir);
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_CONTENT_DIR: dir,
      SITE_OUT_DIR: `${root}/dist`,
      SITE_CACHE_DIR: `${root}/cache`,
    },
  });
  // ANSI colours would split the words the tests look for.
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

describe('bad input', () => {
  it('the unbroken fixture builds', () => {
    const r = buildWith('valid', () => {});
    expect(r.output).toContain('Complete!');
    expect(r.status).toBe(0);
  });

  it('renders the headings of a Markdown and of an MDX text alike (the fixture has one of each)', () => {
    // Run after the build above. The heading markup, ids and link targets left out.
    const headings = (path: string) =>
      [
        ...readFileSync(`tests/.tmp/fixture-valid/dist/ja/strategies/sample-2020/${path}/index.html`, 'utf8').matchAll(
          /<h2\b[^>]*>[^<]*<a [^>]*>#<\/a><\/h2>/g,
        ),
      ].map((m) => m[0].replace(/"#?[a-z-]+"/g, '"…"').replace(/>[^<]*</, '><'));
    const fromMdx = headings('intro');
    expect(fromMdx.length).toBeGreaterThan(0);
    expect(new Set(headings('measures/tourism'))).toEqual(new Set(fromMdx));
  });

  it('a broken frontmatter field fails the build, naming the file, the field and the fix', () => {
    const r = buildWith('bad-field', (dir) =>
      edit(join(dir, 'strategies/sample-2020/ja/measures/tourism.md'), '    indicator: 外国人観光客数', '    indicater: 外国人観光客数'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('sample-2020/ja/measures/tourism');
    expect(r.output).toContain('unknown field "indicater": check the spelling');
    expect(r.output).toMatch(/indicator \(the KPI name\) is missing/);
  });

  it('a value of the wrong kind fails the build with what to write instead', () => {
    const r = buildWith('bad-value', (dir) => edit(join(dir, 'strategies/sample-2020/measures.yaml'), 'value: 100,', "value: '100人',"));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('sample-2020/measures');
    expect(r.output).toContain('value must be a plain number, e.g. 59000 (no commas, no units)');
  });

  it('an unknown reference fails the build, naming the file, the field and the fix', () => {
    const r = buildWith('unknown-ref', (dir) =>
      edit(join(dir, 'strategies/sample-2020/measures.yaml'), 'priority: [taiwan]', 'priority: [atlantis]'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'tests/.tmp/fixture-unknown-ref/content/strategies/sample-2020/measures.yaml › measures[0] (tourism).markets.priority[0]: unknown region "atlantis"',
    );
    expect(r.output).toMatch(/Fix: use a region ID from .*regions\.yaml/);
  });

  it('a duplicate ID fails the build, naming the file, the entry and the fix', () => {
    const r = buildWith('duplicate-id', (dir) =>
      edit(
        join(dir, 'cities.yaml'),
        '- id: taipei',
        '- { id: taipei, name: { ja: 台北, en: Taipei }, country: taiwan, coordinates: [25, 121] }\n- id: taipei',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('cities.yaml › [2].id: duplicate ID "taipei" (entry [1] has it already)');
    expect(r.output).toContain('Fix: IDs must be unique');
  });

  it('a missing translation does not fail the build but shows the Japanese with a notice', () => {
    const r = buildWith('missing-en', (dir) => rmSync(join(dir, 'strategies/sample-2020/en/measures/tourism.md')));
    expect(r.status).toBe(0);
    expect(r.output).toContain('en/measures/tourism.md (translate');
    const html = readFileSync('tests/.tmp/fixture-missing-en/dist/en/strategies/sample-2020/measures/tourism/index.html', 'utf8');
    expect(html).toContain('has not been translated into English yet');
    expect(html).toMatch(/<div class="prose" lang="ja">[\s\S]*観光客を誘致する。/);
  });

  it('a <script> in MDX fails the build and the check, naming the file and line', () => {
    const r = buildWith('script', (dir) =>
      edit(
        join(dir, 'strategies/sample-2020/ja/intro.mdx'),
        '本市は台湾との交流を進める。',
        '本市は台湾との交流を進める。\n\n<script>alert(1)</script>',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/strategies\/sample-2020\/ja\/intro\.mdx:\d+ › line \d+: <script> is not allowed in content/);
    const check = run('script', ['node_modules/.bin/jiti', 'scripts/check-content.ts']);
    expect(check.status).toBe(1);
    expect(check.output).toContain('<script> is not allowed in content');
  });

  it('a component over several lines in a Markdown file fails the build, saying how to go on', () => {
    const r = buildWith('md-component', (dir) =>
      edit(
        join(dir, 'strategies/sample-2020/ja/measures/tourism.md'),
        '観光客を誘致する。',
        '観光客を誘致する。\n\n<EditorNote>\n注記\n</EditorNote>',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/strategies\/sample-2020\/ja\/measures\/tourism\.md:\d+ › line \d+: <EditorNote> does not close on its line/);
    expect(r.output).toContain('rename the file to .mdx');
  });

  it('a Markdown and an MDX file for the same text fail the build, naming both', () => {
    const r = buildWith('md-and-mdx', (dir) =>
      cpSync(join(dir, 'strategies/sample-2020/ja/measures/tourism.md'), join(dir, 'strategies/sample-2020/ja/measures/tourism.mdx')),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /ja\/measures\/tourism\.mdx › \(file\): a second file for the same text \([^)]*ja\/measures\/tourism\.md is the first\)/,
    );
  });

  it('a changed Japanese text marks its English as outdated on the page, and fails the strict check', () => {
    const root = 'tests/.tmp/fixture-outdated';
    const r = buildWith('outdated', () => {});
    expect(r.status).toBe(0);
    // Stamp the English as reviewed, then change the Japanese.
    expect(run('outdated', ['node_modules/.bin/jiti', 'scripts/translations.ts', '--stamp', '--all']).status).toBe(0);
    expect(run('outdated', ['node_modules/.bin/jiti', 'scripts/check-content.ts', '--strict']).status).toBe(0);
    edit(`${root}/content/strategies/sample-2020/ja/measures/tourism.md`, '観光客を誘致する。', '観光客を一層誘致する。');
    const strict = run('outdated', ['node_modules/.bin/jiti', 'scripts/check-content.ts', '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.output).toContain('en/measures/tourism.md › translation: outdated');
    const rebuilt = buildWith('outdated', () => {}, false);
    expect(rebuilt.status).toBe(0);
    const html = readFileSync(`${root}/dist/en/strategies/sample-2020/measures/tourism/index.html`, 'utf8');
    expect(html).toContain('The Japanese original has changed since this was translated');
  });
});

/** Runs a command with the fixture as the content folder. */
function run(name: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: `tests/.tmp/fixture-${name}/content` },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
