/**
 * The IDs a text's components name (<MeasureIndex pillar="…" />, <SeeAlso cities="…" />) must exist
 * in the site's data: checked once the data is indexed, in the check and in the build alike, so a
 * misspelt ID is a message at its line rather than a page that fails to render.
 */
import type { ContentProblem } from './content-errors';
import type { SiteIndex, StrategyView } from './content-index';
import type { ComponentUse } from './mdx-check';

/** A text's components, with the text's file and strategy. */
export interface TextUses {
  file: string;
  strategy: string;
  uses: ComponentUse[];
}

type Lookup = (strategy: StrategyView<unknown>, site: SiteIndex<unknown>, value: string) => { ok: boolean; known: string[]; where: string };

const ids = (list: string) =>
  list
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** For each component and attribute: how to find the ID it names, and where it is defined. */
const LOOKUPS: Record<string, Record<string, Lookup>> = {
  MeasureIndex: {
    pillar: (s, _site, v) => ({
      ok: s.data.pillars.some((p) => p.id === v),
      known: s.data.pillars.map((p) => p.id),
      where: `${s.file} (pillars)`,
    }),
  },
  CountryProfile: {
    country: (s, _site, v) => ({
      ok: s.data.countryProfiles.some((p) => p.country === v),
      known: s.data.countryProfiles.map((p) => p.country),
      where: `${s.file} (countryProfiles)`,
    }),
  },
  PartnerTable: {
    list: (s, _site, v) => ({
      ok: s.data.partnerLists.some((l) => l.id === v),
      known: s.data.partnerLists.map((l) => l.id),
      where: `${s.file} (partnerLists)`,
    }),
  },
  Indicators: {
    measure: (s, _site, v) => {
      const known = s.measures.filter((m) => m.facts.kind === 'indicators').map((m) => m.facts.slug);
      return { ok: known.includes(v), known, where: `content/strategies/${s.data.id}/measures.yaml (entries of kind: indicators)` };
    },
  },
  NetworkMembers: {
    network: (_s, site, v) => ({ ok: site.networks.has(v), known: [...site.networks.keys()], where: 'content/networks.yaml' }),
  },
  PartnerProfile: { city: (_s, site, v) => ({ ok: site.cities.has(v), known: [], where: 'content/cities.yaml' }) },
  Place: {
    city: (_s, site, v) => ({ ok: site.cities.has(v), known: [], where: 'content/cities.yaml' }),
    region: (_s, site, v) => ({ ok: site.regions.has(v), known: [], where: 'content/regions.yaml' }),
    network: (_s, site, v) => ({ ok: site.networks.has(v), known: [...site.networks.keys()], where: 'content/networks.yaml' }),
    // A bureau has a page only when a measure names it (bureaus.yaml and measures.yaml).
    bureau: (_s, site, v) => ({
      ok: site.measuresByBureau.has(v),
      known: [],
      where: 'content/bureaus.yaml, named by a measure in measures.yaml',
    }),
  },
  SeeAlso: {
    regions: (_s, site, v) => listLookup(v, (id) => site.regions.has(id), 'content/regions.yaml'),
    cities: (_s, site, v) => listLookup(v, (id) => site.cities.has(id), 'content/cities.yaml'),
  },
};

function listLookup(value: string, has: (id: string) => boolean, where: string) {
  const unknown = ids(value).filter((id) => !has(id));
  return { ok: unknown.length === 0, known: [], where, unknown };
}

/** Every component attribute naming an ID that the site's data does not have. */
export function componentRefProblems(texts: TextUses[], site: SiteIndex<unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const text of texts) {
    const strategy = site.strategy.get(text.strategy);
    if (!strategy) continue; // reported where the strategy is missing
    for (const use of text.uses) {
      for (const [attr, value] of Object.entries(use.props)) {
        const r = LOOKUPS[use.name]?.[attr]?.(strategy, site, value) as ReturnType<Lookup> & { unknown?: string[] };
        if (!r || r.ok) continue;
        const bad = r.unknown?.join('", "') ?? value;
        problems.push({
          file: text.file,
          field: `<${use.name} ${attr}>`,
          line: use.line,
          column: use.column,
          message: `unknown ${attr} "${bad}"`,
          fix: `use an ID defined in ${r.where}${r.known.length ? `: ${r.known.join(', ')}` : ''}, or add it there`,
        });
      }
    }
  }
  return problems;
}
