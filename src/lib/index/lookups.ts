/**
 * The lookups that the validators and the cross-index share, made once from the raw content: each
 * list by ID, each strategy folder's files, each text by strategy and slug, and the broken files.
 */
import type { Lang } from '../../schemas/shared';
import type { ChapterText } from '../../schemas/chapter';
import type { MeasureText } from '../../schemas/measure';
import type { City } from '../../schemas/city';
import type { Region } from '../../schemas/region';
import type { Bureau } from '../../schemas/bureau';
import type { Unit } from '../../schemas/unit';
import type { Network } from '../../schemas/network';
import type { Theme } from '../../schemas/theme';
import type { RawContent, TextFile } from './types';

export type StrategyFile<E> = RawContent<E>['strategies'][number];
export type MeasureFile<E> = RawContent<E>['measureFiles'][number];
/** A text in each language that has a file. */
export type TextPair<T, E> = Partial<Record<Lang, TextFile<T, E>>>;

/** Answers "is the file this problem depends on one that could not be read?" with its path. */
export interface Broken {
  /** The broken file at this path (a text's extension does not matter), if it is broken. */
  file(path: string): string | undefined;
  /** The strategy.yaml of this strategy folder, if it is broken. */
  strategy(folder: string): string | undefined;
  /** The measures.yaml of this strategy folder, if it is broken. */
  measures(folder: string): string | undefined;
  /** A chapter's or measure's text file, if it is broken. */
  text(folder: string, lang: Lang, kind: 'chapter' | 'measure', slug: string): string | undefined;
}

export interface Lookups<E> {
  files: RawContent<E>['files'];
  cities: Map<string, City>;
  regions: Map<string, Region>;
  bureaus: Map<string, Bureau>;
  units: Map<string, Unit>;
  networks: Map<string, Network>;
  themes: Map<string, Theme>;
  /** Strategy ID → its strategy.yaml; what references (a tie's source) name. */
  strategies: Map<string, StrategyFile<E>>;
  /** Strategy folder → its strategy.yaml; how files find their strategy, even when the ID is mistyped. */
  strategyFolders: Map<string, StrategyFile<E>>;
  /** Strategy folder → its measures.yaml. */
  measureFiles: Map<string, MeasureFile<E>>;
  /** `folder/slug` → the chapter's text files (the first, should a language have two). */
  chapterTexts: Map<string, TextPair<ChapterText, E>>;
  /** `folder/slug` → the measure's text files (the first, should a language have two). */
  measureTexts: Map<string, TextPair<MeasureText, E>>;
  /** The cities that have a strategy, for suggestions in messages. */
  municipalities: string[];
  broken: Broken;
}

/**
 * The folder a strategy's file sits in, which is the strategy's ID when all is well; for an earlier
 * edition's copy, "<strategy>/editions/<edition>" (lib/editions.ts indexes it under that key).
 */
export function folderOf(file: string): string {
  const parts = file.split('/');
  const folder = parts.at(-2) ?? '';
  return parts.at(-4) !== undefined && parts.at(-3) === 'editions' ? `${parts.at(-4)}/editions/${folder}` : folder;
}

/** `folder/slug` → each language's file; a second file for the same language is left out here. */
function pairTexts<T, E>(texts: TextFile<T, E>[]): Map<string, TextPair<T, E>> {
  const map = new Map<string, TextPair<T, E>>();
  for (const t of texts) {
    const key = `${t.strategy}/${t.slug}`;
    const pair = map.get(key) ?? {};
    pair[t.lang] ??= t;
    map.set(key, pair);
  }
  return map;
}

export function brokenFiles(paths: readonly string[] = []): Broken {
  // A text is the same text whether it ends in .md or .mdx; paths may start at any root folder.
  const stem = (p: string) => p.replace(/\.mdx?$/, '');
  const stems = paths.map((path) => ({ path, stem: stem(path) }));
  const find = (tail: string) => stems.find((s) => s.stem === tail || s.stem.endsWith(`/${tail}`))?.path;
  return {
    file: (path) => find(stem(path)),
    strategy: (folder) => find(`strategies/${folder}/strategy.yaml`),
    measures: (folder) => find(`strategies/${folder}/measures.yaml`),
    text: (folder, lang, kind, slug) => find(`strategies/${folder}/${lang}/${kind === 'measure' ? 'measures/' : ''}${slug}`),
  };
}

export function makeLookups<E>(raw: RawContent<E>): Lookups<E> {
  return {
    files: raw.files,
    cities: new Map(raw.cities.map((c) => [c.id, c])),
    regions: new Map(raw.regions.map((r) => [r.id, r])),
    bureaus: new Map(raw.bureaus.map((b) => [b.id, b])),
    units: new Map(raw.units.map((u) => [u.id, u])),
    networks: new Map(raw.networks.map((n) => [n.id, n])),
    themes: new Map(raw.themes.map((t) => [t.id, t])),
    strategies: new Map(raw.strategies.map((s) => [s.data.id, s])),
    strategyFolders: new Map(raw.strategies.map((s) => [folderOf(s.file), s])),
    measureFiles: new Map(raw.measureFiles.map((m) => [folderOf(m.file), m])),
    chapterTexts: pairTexts(raw.chapterTexts),
    measureTexts: pairTexts(raw.measureTexts),
    municipalities: [...new Set(raw.strategies.map((s) => s.data.municipality))],
    broken: brokenFiles(raw.broken),
  };
}
