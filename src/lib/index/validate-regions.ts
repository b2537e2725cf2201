/** regions.yaml: unique IDs; a country's parent is a world region; a group's members exist. */
import type { Region } from '../../schemas/region';
import type { ContentProblem } from '../content-errors';
import type { Lookups } from './lookups';
import { duplicateIds, oneOf } from './problems';

export function validateRegions<E>(regions: Region[], look: Lookups<E>): ContentProblem[] {
  const file = look.files.regions;
  // While an entry of regions.yaml fails its schema, it may be the very region named here.
  const cause = look.broken.file(file);
  const problems = duplicateIds(
    regions,
    (r) => r.id,
    file,
    (i) => `[${i}].id`,
    'region ID',
  );
  const worldRegions = [...look.regions.values()].filter((x) => x.kind === 'world-region').map((x) => x.id);
  regions.forEach((r, i) => {
    if (r.parent !== undefined && look.regions.get(r.parent)?.kind !== 'world-region') {
      problems.push({
        file,
        field: `[${i}] (${r.id}).parent`,
        message: `"${r.parent}" is not a world region`,
        fix: `use the ID of an entry with kind: world-region: ${oneOf(worldRegions)}`,
        cause,
      });
    }
    (r.includes ?? []).forEach((id, j) => {
      if (!look.regions.has(id)) {
        problems.push({
          file,
          field: `[${i}] (${r.id}).includes[${j}]`,
          message: `unknown region "${id}"`,
          fix: `use a region ID defined in ${file}`,
          cause,
        });
      }
    });
  });
  return problems;
}
