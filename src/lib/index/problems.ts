/** Helpers the validators share for wording their problems. */
import type { ContentProblem } from '../content-errors';

/** Reports IDs that occur twice in a list, each at its second use, naming the first. */
export function duplicateIds<T>(
  items: T[],
  key: (t: T) => string,
  file: string,
  field: (i: number) => string,
  what: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const id = key(item);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        file,
        field: field(i),
        message: `duplicate ${what} "${id}" (already used by ${field(first)})`,
        fix: `give each ${what} a unique ID: rename one of them, or merge the two entries`,
      });
    } else seen.set(id, i);
  });
  return problems;
}

/** The IDs a fix may suggest, cut short so that a message stays readable. */
export function oneOf(ids: Iterable<string>, limit = 12): string {
  const list = [...ids];
  const shown = list.slice(0, limit).join(', ');
  return list.length > limit ? `${shown}, … (${list.length} in all)` : shown;
}
