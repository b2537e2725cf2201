/**
 * The only components content texts may use: TextBody renders each MDX text with this map. The
 * check and the build reject a text that uses anything else (lib/mdx-check.ts).
 */
import Ja from './Ja.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import En from './En.astro';
import EditorNote from './EditorNote.astro';
import Targets from '../measure/Targets.astro';
import MeasureFramework from '../strategy/MeasureFramework.astro';
import KpiOverview from '../strategy/KpiOverview.astro';
import MeasureIndex from '../strategy/MeasureIndex.astro';
import CountryProfile from '../strategy/CountryProfile.astro';
import PartnerTable from '../place/PartnerTable.astro';
import NetworkMembers from '../place/NetworkMembers.astro';
import Indicators from '../strategy/Indicators.astro';
import PartnerProfile from '../place/PartnerProfile.astro';
import SeeAlso from '../place/SeeAlso.astro';
import Place from './Place.astro';
import type { CHAPTER_COMPONENTS, MEASURE_COMPONENTS } from './allowed-components';

/** Components for chapter files. */
/** Headings of content carry a visible link to themselves (their permalink). */
const headings = { h2: H2, h3: H3, h4: H4 };

export const chapterComponents = {
  ...headings,
  Ja,
  En,
  EditorNote,
  MeasureFramework,
  KpiOverview,
  MeasureIndex,
  CountryProfile,
  PartnerTable,
  NetworkMembers,
  Indicators,
  PartnerProfile,
  SeeAlso,
  Place,
} satisfies Record<(typeof CHAPTER_COMPONENTS)[number], unknown>;
/** Components for measure files. */
export const measureComponents = { ...headings, Ja, En, EditorNote, Targets, Place } satisfies Record<
  (typeof MEASURE_COMPONENTS)[number],
  unknown
>;
/** Components for the site's guides (content/guides/): phrases and notes, no data tables. */
export const guideComponents = { ...headings, Ja, En, EditorNote };
