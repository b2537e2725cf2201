import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { ledgerProblems, readLedger } from '../../src/lib/update-ledger';

describe('the update ledger of the real content', () => {
  it('exists', () => {
    expect(existsSync('content/updates.json')).toBe(true);
  });

  it('records every file under content/strategies/ as it is now (else: npm run ledger)', () => {
    expect(ledgerProblems(process.cwd(), 'content').map((p) => `${p.field}: ${p.message}`)).toEqual([]);
  });

  it('dates every file with a real day', () => {
    const bad = Object.entries(readLedger('content')!.files).filter(
      ([, e]) => !/^\d{4}-\d{2}-\d{2}$/.test(e.updated) || Number.isNaN(Date.parse(e.updated)),
    );
    expect(bad).toEqual([]);
  });
});
