/** What the checks of one measures.yaml share: the file, its strategy, its measures, the lookups. */
import type { MeasureFacts } from '../../schemas/measure';
import type { ContentProblem } from '../content-errors';
import type { Lookups, StrategyFile } from './lookups';
import { oneOf } from './problems';

export interface MeasureScope<E> {
  file: string;
  strategy: StrategyFile<E>;
  /** The file's measures (repeat listings left out), in order. */
  measures: MeasureFacts[];
  look: Lookups<E>;
}

/** Bureau IDs of a list (`field` is the list's field, e.g. `measures[0] (mice).bureaus`). */
export function bureauProblems<E>(ids: string[], field: string, { file, strategy, look }: MeasureScope<E>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  ids.forEach((id, j) => {
    if (look.bureaus.has(id)) return;
    const own = [...look.bureaus.values()].filter((b) => b.city === strategy.data.municipality).map((b) => b.id);
    problems.push({
      file,
      field: `${field}[${j}]`,
      message: `unknown bureau "${id}"`,
      fix: `use a bureau ID from ${look.files.bureaus} (e.g. ${oneOf(own, 4)}), or add the bureau there`,
      cause: look.broken.file(look.files.bureaus),
    });
  });
  return problems;
}
