/**
 * The small site-wide lists: bureaus.yaml (unique IDs, each bureau's city exists), units.yaml,
 * networks.yaml and themes.yaml (unique IDs; what refers to them is checked where the reference is).
 */
import type { Bureau } from '../../schemas/bureau';
import type { Unit } from '../../schemas/unit';
import type { Network } from '../../schemas/network';
import type { Theme } from '../../schemas/theme';
import type { ContentProblem } from '../content-errors';
import type { Lookups } from './lookups';
import { duplicateIds } from './problems';

export function validateBureaus<E>(bureaus: Bureau[], look: Lookups<E>): ContentProblem[] {
  const file = look.files.bureaus;
  const problems = duplicateIds(
    bureaus,
    (b) => b.id,
    file,
    (i) => `[${i}].id`,
    'bureau ID',
  );
  bureaus.forEach((b, i) => {
    if (!look.cities.has(b.city)) {
      problems.push({
        file,
        field: `[${i}] (${b.id}).city`,
        message: `unknown city "${b.city}"`,
        fix: `use the city ID of the municipality, as in ${look.files.cities}`,
        cause: look.broken.file(look.files.cities),
      });
    }
  });
  return problems;
}

export function validateUnits<E>(units: Unit[], look: Lookups<E>): ContentProblem[] {
  return duplicateIds(
    units,
    (u) => u.id,
    look.files.units,
    (i) => `[${i}].id`,
    'unit ID',
  );
}

export function validateNetworks<E>(networks: Network[], look: Lookups<E>): ContentProblem[] {
  return duplicateIds(
    networks,
    (n) => n.id,
    look.files.networks,
    (i) => `[${i}].id`,
    'network ID',
  );
}

export function validateThemes<E>(themes: Theme[], look: Lookups<E>): ContentProblem[] {
  return duplicateIds(
    themes,
    (t) => t.id,
    look.files.themes,
    (i) => `[${i}].id`,
    'theme ID',
  );
}
