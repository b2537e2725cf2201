/**
 * cities.yaml: unique IDs; each city's country exists; each tie names a known city, network, source
 * strategy and, if it has one, a partner list of that strategy.
 */
import type { City, Relationship } from '../../schemas/city';
import type { ContentProblem } from '../content-errors';
import type { Lookups } from './lookups';
import { duplicateIds, oneOf } from './problems';

export function validateCities<E>(cities: City[], look: Lookups<E>): ContentProblem[] {
  const problems = duplicateIds(
    cities,
    (c) => c.id,
    look.files.cities,
    (i) => `[${i}].id`,
    'city ID',
  );
  cities.forEach((city, i) => {
    problems.push(...countryProblems(city, i, look));
    city.relationships.forEach((rel, j) => {
      problems.push(...tieProblems(`[${i}] (${city.id}).relationships[${j}]`, rel, look));
    });
  });
  return problems;
}

function countryProblems<E>(city: City, i: number, look: Lookups<E>): ContentProblem[] {
  const country = look.regions.get(city.country);
  if (country && (country.kind === 'country' || country.kind === 'territory')) return [];
  const countries = [...look.regions.values()].filter((r) => r.kind === 'country').map((r) => r.id);
  return [
    {
      file: look.files.cities,
      field: `[${i}] (${city.id}).country`,
      message: `"${city.country}" is not a country or territory in ${look.files.regions}`,
      fix: `use the ID of a country or territory, e.g. ${oneOf(countries, 6)}, or add it to ${look.files.regions}`,
      cause: look.broken.file(look.files.regions),
    },
  ];
}

/** One tie (`at` is its field, e.g. `[3] (stockton).relationships[0]`). */
function tieProblems<E>(at: string, rel: Relationship, look: Lookups<E>): ContentProblem[] {
  const file = look.files.cities;
  const problems: ContentProblem[] = [];
  if (!look.cities.has(rel.with)) {
    problems.push({
      file,
      field: `${at}.with`,
      message: `unknown city "${rel.with}"`,
      fix: `use the city ID of the Japanese municipality, e.g. ${oneOf(look.municipalities, 6)}`,
      cause: look.broken.file(file),
    });
  }
  if (rel.type === 'network-member' && !rel.network) {
    problems.push({
      file,
      field: `${at}.network`,
      message: 'a network-member tie names no network',
      fix: `add network: <ID from ${look.files.networks}>`,
    });
  }
  if (rel.network !== undefined && !look.networks.has(rel.network)) {
    problems.push({
      file,
      field: `${at}.network`,
      message: `unknown network "${rel.network}"`,
      fix: `use a network ID from ${look.files.networks} (${oneOf(look.networks.keys(), 8)}), or add the network there`,
      cause: look.broken.file(look.files.networks),
    });
  }
  problems.push(...sourceProblems(at, rel, look));
  return problems;
}

/** The strategy that states the tie, and the partner list of it that the tie belongs to. */
function sourceProblems<E>(at: string, rel: Relationship, look: Lookups<E>): ContentProblem[] {
  const file = look.files.cities;
  // A strategy whose ID differs from its folder is reported there; ties naming its folder wait for that.
  const source = look.strategies.get(rel.source) ?? look.strategyFolders.get(rel.source);
  if (!source) {
    return [
      {
        file,
        field: `${at}.source`,
        message: `unknown strategy "${rel.source}"`,
        fix: `use a strategy ID: ${oneOf(look.strategies.keys())}`,
        cause: look.broken.strategy(rel.source),
      },
    ];
  }
  // An unknown strategy has no lists to look in: that is reported above, not once more here.
  const lists = source.data.partnerLists;
  if (rel.list === undefined || lists.some((l) => l.id === rel.list)) return [];
  return [
    {
      file,
      field: `${at}.list`,
      message: `the strategy "${rel.source}" has no partner list "${rel.list}"`,
      fix: `add { id: ${rel.list}, name: …, since: … } to partnerLists in content/strategies/${rel.source}/strategy.yaml, or use one of: ${oneOf(lists.map((l) => l.id)) || 'none defined'}`,
    },
  ];
}
