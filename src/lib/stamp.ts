/**
 * The translation stamp: `translatedFrom: "<hash>"` in an English file's frontmatter. The stamp is
 * written through the YAML parser's tree, so only that one value changes: never the body (a
 * sentence that happens to begin "translatedFrom:" stays as it is), the other fields, the comments
 * or the line endings. A file that cannot be parsed is refused with the reason.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';

/** The frontmatter block: the opening line, the YAML, the closing line. */
const FRONTMATTER = /^(---(\r?\n))([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export type StampResult = { text: string; changed: boolean } | { error: string };

/** `text` with its frontmatter's translatedFrom set to `hash`, or why that cannot be done safely. */
export function stampText(text: string, hash: string): StampResult {
  if (text.startsWith('\uFEFF')) return { error: 'the file starts with a byte-order mark: save it as UTF-8 without BOM first' };
  const m = FRONTMATTER.exec(text);
  if (!m) return { error: 'the file has no frontmatter (--- lines at the top)' };
  const [, opening, eol, yamlText = ''] = m as unknown as [string, string, string, string | undefined];
  const doc = parseDocument(yamlText, { lineCounter: new LineCounter(), uniqueKeys: true });
  if (doc.errors.length > 0) return { error: `the frontmatter cannot be parsed: ${doc.errors[0]!.message.split('\n')[0]}` };
  if (doc.contents !== null && !isMap(doc.contents)) return { error: 'the frontmatter is not a list of fields (key: value)' };
  const stamp = `"${hash}"`;
  const start = opening.length;
  const existing = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'translatedFrom') : undefined;
  if (existing) {
    const value = existing.value;
    if (!isScalar(value) || !value.range)
      return { error: 'translatedFrom is not a single value: write it as translatedFrom: "…" or remove it' };
    if (value.value === hash) return { text, changed: false };
    const [from, to] = value.range;
    return { text: text.slice(0, start + from) + stamp + text.slice(start + to), changed: true };
  }
  // A new field goes first, on a line of its own with the file's own line ending.
  return { text: `${opening}translatedFrom: ${stamp}${eol}${text.slice(start)}`, changed: true };
}

/** The frontmatter's fields (translatedFrom apart) and the body, to compare a file before and after a stamp. */
function parts(text: string): { fields: string; stamp: unknown; body: string } | undefined {
  const m = FRONTMATTER.exec(text);
  if (!m) return undefined;
  const doc = parseDocument(m[3] ?? '', { uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  const { translatedFrom, ...fields } = (doc.toJS() ?? {}) as Record<string, unknown>;
  return { fields: JSON.stringify(fields), stamp: translatedFrom, body: text.slice(m[0].length) };
}

/** Why `after` is not `before` stamped with `hash` and otherwise unchanged; undefined when it is. */
export function stampProblem(before: string, after: string, hash: string): string | undefined {
  const a = parts(before);
  const b = parts(after);
  if (!a || !b) return 'the stamped file cannot be parsed again';
  if (b.stamp !== hash) return 'the stamp was not written';
  if (a.body !== b.body) return 'the body would change';
  if (a.fields !== b.fields) return 'other frontmatter fields would change';
  return undefined;
}
