import { describe, expect, it } from 'vitest';
import { stampProblem, stampText } from '../../src/lib/stamp';

const HASH = '0123456789ab';
const stamped = (text: string) => {
  const r = stampText(text, HASH);
  if ('error' in r) throw new Error(r.error);
  return r.text;
};

describe('the translation stamp', () => {
  it('adds translatedFrom as the first field, with the file’s own line endings', () => {
    expect(stamped('---\r\ntitle: Purpose\r\n---\r\n\r\nText.\r\n')).toBe(
      `---\r\ntranslatedFrom: "${HASH}"\r\ntitle: Purpose\r\n---\r\n\r\nText.\r\n`,
    );
  });

  it('replaces only the value of an existing stamp, keeping comments and other fields as they are', () => {
    const before =
      '---\n# reviewed by A.\ntitle:   \'Purpose\'   # short\ntranslatedFrom: "aaaaaaaaaaaa" # stamp\nkpis: { a: { indicator: X } }\n---\nBody\n';
    expect(stamped(before)).toBe(before.replace('aaaaaaaaaaaa', HASH));
  });

  it('never touches the body, even a line that begins "translatedFrom:"', () => {
    const before = '---\ntitle: T\n---\n\ntranslatedFrom: the Japanese, as the source says.\n';
    const after = stamped(before);
    expect(after.endsWith('\ntranslatedFrom: the Japanese, as the source says.\n')).toBe(true);
    expect(after.startsWith(`---\ntranslatedFrom: "${HASH}"\ntitle: T\n---\n`)).toBe(true);
  });

  it('changes nothing when the stamp is current', () => {
    const text = `---\ntranslatedFrom: "${HASH}"\ntitle: T\n---\nBody\n`;
    expect(stampText(text, HASH)).toEqual({ text, changed: false });
  });

  it('refuses a file it cannot parse, and says why', () => {
    expect(stampText('\uFEFF---\ntitle: T\n---\n', HASH)).toEqual({ error: expect.stringContaining('byte-order mark') });
    expect(stampText('# no frontmatter\n', HASH)).toEqual({ error: expect.stringContaining('no frontmatter') });
    expect(stampText('---\ntitle: [T\n---\n', HASH)).toEqual({ error: expect.stringContaining('cannot be parsed') });
    expect(stampText('---\ntranslatedFrom: [a, b]\n---\n', HASH)).toEqual({ error: expect.stringContaining('single value') });
    expect(stampText('---\n- a\n---\n', HASH)).toEqual({ error: expect.stringContaining('not a list of fields') });
  });

  it('detects a stamped text whose body or other fields changed', () => {
    const before = '---\ntitle: T\n---\nBody\n';
    expect(stampProblem(before, stamped(before), HASH)).toBeUndefined();
    expect(stampProblem(before, `---\ntranslatedFrom: "${HASH}"\ntitle: T\n---\nBod\n`, HASH)).toBe('the body would change');
    expect(stampProblem(before, `---\ntranslatedFrom: "${HASH}"\ntitle: U\n---\nBody\n`, HASH)).toBe(
      'other frontmatter fields would change',
    );
    expect(stampProblem(before, before, HASH)).toBe('the stamp was not written');
  });
});
