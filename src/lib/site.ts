/**
 * The site's data, loaded from the content collections once per build and cross-indexed by
 * buildIndex(). Route files and components call getSite() and only look things up.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildIndex, type SiteIndex, type TextFile } from './content-index';
import { contentDir } from './content-dir';
import { TEXT_PATH } from './text-path';
import type { Lang } from '../schemas/shared';
import type { Change } from '../schemas/change';
import type { Redirect } from '../schemas/redirect';
import { newestFirst } from './changes';
import { editionLists, splitEditions, type EditionEntry } from './editions';

export type TextEntry = CollectionEntry<'chapters'> | CollectionEntry<'measures'>;
/** The cross-index, with the change log (newest first) and the redirect ledger. */
export type Site = SiteIndex<TextEntry> & {
  changes: Change[];
  redirects: Redirect[];
  /**
   * Strategy ID → its editions, oldest first, the current one last; only strategies with an earlier
   * edition (lib/editions.ts). The earlier editions' views are also in `strategy`, under their keys
   * (<id>/editions/<edition>), so that the pages and components they are rendered with find them.
   */
  editions: Map<string, EditionEntry<TextEntry>[]>;
};

function textFile<T>(entry: TextEntry, data: T): TextFile<T, TextEntry> {
  const file = entry.filePath ?? entry.id;
  // The loader's id is the text's path under content/strategies/ (content.config.ts).
  const m = TEXT_PATH.exec(entry.id);
  if (!m) throw new Error(`${file}: a text's id must be <strategy>/<ja|en>/[measures/]<slug>.mdx`);
  return { file, strategy: m[1]!, lang: m[2] as Lang, slug: m[4]!, data, entry, body: entry.body ?? '' };
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const dir = contentDir();
  const [strategies, measureFacts, chapters, measures, cities, regions, bureaus, units, networks, themes, aliases, notMentions] =
    await Promise.all([
      getCollection('strategies'),
      getCollection('measureFacts'),
      getCollection('chapters'),
      getCollection('measures'),
      getCollection('cities'),
      getCollection('regions'),
      getCollection('bureaus'),
      getCollection('units'),
      getCollection('networks'),
      getCollection('themes'),
      getCollection('aliases'),
      getCollection('notMentions'),
    ]);
  const byPath = <T extends { filePath?: string; id: string }>(a: T, b: T) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id);
  const { current, withEditions } = splitEditions<TextEntry>({
    strategies: strategies.sort(byPath).map((e) => ({ file: e.filePath ?? e.id, data: e.data })),
    measureFiles: measureFacts.sort(byPath).map((e) => ({ file: e.filePath ?? e.id, data: e.data })),
    chapterTexts: chapters.sort(byPath).map((e) => textFile(e, e.data)),
    measureTexts: measures.sort(byPath).map((e) => textFile(e, e.data)),
    cities: cities.map((e) => e.data),
    regions: regions.map((e) => e.data),
    bureaus: bureaus.map((e) => e.data),
    units: units.map((e) => e.data),
    networks: networks.map((e) => e.data),
    themes: themes.map((e) => e.data),
    aliases: aliases.map((e) => e.data),
    notMentions: notMentions[0]?.data,
    files: {
      cities: `${dir}/cities.yaml`,
      regions: `${dir}/regions.yaml`,
      bureaus: `${dir}/bureaus.yaml`,
      units: `${dir}/units.yaml`,
      networks: `${dir}/networks.yaml`,
      themes: `${dir}/themes.yaml`,
    },
  });
  const site = buildIndex(current);
  const earlier = withEditions ? buildIndex(withEditions) : undefined;
  const editions = editionLists(site, earlier);
  const strategy = new Map([
    ...site.strategy,
    ...[...editions.values()]
      .flat()
      .filter((e) => !e.current)
      .map((e) => [e.strategy.data.id, e.strategy] as const),
  ]);
  if (site.missing.length > 0) {
    console.warn(
      `[translations] ${site.missing.length} English file(s) missing; their pages show the Japanese with a notice:\n` +
        site.missing.map((m) => `  - ${m.expected} (translate ${m.source})`).join('\n'),
    );
  }
  return {
    ...site,
    strategy,
    editions,
    changes: newestFirst((await getEntry('changes', 'changes'))?.data.entries ?? []),
    redirects: (await getEntry('redirects', 'redirects'))?.data.entries ?? [],
  };
}

/** The cross-indexed site data; the first call loads it, later calls share the result. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
