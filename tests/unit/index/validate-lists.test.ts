import { describe, expect, it } from 'vitest';
import { validateBureaus, validateNetworks, validateThemes, validateUnits } from '../../../src/lib/index/validate-lists';
import { lookupsOf, sample } from './sample';

const bureau = { id: 'sample-tourism', city: 'sample', name: { ja: '観光課', en: 'Tourism Division' }, suffix: false };
const network = { id: 'citynet', name: { ja: 'シティネット', en: 'CityNet' } };

describe('validateBureaus', () => {
  it('finds nothing wrong in valid bureaus', () => {
    const raw = sample();
    raw.bureaus = [bureau];
    expect(validateBureaus(raw.bureaus, lookupsOf(raw))).toEqual([]);
  });

  it('reports a duplicate bureau ID and a bureau of an unknown city', () => {
    const raw = sample();
    raw.bureaus = [bureau, { ...bureau, city: 'smaple' }];
    expect(validateBureaus(raw.bureaus, lookupsOf(raw))).toEqual([
      {
        file: 'content/bureaus.yaml',
        field: '[1].id',
        message: 'duplicate bureau ID "sample-tourism" (already used by [0].id)',
        fix: 'give each bureau ID a unique ID: rename one of them, or merge the two entries',
      },
      {
        file: 'content/bureaus.yaml',
        field: '[1] (sample-tourism).city',
        message: 'unknown city "smaple"',
        fix: 'use the city ID of the municipality, as in content/cities.yaml',
      },
    ]);
  });

  it('marks an unknown city as a knock-on while cities.yaml is broken', () => {
    const raw = sample();
    raw.bureaus = [{ ...bureau, city: 'smaple' }];
    expect(validateBureaus(raw.bureaus, lookupsOf(raw, ['content/cities.yaml']))[0]!.cause).toBe('content/cities.yaml');
  });
});

describe('the lists with IDs only', () => {
  it('find nothing wrong in valid units, networks and themes', () => {
    const raw = sample();
    raw.networks = [network];
    const look = lookupsOf(raw);
    expect([...validateUnits(raw.units, look), ...validateNetworks(raw.networks, look), ...validateThemes(raw.themes, look)]).toEqual([]);
  });

  it('report a duplicate unit, network or theme ID in its own file', () => {
    const raw = sample();
    raw.units.push({ ...raw.units[0]! });
    raw.networks = [network, network];
    raw.themes.push({ ...raw.themes[0]! });
    const look = lookupsOf(raw);
    expect([...validateUnits(raw.units, look), ...validateNetworks(raw.networks, look), ...validateThemes(raw.themes, look)]).toMatchObject(
      [
        { file: 'content/units.yaml', field: '[1].id', message: 'duplicate unit ID "people" (already used by [0].id)' },
        { file: 'content/networks.yaml', field: '[1].id', message: 'duplicate network ID "citynet" (already used by [0].id)' },
        { file: 'content/themes.yaml', field: '[1].id', message: 'duplicate theme ID "tourism" (already used by [0].id)' },
      ],
    );
  });
});
