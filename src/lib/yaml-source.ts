/**
 * YAML read so that every problem can name its line: the parsed value, plus the document that maps
 * a field's path (measures[0].markets.priority[0]) back to the line and column it was written on.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from './content-errors';

export interface YamlSource {
  value: unknown;
  /** Line and column of a field's value, by its path; undefined where the path does not exist. */
  locate(path: (string | number)[]): { line: number; column: number } | undefined;
}

/** Lines of `text` indented with U+3000 (an ideographic space, typed by a Japanese input method). */
function ideographicIndent(text: string): number | undefined {
  const i = text.split('\n').findIndex((l) => /^[ \t]*\u3000/.test(l));
  return i < 0 ? undefined : i + 1;
}

/**
 * Parses YAML text. `lineOffset` is the line of the file the text starts after (a frontmatter
 * starts after its `---` line). Returns the problem instead when the YAML cannot be read.
 */
export function readYamlSource(file: string, text: string, lineOffset = 0): YamlSource | { problem: ContentProblem } {
  // YAML reads a full-width space as part of a key or value, so the mistake would surface as a
  // puzzling "unknown field": name it first.
  const wide = ideographicIndent(text);
  if (wide !== undefined) {
    return {
      problem: {
        file,
        field: '(YAML)',
        line: wide + lineOffset,
        column: 1,
        message: 'this line is indented with a full-width space (U+3000), which YAML does not read as indentation',
        fix: 'indent with ordinary half-width spaces (turn the input method off while indenting)',
      },
    };
  }
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    return {
      problem: {
        file,
        field: '(YAML)',
        line: pos ? pos.line + lineOffset : undefined,
        column: pos?.col,
        message: `the YAML cannot be read: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        fix: 'correct the YAML at this line (indentation with spaces, "key: value", a quoted value containing ": " or "#")',
      },
    };
  }
  return {
    value: doc.toJS(),
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
        if (node?.range) {
          const at = lines.linePos(node.range[0]);
          return { line: at.line + lineOffset, column: at.col };
        }
      }
      return undefined;
    },
  };
}

/** A field path as problems write it (`[3] (stockton).relationships[0].list`) as a YAML path. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\s*\([^)]*\)/g, '')
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
}

/** Schema problems of a parsed YAML value, each with its field, line and fix. */
export function zodProblems(file: string, error: z.ZodError, source?: YamlSource, prefix: (string | number)[] = []): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field =
      path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[') || '(top level)';
    const unknown = issue.code === 'unrecognized_keys';
    const at = source?.locate(unknown ? [...path, issue.keys[0]!] : path);
    return {
      file,
      field: unknown ? `${field === '(top level)' ? '' : `${field}.`}${issue.keys.join(', ')}` : field,
      line: at?.line,
      column: at?.column,
      message: unknown ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message,
      fix: unknown
        ? 'check the spelling against the schema in src/schemas/ (each field is documented there), or remove the field'
        : 'correct the value as the message says; each field is documented in src/schemas/',
    };
  });
}
