/** Every built page is valid HTML (html-validate, recommended rules as configured in .htmlvalidate.json). */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { DIST, pages } from './dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it('finds 0 errors on every built page', async () => {
    const errors: string[] = [];
    for (const p of pages()) {
      const file = join(DIST, p.path.endsWith('/') ? `${p.path}index.html` : p.path);
      const report = await validator.validateString(p.html, file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${p.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
    expect(pages().length).toBeGreaterThan(500);
    // ~1,400 pages, the whole-strategy print pages among them: about 30 s on a quiet 2-core machine.
  }, 300_000);

  it('would report an invalid page (the check can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p id="a">1</p><p id="a">2</p></body></html>',
      'fixture.html',
    );
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toContain('no-dup-id');
  });
});
