/**
 * The data mentions are found from, made the same way for the site index (from the loader's
 * content) and for the build's link plugin (which reads the YAML files itself, before the content
 * collections exist): both then find the same mentions in the same texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { aliasSchema, type Alias } from '../schemas/alias';
import { bureauSchema, type Bureau } from '../schemas/bureau';
import { citySchema, type City } from '../schemas/city';
import { measureFileSchema, type MeasureFacts, type RepeatListing } from '../schemas/measure';
import { networkSchema, type Network } from '../schemas/network';
import { NOT_MENTIONS_FILE, notMentionsSchema, type NotMentions } from '../schemas/not-mention';
import { regionSchema, type Region } from '../schemas/region';
import { strategySchema } from '../schemas/strategy';
import { folderOf } from './index/lookups';
import type { MentionData } from './mention-names';

/** What the mention data is made from: the lists, each strategy's municipality and its measures' bureaus. */
export interface MentionSources {
  cities: City[];
  regions: Region[];
  networks: Network[];
  bureaus: Bureau[];
  aliases: Alias[];
  /** Phrases whose names are not mentions; none without content/not-mentions.yaml. */
  notMentions: NotMentions | undefined;
  strategies: { id: string; municipality: string }[];
  measures: (MeasureFacts | RepeatListing)[];
}

export function mentionData(s: MentionSources): MentionData {
  const bureausWithPage = new Set(s.measures.flatMap((m) => ('repeatOf' in m ? [] : [...m.bureaus, ...m.relatedBureaus])));
  return {
    cities: s.cities,
    regions: s.regions,
    networks: s.networks,
    bureaus: s.bureaus,
    aliases: s.aliases,
    notMentions: s.notMentions ?? { ja: [], en: [] },
    bureausWithPage,
    municipalityOf: new Map(s.strategies.map((x) => [x.id, x.municipality])),
  };
}

/**
 * Reads the YAML the mention data needs from a content folder. The loader has checked these files
 * (and stops the build on a problem); here a file that does not parse is an error, never skipped.
 */
export function readMentionData(dir: string): MentionData {
  const read = (file: string) => parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const list = <T>(file: string, schema: { parse(v: unknown): T }): T[] =>
    ((read(file) as unknown[] | null) ?? []).map((v) => schema.parse(v));
  const subfolders = (path: string) =>
    readdirSync(join(dir, path), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  const folders = subfolders('strategies');
  // Each strategy by its folder key, as the plugin knows a text by it (lib/text-path.ts): an earlier
  // edition's texts are those of <strategy>/editions/<edition>, with that edition's municipality.
  const files = folders.flatMap((f) => [
    join('strategies', f, 'strategy.yaml'),
    ...(unlessMissing(() => subfolders(join('strategies', f, 'editions'))) ?? []).map((e) =>
      join('strategies', f, 'editions', e, 'strategy.yaml'),
    ),
  ]);
  const strategies = files.map((file) => ({ key: folderOf(file), data: strategySchema.parse(read(file)) }));
  const measures = folders.flatMap(
    (f) => unlessMissing(() => measureFileSchema.parse(read(join('strategies', f, 'measures.yaml'))).measures) ?? [],
  );
  return mentionData({
    cities: list('cities.yaml', citySchema),
    regions: list('regions.yaml', regionSchema),
    networks: list('networks.yaml', networkSchema),
    bureaus: list('bureaus.yaml', bureauSchema),
    aliases: unlessMissing(() => list('aliases.yaml', aliasSchema)) ?? [],
    notMentions: unlessMissing(() => notMentionsSchema.parse(read(NOT_MENTIONS_FILE))),
    strategies: strategies.map((x) => ({ id: x.key, municipality: x.data.municipality })),
    measures,
  });
}

/** What `f` returns, or undefined when the file or folder it reads does not exist (an optional one). */
function unlessMissing<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
