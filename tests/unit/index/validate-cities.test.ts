import { describe, expect, it } from 'vitest';
import { validateCities } from '../../../src/lib/index/validate-cities';
import { lookupsOf, sample } from './sample';

const check = (raw = sample(), broken?: string[]) => validateCities(raw.cities, lookupsOf(raw, broken));
const taipeiTie = (raw: ReturnType<typeof sample>) => raw.cities[1]!.relationships[0]!;
const FILE = 'content/cities.yaml';
const TIE = '[1] (taipei).relationships[0]';

describe('validateCities', () => {
  it('finds nothing wrong in valid cities', () => {
    expect(check()).toEqual([]);
  });

  it('reports a duplicate city ID', () => {
    const raw = sample();
    raw.cities.push({ ...raw.cities[0]! });
    expect(check(raw)).toMatchObject([{ file: FILE, field: '[2].id', message: 'duplicate city ID "sample" (already used by [0].id)' }]);
  });

  it('reports a country that is a world region, suggesting countries', () => {
    const raw = sample();
    raw.cities[1]!.country = 'east-asia';
    expect(check(raw)).toEqual([
      {
        file: FILE,
        field: '[1] (taipei).country',
        message: '"east-asia" is not a country or territory in content/regions.yaml',
        fix: 'use the ID of a country or territory, e.g. japan, or add it to content/regions.yaml',
      },
    ]);
  });

  it('reports a tie with an unknown city, naming the municipalities', () => {
    const raw = sample();
    taipeiTie(raw).with = 'smaple';
    expect(check(raw)).toMatchObject([
      {
        file: FILE,
        field: `${TIE}.with`,
        message: 'unknown city "smaple"',
        fix: 'use the city ID of the Japanese municipality, e.g. sample',
      },
    ]);
  });

  it('reports a network membership without a network, and an unknown network', () => {
    const raw = sample();
    taipeiTie(raw).type = 'network-member';
    expect(check(raw)).toMatchObject([
      { field: `${TIE}.network`, message: 'a network-member tie names no network', fix: 'add network: <ID from content/networks.yaml>' },
    ]);
    taipeiTie(raw).network = 'citynet';
    expect(check(raw)).toMatchObject([
      {
        field: `${TIE}.network`,
        message: 'unknown network "citynet"',
        fix: 'use a network ID from content/networks.yaml (), or add the network there',
      },
    ]);
  });

  it('reports an unknown source strategy, and not also the partner list it cannot have', () => {
    const raw = sample();
    taipeiTie(raw).source = 'sample-2021';
    taipeiTie(raw).list = 'sample-sisters';
    expect(check(raw)).toEqual([
      { file: FILE, field: `${TIE}.source`, message: 'unknown strategy "sample-2021"', fix: 'use a strategy ID: sample-2020' },
    ]);
  });

  it('reports a partner list that the source strategy does not define', () => {
    const raw = sample();
    taipeiTie(raw).list = 'sample-sisters';
    expect(check(raw)).toEqual([
      {
        file: FILE,
        field: `${TIE}.list`,
        message: 'the strategy "sample-2020" has no partner list "sample-sisters"',
        fix: 'add { id: sample-sisters, name: …, since: … } to partnerLists in content/strategies/sample-2020/strategy.yaml, or use one of: none defined',
      },
    ]);
    raw.strategies[0]!.data.partnerLists.push({
      id: 'sample-sisters',
      name: { ja: '都市名', en: 'City' },
      since: { ja: '提携', en: 'Since' },
    });
    expect(check(raw)).toEqual([]);
  });

  it('leaves a tie to a strategy whose ID is mistyped in its strategy.yaml to that file’s own problem', () => {
    const raw = sample();
    raw.strategies[0]!.data.id = 'sample-2002';
    expect(check(raw)).toEqual([]);
  });

  it('marks references into a broken file as knock-ons of it', () => {
    const raw = sample();
    taipeiTie(raw).source = 'other-2019';
    taipeiTie(raw).with = 'smaple';
    raw.cities[1]!.country = 'taiwna';
    expect(check(raw).map((p) => p.cause)).toEqual([undefined, undefined, undefined]);
    const broken = ['content/regions.yaml', 'content/cities.yaml', 'content/strategies/other-2019/strategy.yaml'];
    expect(check(raw, broken).map((p) => [p.field, p.cause])).toEqual([
      ['[1] (taipei).country', 'content/regions.yaml'],
      [`${TIE}.with`, 'content/cities.yaml'],
      [`${TIE}.source`, 'content/strategies/other-2019/strategy.yaml'],
    ]);
  });
});
