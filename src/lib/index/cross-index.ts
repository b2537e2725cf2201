/**
 * Builds the SiteIndex, in this one place, from content that the validators passed: the strategy
 * views, then every cross-index a page looks up (by region, city, theme, bureau, network, mention)
 * and the English files still to write. It trusts its input: a reference that does not resolve has
 * been reported, and the index is not built while any problem stands.
 */
import type { CountryProfile } from '../../schemas/strategy';
import type { City, Relationship } from '../../schemas/city';
import type { Region } from '../../schemas/region';
import { indexMentionData, mentionIndex } from './mention-index';
import type { MarketLink, MeasureView, MissingTranslation, RawContent, SiteIndex, StrategyView } from './types';
import type { Lookups, TextPair } from './lookups';
import { push, strategyView } from './strategy-views';

type Tie = { city: City; relationship: Relationship };

export function crossIndex<E>(raw: RawContent<E>, look: Lookups<E>): SiteIndex<E> {
  const strategies = raw.strategies.map((s) => strategyView(s, look));
  const { mentionsOf, ...mentionNotes } = mentionIndex(strategies, indexMentionData(strategies, look, raw.aliases ?? [], raw.notMentions));
  return {
    strategies,
    strategy: new Map(strategies.map((v) => [v.data.id, v])),
    cities: look.cities,
    regions: look.regions,
    bureaus: look.bureaus,
    units: look.units,
    networks: look.networks,
    themes: look.themes,
    ...measuresBySubject(strategies, look),
    ...marketLinks(strategies),
    ...cityIndexes(raw.cities, look),
    profilesByRegion: profilesByRegion(strategies),
    countriesByRegion: countriesByRegion(raw.regions),
    mentionsOf,
    mentionNotes,
    missing: missingTranslations(strategies, look),
  };
}

/** Region and city → the measures naming it as a market, each measure once per role. */
function marketLinks<E>(strategies: StrategyView<E>[]) {
  const measuresByRegion = new Map<string, MarketLink<E>[]>();
  const measuresByCity = new Map<string, MarketLink<E>[]>();
  for (const m of strategies.flatMap((s) => s.measures)) {
    for (const role of ['priority', 'expected'] as const) {
      const seenRegions = new Set<string>();
      const seenCities = new Set<string>();
      for (const mv of m.markets?.[role] ?? []) {
        // A country market also appears on its world region's page, and a group's on its members'.
        for (const id of mv.regions.flatMap((r) => [r.id, r.parent, ...(r.includes ?? [])])) {
          if (id && !seenRegions.has(id)) {
            seenRegions.add(id);
            push(measuresByRegion, id, { measure: m, role });
          }
        }
        for (const c of mv.cities) {
          if (!seenCities.has(c.id)) {
            seenCities.add(c.id);
            push(measuresByCity, c.id, { measure: m, role });
          }
        }
      }
    }
  }
  return { measuresByRegion, measuresByCity };
}

/** Theme and bureau → their measures, strategy by strategy in site order. */
function measuresBySubject<E>(strategies: StrategyView<E>[], look: Lookups<E>) {
  const measuresByTheme = new Map<string, MeasureView<E>[]>();
  const measuresByBureau = new Map<string, MeasureView<E>[]>();
  for (const m of strategies.flatMap((s) => s.measures)) {
    for (const t of m.facts.themes) push(measuresByTheme, t, m);
    for (const b of new Set([...m.facts.bureaus, ...m.facts.relatedBureaus])) {
      // 等, ほか関係各局 and the like are words of a list, not bureaus with a page.
      if (!look.bureaus.get(b)?.suffix) push(measuresByBureau, b, m);
    }
  }
  return { measuresByTheme, measuresByBureau };
}

/** A network's members, a region's cities (a world region's too) and a municipality's partners. */
function cityIndexes<E>(cities: City[], look: Lookups<E>) {
  const membersOf = new Map<string, Tie[]>();
  const citiesByRegion = new Map<string, City[]>();
  const partnersOf = new Map<string, Tie[]>();
  for (const c of cities) {
    for (const rel of c.relationships) if (rel.network) push(membersOf, rel.network, { city: c, relationship: rel });
  }
  // In the order of the network's member table (the source's), for every page that lists them.
  for (const list of membersOf.values()) list.sort((a, b) => (a.relationship.order ?? 0) - (b.relationship.order ?? 0));
  for (const c of cities) {
    push(citiesByRegion, c.country, c);
    const parent = look.regions.get(c.country)?.parent;
    if (parent) push(citiesByRegion, parent, c);
    for (const rel of c.relationships) if (rel.type !== 'network-member') push(partnersOf, rel.with, { city: c, relationship: rel });
  }
  return { membersOf, citiesByRegion, partnersOf };
}

function profilesByRegion<E>(strategies: StrategyView<E>[]) {
  const profiles = new Map<string, { strategy: StrategyView<E>; profile: CountryProfile }[]>();
  for (const view of strategies) {
    for (const profile of view.data.countryProfiles) push(profiles, profile.country, { strategy: view, profile });
  }
  return profiles;
}

/** A world region's countries; a group's are those of the world regions it includes. */
function countriesByRegion(regions: Region[]) {
  const countries = new Map<string, Region[]>();
  for (const r of regions) if (r.parent) push(countries, r.parent, r);
  for (const r of regions) {
    if (r.kind !== 'group') continue;
    for (const member of r.includes ?? []) for (const c of countries.get(member) ?? []) push(countries, r.id, c);
  }
  return countries;
}

/**
 * English files still to write: all chapters, then all measures. An English file that exists but
 * could not be read is not missing: it has been reported as broken.
 */
function missingTranslations<E>(strategies: StrategyView<E>[], look: Lookups<E>): MissingTranslation[] {
  const texts: TextPair<unknown, E>[] = [
    ...strategies.flatMap((s) => s.chapters.map((c) => c.text)),
    ...strategies.flatMap((s) => s.measures.map((m) => m.text)),
  ];
  return texts.flatMap(({ ja, en }) => {
    if (!ja || en) return [];
    const expected = ja.file.replace('/ja/', '/en/');
    return look.broken.file(expected) ? [] : [{ source: ja.file, expected, lang: 'en' as const }];
  });
}
