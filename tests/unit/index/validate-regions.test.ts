import { describe, expect, it } from 'vitest';
import { validateRegions } from '../../../src/lib/index/validate-regions';
import { lookupsOf, sample } from './sample';

const check = (raw = sample(), broken?: string[]) => validateRegions(raw.regions, lookupsOf(raw, broken));

describe('validateRegions', () => {
  it('finds nothing wrong in valid regions', () => {
    expect(check()).toEqual([]);
  });

  it('reports a duplicate region ID at its second use', () => {
    const raw = sample();
    raw.regions.push({ ...raw.regions[2]! });
    expect(check(raw)).toEqual([
      {
        file: 'content/regions.yaml',
        field: '[3].id',
        message: 'duplicate region ID "taiwan" (already used by [2].id)',
        fix: 'give each region ID a unique ID: rename one of them, or merge the two entries',
      },
    ]);
  });

  it('reports a parent that is not a world region, listing the world regions', () => {
    const raw = sample();
    raw.regions[2]!.parent = 'japan';
    expect(check(raw)).toMatchObject([
      {
        file: 'content/regions.yaml',
        field: '[2] (taiwan).parent',
        message: '"japan" is not a world region',
        fix: 'use the ID of an entry with kind: world-region: east-asia',
      },
    ]);
  });

  it('reports an unknown member of a group', () => {
    const raw = sample();
    raw.regions.push({ id: 'partners', kind: 'group', name: { ja: '相手', en: 'Partners' }, includes: ['east-asia', 'atlantis'] });
    expect(check(raw)).toMatchObject([
      {
        file: 'content/regions.yaml',
        field: '[3] (partners).includes[1]',
        message: 'unknown region "atlantis"',
        fix: 'use a region ID defined in content/regions.yaml',
      },
    ]);
  });

  it('marks an unknown region as a knock-on while regions.yaml has an entry that failed to parse', () => {
    const raw = sample();
    raw.regions[2]!.parent = 'south-east-asia';
    expect(check(raw)[0]!.cause).toBeUndefined();
    expect(check(raw, ['content/regions.yaml'])[0]!.cause).toBe('content/regions.yaml');
  });
});
