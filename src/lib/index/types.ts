/**
 * The shapes of the content index: what goes in (RawContent, the schema-parsed files) and what comes
 * out (SiteIndex and its views). Kept apart from the code so that validators, the cross-index and the
 * pages can share them without importing each other.
 */
import type { Lang } from '../../schemas/shared';
import type { Strategy, CountryProfile } from '../../schemas/strategy';
import type { MeasureFacts, MeasureText, Market, RepeatListing } from '../../schemas/measure';
import type { ChapterText } from '../../schemas/chapter';
import type { Kpi } from '../../schemas/kpi';
import type { City, Relationship } from '../../schemas/city';
import type { Region } from '../../schemas/region';
import type { Bureau } from '../../schemas/bureau';
import type { Unit } from '../../schemas/unit';
import type { Network } from '../../schemas/network';
import type { Theme } from '../../schemas/theme';
import type { Alias } from '../../schemas/alias';
import type { NotMentions } from '../../schemas/not-mention';
import type { MentionIndex, SectionMention } from './mention-index';

/** One language's MDX file of a chapter or measure. E is the renderable collection entry. */
export interface TextFile<T, E> {
  file: string;
  lang: Lang;
  strategy: string;
  slug: string;
  data: T;
  entry: E;
  /** The MDX body, for checks and for finding the places a text names. */
  body: string;
  /** The line of the file the body starts on, for messages. */
  bodyLine?: number;
}

export interface RawContent<E> {
  strategies: { file: string; data: Strategy }[];
  measureFiles: { file: string; data: { measures: (MeasureFacts | RepeatListing)[] } }[];
  chapterTexts: TextFile<ChapterText, E>[];
  measureTexts: TextFile<MeasureText, E>[];
  cities: City[];
  regions: Region[];
  bureaus: Bureau[];
  units: Unit[];
  networks: Network[];
  themes: Theme[];
  /** Where the list collections live, for messages. */
  files: { cities: string; regions: string; bureaus: string; units: string; networks: string; themes: string };
  /**
   * Files that exist but could not be read or failed their schema (whole or in part), as paths like
   * the `file` fields above (a text's extension does not matter). The loader has already reported
   * them; here they only silence the problems that follow from them alone: a chapter whose Japanese
   * file is broken is not also told to "create" it, a reference to a city is not "unknown" while
   * cities.yaml is broken. Such problems still keep the site from being built.
   */
  broken?: string[];
  /** Other names of countries and cities (content/aliases.yaml): mentions are found by them too. */
  aliases?: Alias[];
  /** Phrases whose names are not mentions (content/not-mentions.yaml); none without the file. */
  notMentions?: NotMentions | undefined;
}

export interface ChapterView<E> {
  strategy: StrategyView<E>;
  slug: string;
  number: string | undefined;
  kind: 'memo' | 'chapter' | 'appendix';
  /** Position in reading order, from 0. */
  order: number;
  text: Partial<Record<Lang, TextFile<ChapterText, E>>>;
}

export interface KpiView<E> {
  measure: MeasureView<E>;
  kpi: Kpi;
  /** The KPI whose values and texts are shown: the original when this one is a repeat (【再】). */
  origin: { measure: MeasureView<E>; kpi: Kpi };
}

export interface MarketView {
  market: Exclude<Market, string>;
  /** The regions and cities the market entry links to. */
  regions: Region[];
  cities: City[];
}

/** One row of a pillar's list of measures: the measure itself, or a repeat (再掲) of it. */
export interface ListingView<E> {
  measure: MeasureView<E>;
  /** Set for a repeat listing: how this row lists the measure. */
  repeat?: RepeatListing;
}

export type Pillar = Strategy['pillars'][number];

export interface MeasureView<E> {
  strategy: StrategyView<E>;
  /** Its position in measures.yaml, for messages. */
  fileIndex: number;
  facts: MeasureFacts;
  pillar: Pillar;
  bureaus: Bureau[];
  relatedBureaus: Bureau[];
  /** The other pillars the source lists this measure under (its repeat listings). */
  repeats: { pillar: Pillar; listing: RepeatListing }[];
  markets: { priority: MarketView[]; expected: MarketView[] } | undefined;
  kpis: KpiView<E>[];
  text: Partial<Record<Lang, TextFile<MeasureText, E>>>;
}

export interface StrategyView<E> {
  data: Strategy;
  file: string;
  municipality: City;
  chapters: ChapterView<E>[];
  measures: MeasureView<E>[];
  /** Pillar ID → its rows in the source's order, repeats included. */
  listings: Map<string, ListingView<E>[]>;
  /** Pillar ID → its sub-pillars, in order. */
  subPillars: Map<string, Pillar[]>;
}

export interface MissingTranslation {
  /** The Japanese file that has no English counterpart. */
  source: string;
  /** The English file to create. */
  expected: string;
  lang: Lang;
}

/** A measure's link to a region or city: as a priority or a prospective market. */
export interface MarketLink<E> {
  measure: MeasureView<E>;
  role: 'priority' | 'expected';
}

export interface SiteIndex<E> {
  strategies: StrategyView<E>[];
  strategy: Map<string, StrategyView<E>>;
  cities: Map<string, City>;
  regions: Map<string, Region>;
  bureaus: Map<string, Bureau>;
  units: Map<string, Unit>;
  networks: Map<string, Network>;
  themes: Map<string, Theme>;
  /** Theme ID → its measures, strategy by strategy in site order. */
  measuresByTheme: Map<string, MeasureView<E>[]>;
  /** Bureau ID → the measures it is responsible for (or related to). */
  measuresByBureau: Map<string, MeasureView<E>[]>;
  /** Network ID → its members with the tie that states the membership, in the order of its member table. */
  membersOf: Map<string, { city: City; relationship: Relationship }[]>;
  /** Region ID → measures naming it as a market (directly, or through a country in it). */
  measuresByRegion: Map<string, MarketLink<E>[]>;
  /** City ID → measures naming it as a market. */
  measuresByCity: Map<string, MarketLink<E>[]>;
  /** Region ID → the country profiles strategies cite for it. */
  profilesByRegion: Map<string, { strategy: StrategyView<E>; profile: CountryProfile }[]>;
  /** Region ID → cities in it (a world region lists the cities of its countries). */
  citiesByRegion: Map<string, City[]>;
  /** Region ID → countries and territories in a world region or group. */
  countriesByRegion: Map<string, Region[]>;
  /**
   * `city:shanghai`, `region:china`, `network:anmc21`, `bureau:…` → the chapter and measure sections
   * that mention it (and link to it), strategy by strategy (lib/index/mention-index.ts).
   */
  mentionsOf: Map<string, SectionMention[]>;
  /** What the check says about mentions: sections whose languages differ, names it cannot resolve. */
  mentionNotes: Omit<MentionIndex, 'mentionsOf'>;
  /** Municipality city ID → its ties with other cities. */
  partnersOf: Map<string, { city: City; relationship: Relationship }[]>;
  /** English files that do not exist yet (the page shows the Japanese with a notice). */
  missing: MissingTranslation[];
}

/** Whether an entry of measures.yaml is a repeat listing rather than a measure. */
export function isRepeat(entry: MeasureFacts | RepeatListing): entry is RepeatListing {
  return 'repeatOf' in entry && typeof (entry as RepeatListing).repeatOf === 'string';
}
