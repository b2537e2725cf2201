import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastContentChanges } from '../../src/lib/git-dates';
import { currentHashes, hashBytes, ledgerProblems, staleEntries, updatedLedger, type Ledger } from '../../src/lib/update-ledger';

describe('dates from git history', () => {
  const log = [
    '@2026-12-04',
    '',
    'R100\tcontent/s/ja/a.md\tcontent/s/ja/a.mdx',
    'M\tcontent/s/en/a.mdx',
    '@2026-11-30',
    '',
    'M\tcontent/s/ja/a.md',
    '@2026-11-23',
    '',
    'A\tcontent/s/ja/a.md',
    'A\tcontent/s/en/a.mdx',
  ].join('\n');

  it('takes the newest commit that changed the content, per file', () => {
    const dates = lastContentChanges(log, ['content/s/ja/a.mdx', 'content/s/en/a.mdx']);
    expect(dates.get('content/s/en/a.mdx')).toBe('2026-12-04');
  });

  it('follows a rename that kept the content back to the last real change', () => {
    expect(lastContentChanges(log, ['content/s/ja/a.mdx']).get('content/s/ja/a.mdx')).toBe('2026-11-30');
  });

  it('has no date for a file without history (a shallow clone, a new file)', () => {
    expect(lastContentChanges('', ['content/x.mdx']).size).toBe(0);
  });
});

describe('the update ledger', () => {
  const ledger: Ledger = {
    files: { 'a.mdx': { sha256: 'aaa', updated: '2026-01-01' }, 'gone.mdx': { sha256: 'g', updated: '2026-01-01' } },
  };
  const hashes = new Map([
    ['a.mdx', 'aaa'],
    ['b.mdx', 'bbb'],
  ]);

  it('finds new and changed files, and entries for files that are gone', () => {
    expect(staleEntries(ledger, hashes)).toEqual({ changed: ['b.mdx'], gone: ['gone.mdx'] });
    expect(staleEntries(ledger, new Map([['a.mdx', 'changed']])).changed).toEqual(['a.mdx']);
  });

  it('keeps the date of an unchanged file and dates a changed one anew', () => {
    const next = updatedLedger(ledger, hashes, () => '2026-12-04');
    expect(next.files).toEqual({ 'a.mdx': { sha256: 'aaa', updated: '2026-01-01' }, 'b.mdx': { sha256: 'bbb', updated: '2026-12-04' } });
  });

  it('makes the content check fail, naming npm run ledger, when a file changed after the ledger recorded it', () => {
    const root = mkdtempSync(join(tmpdir(), 'ledger-'));
    mkdirSync(join(root, 'content', 'strategies', 's', 'ja'), { recursive: true });
    const file = join(root, 'content', 'strategies', 's', 'ja', 'a.mdx');
    writeFileSync(file, 'first');
    const key = 'strategies/s/ja/a.mdx';
    writeFileSync(
      join(root, 'content', 'updates.json'),
      JSON.stringify({ files: { [key]: { sha256: hashBytes(Buffer.from('first')), updated: '2026-01-01' } } }),
    );
    expect(currentHashes(join(root, 'content')).get(key)).toBe(hashBytes(Buffer.from('first')));
    expect(ledgerProblems(root, 'content')).toEqual([]);
    writeFileSync(file, 'second');
    const problems = ledgerProblems(root, 'content');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/updates.json', field: key });
    expect(problems[0]!.fix).toContain('npm run ledger');
  });
});
