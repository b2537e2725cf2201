/**
 * The check and the build agree: every bad-input case (bad-input.cases.ts) is rejected by
 * `npm run check` and by `astro build` with the same problem, at its file and line, and the build
 * prints no stack trace; tricky but valid MDX passes both and renders as written. The unbroken
 * fixture passes both, so a failure can only come from the break.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD_CASES } from './bad-input.cases';
import { append, build, edit, fixture, problemsIn, script } from './fixture-site';

describe('the valid fixture', () => {
  it('passes the check and builds', async () => {
    fixture('valid');
    const check = await script('valid', 'check-content.ts');
    expect(check.output).toContain('✔ content is valid');
    const r = await build('valid');
    expect(r.output).toContain('Complete!');
    expect(r.status).toBe(0);
  });
});

describe.concurrent('bad input is rejected by the check and the build alike', () => {
  for (const c of BAD_CASES) {
    it(`${c.name}: ${c.message || 'rejected'}`, async () => {
      c.break(fixture(c.name).content);
      const check = await script(c.name, 'check-content.ts');
      expect(check.status, check.output).toBe(1);
      const problems = problemsIn(check.output);
      const problem = problems.find((p) => p.includes(c.message) && p.split(' › ')[0]!.includes(c.at));
      expect(problem, `no problem at ${c.at} with "${c.message}" in:\n${check.output}`).toBeDefined();
      const built = await build(c.name);
      expect(built.status, built.output).not.toBe(0);
      // The build prints the check's report: every problem, word for word.
      for (const p of problems) expect(built.output).toContain(p.split('\n')[0]);
      expect(built.output).not.toMatch(/Stack trace|\n\s+at .*\(.*:\d+:\d+\)/);
    });
  }
});

describe('tricky but valid MDX', () => {
  it('passes the check and the build, and renders as written', async () => {
    const { content, root } = fixture('tricky');
    append(
      join(content, 'strategies/sample-2020/ja/intro.mdx'),
      [
        '<EditorNote>注記</EditorNote>',
        '',
        '続く行の**強調**と<Ja>日本語</Ja>の[リンク](/ja/strategies/sample-2020/ "題")。',
        '<Ja>行頭の日本語</Ja>に続く文。',
        '',
        '{/* 編集メモ */}',
        '',
        '不等号 \\< と波括弧 \\{ と [メール](mailto:info@example.jp) と [外部](https://example.org/)。',
        '',
        '**強調の中の<En>English</En>**',
      ].join('\n'),
    );
    const check = await script('tricky', 'check-content.ts');
    expect(check.output).toContain('✔ content is valid');
    const r = await build('tricky');
    expect(r.status, r.output).toBe(0);
    const html = readFileSync(`${root}/dist/ja/strategies/sample-2020/intro/index.html`, 'utf8');
    expect(html).toMatch(
      /<div class="note" role="note"[^>]*>.*注記<\/div>\s*<p id="[\w-]+"[^>]*>続く行の<strong>強調<\/strong>と<span lang="ja">日本語<\/span>の<a href="\/ja\/strategies\/sample-2020\/" title="題">リンク<\/a>。\n<span lang="ja">行頭の日本語<\/span>に続く文。/,
    );
    expect(html).toContain('不等号 &lt; と波括弧 { と');
    expect(html).toContain('<strong>強調の中の<span lang="en">English</span></strong>');
    expect(html).not.toContain('編集メモ');
  });
});

describe('problems that follow from another are not repeated', () => {
  it('a Japanese text that cannot be parsed is reported once, not also as missing', async () => {
    const { content } = fixture('knock-on');
    append(join(content, 'strategies/sample-2020/ja/intro.mdx'), '<EditorNote>閉じていない');
    const check = await script('knock-on', 'check-content.ts');
    expect(problemsIn(check.output)).toHaveLength(1);
    expect(check.output).not.toContain('create ');
  });

  it('lists every problem of several files at once', async () => {
    const { content } = fixture('many');
    append(join(content, 'strategies/sample-2020/ja/intro.mdx'), '## 見出し');
    edit(join(content, 'strategies/sample-2020/measures.yaml'), 'priority: [taiwan]', 'priority: [atlantis]');
    append(join(content, 'strategies/sample-2020/en/intro.mdx'), '[x](javascript:alert(1))');
    const check = await script('many', 'check-content.ts');
    expect(problemsIn(check.output)).toHaveLength(3);
  });
});

describe('translations', () => {
  it('a missing translation does not fail the build but shows the Japanese with a notice, and the build lists it', async () => {
    const { content, root } = fixture('missing-en');
    rmSync(join(content, 'strategies/sample-2020/en/measures/tourism.mdx'));
    const r = await build('missing-en');
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('en/measures/tourism.mdx (translate');
    const html = readFileSync(`${root}/dist/en/strategies/sample-2020/measures/tourism/index.html`, 'utf8');
    expect(html).toContain('has not been translated into English yet');
    expect(html).toMatch(/<div class="prose" lang="ja">[\s\S]*観光客を誘致する。/);
  });

  it('a changed Japanese text marks its English as outdated on the page, and fails the strict check', async () => {
    const { content, root } = fixture('outdated');
    expect((await script('outdated', 'translations.ts', '--stamp', '--all')).status).toBe(0);
    expect((await script('outdated', 'check-content.ts', '--strict')).status).toBe(0);
    edit(join(content, 'strategies/sample-2020/ja/measures/tourism.mdx'), '観光客を誘致する。', '観光客を一層誘致する。');
    const strict = await script('outdated', 'check-content.ts', '--strict');
    expect(strict.status).toBe(1);
    expect(strict.output).toContain('en/measures/tourism.mdx › translation: outdated');
    const r = await build('outdated');
    expect(r.status, r.output).toBe(0);
    const html = readFileSync(`${root}/dist/en/strategies/sample-2020/measures/tourism/index.html`, 'utf8');
    expect(html).toContain('The Japanese original has changed since this was translated');
  });

  it('a stamp refuses a file it cannot read as UTF-8 and leaves its bytes as they were', async () => {
    const { content } = fixture('stamp-sjis');
    const file = join(content, 'strategies/sample-2020/en/intro.mdx');
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: Introduction '),
      Buffer.from([0x82, 0xcd]),
      Buffer.from('\n---\n\n## Purpose {#purpose}\n'),
    ]);
    writeFileSync(file, bytes);
    const r = await script('stamp-sjis', 'translations.ts', '--stamp', file);
    expect(r.status).toBe(2);
    expect(r.output).toContain('is not UTF-8');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('--json prints JSON even when the content has problems, with a broken English file as broken, not missing', async () => {
    const { content } = fixture('json-broken');
    append(join(content, 'strategies/sample-2020/en/intro.mdx'), '<Ja>unclosed');
    const r = await script('json-broken', 'translations.ts', '--json');
    const json = JSON.parse(r.output) as { status: { en: string; state: string }[]; problems: { file: string }[] };
    expect(json.status.find((s) => s.en.endsWith('en/intro.mdx'))?.state).toBe('broken');
    expect(json.problems.map((p) => p.file)).toEqual([expect.stringMatching(/en\/intro\.mdx$/)]);
  });
});
