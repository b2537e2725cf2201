/** Which maps the site draws, and the cities on each: the world map of partner cities and one per region. */
import type { City } from '../schemas/city';
import type { Site } from './site';

/** Cities with a tie to a Japanese municipality, and the municipalities themselves. */
export function partnerCities(site: Site): City[] {
  const municipalities = new Set(site.strategies.map((s) => s.municipality.id));
  return [...site.cities.values()].filter((c) => c.relationships.length > 0 || municipalities.has(c.id));
}

/** Map ID → the cities it shows: "world" and every region with at least one city. */
export function maps(site: Site): Map<string, City[]> {
  const result = new Map<string, City[]>([['world', partnerCities(site)]]);
  for (const [region, cities] of site.citiesByRegion) {
    if (cities.length > 0) result.set(region, cities);
  }
  return result;
}
