/**
 * Each strategy.yaml: its ID matches its folder and is unique; its municipality and the countries of
 * its profiles exist; its chapters and pillars are well formed, and each chapter has a Japanese file.
 */
import type { ContentProblem } from '../content-errors';
import { RESERVED_CHAPTER_SLUGS } from '../routes';
import { folderOf, type Lookups, type StrategyFile } from './lookups';
import { duplicateIds, oneOf } from './problems';

export function validateStrategies<E>(strategies: StrategyFile<E>[], look: Lookups<E>): ContentProblem[] {
  const problems = duplicateIds(
    strategies,
    (s) => s.data.id,
    'content/strategies',
    (i) => `${strategies[i]!.file} › id`,
    'strategy ID',
  );
  for (const s of strategies) {
    problems.push(...identityProblems(s, look), ...pillarProblems(s), ...chapterProblems(s, look));
  }
  return problems;
}

/** The folder, the municipality and the countries the strategy profiles. */
function identityProblems<E>({ file, data }: StrategyFile<E>, look: Lookups<E>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folder = folderOf(file);
  if (folder !== data.id) {
    problems.push({
      file,
      field: 'id',
      message: `the ID "${data.id}" differs from the folder name "${folder}"`,
      fix: `the folder and the ID name the strategy in URLs: make them the same (rename the folder or the ID)`,
    });
  }
  if (!look.cities.has(data.municipality)) {
    problems.push({
      file,
      field: 'municipality',
      message: `unknown city "${data.municipality}"`,
      fix: `add the municipality to ${look.files.cities} or use one of its IDs`,
      cause: look.broken.file(look.files.cities),
    });
  }
  data.countryProfiles.forEach((p, i) => {
    if (!look.regions.has(p.country)) {
      problems.push({
        file,
        field: `countryProfiles[${i}].country`,
        message: `unknown region "${p.country}"`,
        fix: `use a country ID from ${look.files.regions}, or add the country there`,
        cause: look.broken.file(look.files.regions),
      });
    }
  });
  return problems;
}

/** Unique pillar IDs; a sub-pillar's parent and a pillar's group exist. */
function pillarProblems<E>({ file, data }: StrategyFile<E>): ContentProblem[] {
  const problems = duplicateIds(
    data.pillars,
    (p) => p.id,
    file,
    (i) => `pillars[${i}].id`,
    'pillar ID',
  );
  const groupIds = new Set(data.pillarGroups.map((g) => g.id));
  const pillarIds = new Set(data.pillars.map((p) => p.id));
  data.pillars.forEach((p, i) => {
    if (p.parent !== undefined && (!pillarIds.has(p.parent) || p.parent === p.id)) {
      problems.push({
        file,
        field: `pillars[${i}].parent`,
        message: `unknown parent pillar "${p.parent}"`,
        fix: `use the ID of another pillar of this strategy: ${oneOf(pillarIds)}`,
      });
    }
    if (p.group !== undefined && !groupIds.has(p.group)) {
      problems.push({
        file,
        field: `pillars[${i}].group`,
        message: `unknown pillar group "${p.group}"`,
        fix: `use one of the pillarGroups IDs: ${oneOf(groupIds)}`,
      });
    }
  });
  return problems;
}

/** Unique slugs that no page of the strategy uses, each with its Japanese file. */
function chapterProblems<E>({ file, data }: StrategyFile<E>, look: Lookups<E>): ContentProblem[] {
  const problems = duplicateIds(
    data.chapters,
    (c) => c.slug,
    file,
    (i) => `chapters[${i}].slug`,
    'chapter slug',
  );
  const dir = file.replace(/\/strategy\.yaml$/, '');
  const folder = folderOf(file);
  data.chapters.forEach((c, order) => {
    if (RESERVED_CHAPTER_SLUGS.includes(c.slug)) {
      problems.push({
        file,
        field: `chapters[${order}].slug`,
        message: `"${c.slug}" is reserved for the strategy's own pages (/${c.slug}/)`,
        fix: 'give the chapter another slug, e.g. one naming its subject',
      });
    }
    if (!look.chapterTexts.get(`${folder}/${c.slug}`)?.ja) {
      problems.push({
        file,
        field: `chapters[${order}].slug`,
        message: `chapter "${c.slug}" has no Japanese file`,
        fix: `create ${dir}/ja/${c.slug}.mdx (the Japanese source text), or remove the chapter from the list`,
        // A Japanese file that exists but cannot be read is reported as such, not as missing.
        cause: look.broken.text(folder, 'ja', 'chapter', c.slug),
      });
    }
  });
  return problems;
}
