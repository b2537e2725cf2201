/**
 * Cross-indexes every collection once: strategies ↔ chapters ↔ measures ↔ KPIs ↔ cities ↔ regions ↔
 * bureaus. Pure: it takes plain data (with each entry's file path), runs one validator per collection
 * (src/lib/index/validate-*.ts), each returning the problems it finds, and only when none stands builds
 * the index (src/lib/index/cross-index.ts). Route files only look things up in the result.
 *
 * indexContent() returns every problem and never throws, for `npm run check`; buildIndex() throws a
 * ContentError listing every problem at once, for the build.
 */
import { ContentError, type ContentProblem } from './content-errors';
import { makeLookups, type Lookups } from './index/lookups';
import { crossIndex } from './index/cross-index';
import { validateRegions } from './index/validate-regions';
import { validateCities } from './index/validate-cities';
import { validateBureaus, validateNetworks, validateThemes, validateUnits } from './index/validate-lists';
import { validateStrategies } from './index/validate-strategies';
import { validateMeasureFacts } from './index/validate-measures';
import { validateChapterTexts, validateMeasureTexts } from './index/validate-texts';
import type { RawContent, SiteIndex } from './index/types';

export type * from './index/types';
export { isRepeat } from './index/types';

/** Every problem of every collection, the knock-on ones (with a `cause`) included. */
function validate<E>(raw: RawContent<E>, look: Lookups<E>): ContentProblem[] {
  return [
    ...validateCities(raw.cities, look),
    ...validateRegions(raw.regions, look),
    ...validateBureaus(raw.bureaus, look),
    ...validateUnits(raw.units, look),
    ...validateNetworks(raw.networks, look),
    ...validateThemes(raw.themes, look),
    ...validateStrategies(raw.strategies, look),
    ...validateMeasureFacts(raw.measureFiles, look),
    ...validateChapterTexts(raw.chapterTexts, look),
    ...validateMeasureTexts(raw.measureTexts, look),
  ];
}

/** The problems a reader should see: not those that only follow from a file that could not be read. */
function shown(problems: ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.cause === undefined).map(({ cause: _, ...p }) => p);
}

/**
 * Validates the content and, if nothing is wrong, indexes it. Never throws for a content error:
 * `problems` lists each one to show, and `site` is absent while any stands (a hidden knock-on too).
 */
export function indexContent<E>(raw: RawContent<E>): { site?: SiteIndex<E>; problems: ContentProblem[] } {
  const look = makeLookups(raw);
  const problems = validate(raw, look);
  if (problems.length > 0) return { problems: shown(problems) };
  return { site: crossIndex(raw, look), problems: [] };
}

/** The index of valid content; otherwise throws a ContentError listing every problem at once. */
export function buildIndex<E>(raw: RawContent<E>): SiteIndex<E> {
  const look = makeLookups(raw);
  const problems = validate(raw, look);
  // Knock-ons are hidden behind the broken file that causes them; should they be all there is
  // (a caller that did not report its broken files), they are shown rather than an empty error.
  if (problems.length > 0) throw new ContentError(shown(problems).length > 0 ? shown(problems) : problems);
  return crossIndex(raw, look);
}
