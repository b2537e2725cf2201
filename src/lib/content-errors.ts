/**
 * Errors in content files, written for the person editing them: which file, which field, what to do.
 * Every check collects all problems before failing, so one build shows every mistake at once.
 */
export interface ContentProblem {
  /** Path of the file from the project root, e.g. content/strategies/shizuoka-2017/measures.yaml. */
  file: string;
  /** The field, e.g. measures[2].pillar or kpis.foreign-guest-nights.indicator. */
  field: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** 1-based line in the file, where the problem can be pinned to one. */
  line?: number | undefined;
  /** 1-based column on that line. */
  column?: number | undefined;
  /**
   * Set when the problem follows only from a file that could not be read (named here): it is not
   * shown, since mending that file mends it or shows it again, but it still stops the build.
   */
  cause?: string | undefined;
}

export function describeProblem(p: ContentProblem): string {
  const at = p.line ? `:${p.line}:${p.column ?? 1}` : '';
  return `${p.file}${at} › ${p.field}: ${p.message}\n    Fix: ${p.fix}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${describeProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
