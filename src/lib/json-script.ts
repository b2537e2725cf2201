/**
 * Serialises data for a `<script type="application/json">` element, the one place the site puts data
 * into HTML outside the templating's escaping. The HTML parser ends a script element at the first
 * `</script` (in any case, followed by whitespace, `/` or `>`), and `<!--` with `<script` can change
 * where it ends; so `<`, `>` and `&` are written as JSON escapes (`\u003c`…), which mean the same to
 * `JSON.parse` and are inert to HTML. U+2028 and U+2029 are escaped too: they end a line in older
 * JavaScript parsers, should the data ever be read as a script.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('jsonForScript: the value cannot be written as JSON');
  return json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
