/**
 * Safe texts: content files may use plain Markdown and the site's allow-listed components, nothing
 * that runs code or reaches outside the page. Each problem names the line and what to do instead.
 *
 * A text is Markdown (.md) unless it needs more. In a .md file the components are written as in MDX
 * but open and close on one line and take only text attributes (`<Ja>静岡市</Ja>`,
 * `<MeasureIndex pillar="tourism" />`): the Markdown renderer passes them through and the page
 * renders them in place (lib/markdown-text.ts). Anything more (content over several lines, an
 * expression) makes the file MDX (.mdx). Markdown builds several times faster, since each MDX file
 * is a module to bundle.
 */
import type { ContentProblem } from './content-errors';

const BLOCKED_TAGS = /<\s*(script|style|iframe|object|embed|link|meta|form)\b/i;

/** A component's tag in a Markdown file: text attributes only, nothing that could end the tag early. */
const MARKDOWN_COMPONENT_TAG = /^<\/?[A-Z][A-Za-z0-9]*(?:\s+[a-zA-Z][\w-]*="[^"{}<>&]*")*\s*\/?>/;

/** Whether every <name …> opened on the line (not self-closing) is closed on it. */
function closesOnLine(line: string, name: string): boolean {
  const opened = [...line.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>`, 'g'))].filter((m) => !m[0].endsWith('/>')).length;
  const closed = line.split(`</${name}>`).length - 1;
  return opened === closed;
}

export function checkMdx(file: string, body: string, firstLine: number, allowed: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const markdown = file.endsWith('.md');
  const report = (i: number, message: string, fix: string) =>
    problems.push({ file: `${file}:${firstLine + i}`, field: `line ${firstLine + i}`, message, fix });
  body.split('\n').forEach((line, i) => {
    if (/^\s*(import|export)\s/.test(line)) {
      report(
        i,
        `"${line.trim().slice(0, 40)}": import and export are not allowed in content`,
        'remove the line; the components you may use are provided by the site',
      );
    }
    if (BLOCKED_TAGS.test(line)) {
      report(
        i,
        `<${BLOCKED_TAGS.exec(line)![1]}> is not allowed in content`,
        'remove it; content is text, tables and the allowed components',
      );
    }
    if (/<[^>]*\son[a-z]+\s*=/i.test(line)) report(i, 'event attributes (onclick=…) are not allowed', 'remove the attribute');
    if (/javascript\s*:/i.test(line)) report(i, 'javascript: links are not allowed', 'link to a page (https://… or /ja/…) instead');
    // Tags: components must be allow-listed; raw HTML elements are not used (write Markdown).
    const seen = new Set<string>(); // a tag and its closing tag are one problem
    for (const m of line.matchAll(/(?<!\\)<\/?([A-Za-z][\w.-]*)/g)) {
      const name = m[1]!;
      if (seen.has(name)) continue;
      seen.add(name);
      if (/^[A-Z]/.test(name)) {
        if (!allowed.includes(name))
          report(i, `<${name}> is not a component this file may use`, `use one of ${allowed.join(', ')}, or escape a literal "<" as "\\<"`);
        else if (markdown && !MARKDOWN_COMPONENT_TAG.test(line.slice(m.index))) {
          report(
            i,
            `<${name}>: in a Markdown file a component takes only text attributes (name="value")`,
            'write the attribute as text in double quotes, or rename the file to .mdx (its twin in the other language may stay .md)',
          );
        } else if (markdown && !closesOnLine(line, name)) {
          report(
            i,
            `<${name}> does not close on its line: in a Markdown file a component opens and closes on one line`,
            `close it on this line (</${name}>), or rename the file to .mdx (its twin in the other language may stay .md)`,
          );
        }
      } else if (!/^(script|style|iframe|object|embed|link|meta|form)$/i.test(name)) {
        report(
          i,
          `raw HTML <${name}> is not allowed`,
          'write Markdown instead (**bold**, lists, tables); for a phrase in the other language use <Ja>…</Ja> or <En>…</En>; escape a literal "<" as "\\<"',
        );
      }
    }
    // Braces: only a heading id at the end of a heading line ({#id}); anything else is code in MDX
    // (in Markdown a brace is a brace).
    if (markdown) return;
    const withoutId = /^#{1,6}\s/.test(line) ? line.replace(/\s*\{#[a-z0-9-]+\}\s*$/, '') : line;
    if (/(?<!\\)[{}]/.test(withoutId)) {
      report(
        i,
        'curly braces make a JavaScript expression in MDX, which is not allowed',
        'remove them, or escape a literal brace as "\\{"; a heading id is written at the end of the heading: ## Title {#id}',
      );
    }
  });
  return problems;
}
