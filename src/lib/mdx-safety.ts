/**
 * Safe texts: content files may use plain Markdown and the site's allow-listed components, nothing
 * that runs code or reaches outside the page. Each problem names the line and what to do instead.
 *
 * A text is Markdown (.md) unless it needs more: in a .md file a component may only stand alone on
 * its line without attributes (`<Targets />`), which the site puts in place after rendering (see
 * lib/markdown-text.ts). Components with attributes or inside a sentence (`<Ja>…</Ja>`) make the
 * file MDX (.mdx). Markdown builds several times faster, since each MDX file is a module to bundle.
 */
import type { ContentProblem } from './content-errors';

const BLOCKED_TAGS = /<\s*(script|style|iframe|object|embed|link|meta|form)\b/i;

/** A line that holds one component and nothing else: all a Markdown file may do with components. */
export const STANDALONE_COMPONENT = /^<([A-Z][A-Za-z]*) \/>$/;

export function checkMdx(file: string, body: string, firstLine: number, allowed: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const markdown = file.endsWith('.md');
  const report = (i: number, message: string, fix: string) => problems.push({ file: `${file}:${firstLine + i}`, field: `line ${firstLine + i}`, message, fix });
  body.split('\n').forEach((line, i) => {
    if (/^\s*(import|export)\s/.test(line)) {
      report(i, `"${line.trim().slice(0, 40)}": import and export are not allowed in content`, 'remove the line; the components you may use are provided by the site');
    }
    if (BLOCKED_TAGS.test(line)) {
      report(i, `<${BLOCKED_TAGS.exec(line)![1]}> is not allowed in content`, 'remove it; content is text, tables and the allowed components');
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
        if (!allowed.includes(name)) report(i, `<${name}> is not a component this file may use`, `use one of ${allowed.join(', ')}, or escape a literal "<" as "\\<"`);
        else if (markdown && !STANDALONE_COMPONENT.test(line.trimEnd())) {
          report(i, `<${name}> with attributes, content or text beside it needs MDX`, `rename the file to .mdx (its twin in the other language may stay .md), or put "<${name} />" alone on its line`);
        }
      } else if (!/^(script|style|iframe|object|embed|link|meta|form)$/i.test(name)) {
        report(i, `raw HTML <${name}> is not allowed`, 'write Markdown instead (**bold**, lists, tables); for a phrase in the other language use <Ja>…</Ja> or <En>…</En>; escape a literal "<" as "\\<"');
      }
    }
    // Braces: only a heading id at the end of a heading line ({#id}); anything else is code in MDX
    // (in Markdown a brace is a brace).
    if (markdown) return;
    const withoutId = /^#{1,6}\s/.test(line) ? line.replace(/\s*\{#[a-z0-9-]+\}\s*$/, '') : line;
    if (/(?<!\\)[{}]/.test(withoutId)) {
      report(i, 'curly braces make a JavaScript expression in MDX, which is not allowed', 'remove them, or escape a literal brace as "\\{"; a heading id is written at the end of the heading: ## Title {#id}');
    }
  });
  return problems;
}
