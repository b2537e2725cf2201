/**
 * Checks a text (chapter or measure MDX) on the syntax tree of the parser the build compiles it with
 * (Sätteri's MDX parser, with the site's Markdown features): what may be written is decided on what
 * the file means, never on how its lines look. Returns every problem, each at its line and column,
 * and the components the text uses, whose IDs are looked up once the site's data is indexed.
 */
import { mdxToMdast } from 'satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import { ALLOWED_HTML, textComponents, type TextComponentName } from '../schemas/components';
import type { ContentProblem } from './content-errors';
import { checkUrl } from './safe-urls';

/** The Markdown features the build compiles MDX with (astro.config.mjs and @astrojs/mdx's defaults). */
export const MDX_FEATURES = { headingAttributes: true, gfm: true } as const;

/** A component as used in a text, for the reference checks that need the site's data. */
export interface ComponentUse {
  name: TextComponentName;
  props: Record<string, string>;
  line: number;
  column: number;
}

export interface TextCheck {
  problems: ContentProblem[];
  uses: ComponentUse[];
  /** The heading ids, in order (each heading's explicit {#id}). */
  headingIds: string[];
}

/** A node of the syntax tree, read loosely: the checks look at a few fields of each kind. */
type Node = { type: string; position?: { start: { line: number; column: number } } } & Record<string, unknown>;

/**
 * The body of an MDX file with its frontmatter blanked out (as @astrojs/mdx does), so that the tree's
 * positions are the file's lines and columns.
 */
export function mdxBody(source: string): string {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
}

/** Parses `body` and checks its tree; `allowed` are the components this kind of text may use. */
export function checkMdx(file: string, body: string, allowed: readonly string[]): TextCheck {
  const out: TextCheck = { problems: [], uses: [], headingIds: [] };
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: MDX_FEATURES }) as unknown as Node;
  } catch (e) {
    out.problems.push(syntaxProblem(file, e as Error));
    return out;
  }
  const visit = (node: Node) => {
    checkNode(file, node, allowed, out);
    for (const child of (node.children as Node[] | undefined) ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/** A parse error, with its position and advice for the usual causes. */
function syntaxProblem(file: string, e: Error): ContentProblem {
  const m = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/.exec(e.message.trim());
  const message = m ? m[3]! : e.message;
  const fix = /note: to create a comment/.test(message)
    ? 'HTML comments <!-- … --> are not MDX: remove the comment, or write it as {/* … */}'
    : /closing tag|end of/.test(message)
      ? 'close the component where it ends (<Ja>…</Ja>), or write a self-closing one as <Targets />'
      : /expression|acorn|oxc/.test(message)
        ? 'curly braces start code in MDX: escape a literal brace as \\{ (a heading id is written at the end of the heading: ## Title {#id})'
        : 'a literal "<" or "{" in text must be escaped as \\< or \\{; otherwise correct the markup at this place';
  return {
    file,
    field: 'MDX',
    line: m ? Number(m[1]) : undefined,
    column: m ? Number(m[2]) : undefined,
    message: `the text cannot be read as MDX: ${message}`,
    fix,
  };
}

function checkNode(file: string, node: Node, allowed: readonly string[], out: TextCheck) {
  const at = node.position?.start;
  const report = (field: string, message: string, fix: string) =>
    out.problems.push({ file, field, line: at?.line, column: at?.column, message, fix });
  switch (node.type) {
    case 'mdxjsEsm':
      return report(
        'MDX',
        'import and export are not allowed in content',
        'remove the line; the components you may use are provided by the site',
      );
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(String(node.value))) return;
      return report(
        'MDX',
        `{${String(node.value).trim().slice(0, 30)}} is a JavaScript expression, which content may not contain`,
        'escape a literal brace as \\{ ; a heading id goes at the end of the heading: ## Title {#id}; a comment is {/* … */}',
      );
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkElement(file, node, allowed, out);
    case 'heading':
      return checkHeading(node, out, report);
    case 'link':
    case 'image':
    case 'definition': {
      const problem = checkUrl(String(node.url ?? ''), node.type === 'image' ? 'image' : 'link');
      if (problem) report(node.type, problem.message, problem.fix);
      if (/[<>]/.test(`${node.title ?? ''}${node.type === 'image' ? (node.alt ?? '') : ''}`)) {
        report(
          node.type,
          'a link title or image description is plain text and may not contain < or >',
          'leave the tags out of the title, or use 〈 〉',
        );
      }
      return;
    }
    case 'html':
      return report(
        'HTML',
        'raw HTML is not allowed in content',
        'write Markdown instead (**bold**, lists, tables), or use an allowed component',
      );
  }
}

function isComment(code: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);
}

type Report = (field: string, message: string, fix: string) => void;

function checkHeading(node: Node, out: TextCheck, report: Report) {
  const depth = Number(node.depth);
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  if (depth < 2 || depth > 4) {
    report(
      'heading',
      `a level-${depth} heading is not used in texts: the page title is the file's title`,
      'use ## , ### or #### for headings',
    );
  }
  if (typeof id !== 'string' || id === '') {
    report(
      'heading',
      'the heading has no id: every heading needs one, the same in both languages (it is the permalink of its section)',
      'add an ASCII id at the end of the heading line: ## 基本方針 {#policy} (the English file uses the same id)',
    );
    return;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    report('heading', `the heading id "${id}" is not a permalink name`, 'use lowercase ASCII letters, digits and hyphens: {#basic-policy}');
  }
  if (out.headingIds.includes(id)) {
    report('heading', `the heading id "${id}" is used twice in this file`, 'give each heading of the file its own id');
  }
  out.headingIds.push(id);
}

function checkElement(file: string, node: Node, allowed: readonly string[], out: TextCheck): void {
  const at = node.position?.start ?? { line: 0, column: 0 };
  const name = node.name as string | null;
  const report = (message: string, fix: string): void => {
    out.problems.push({ file, field: `<${name ?? ''}>`, line: at.line, column: at.column, message, fix });
  };
  const attributes = (node.attributes as Node[] | undefined) ?? [];
  if (!name) {
    report('a fragment <>…</> is not allowed in content', 'remove the <> and </>');
    return;
  }
  if (/^[a-z]/.test(name)) {
    if (!(ALLOWED_HTML as readonly string[]).includes(name)) {
      report(
        `raw HTML <${name}> is not allowed in content`,
        'write Markdown instead (**bold**, lists, tables); for a phrase in the other language use <Ja>…</Ja> or <En>…</En>; escape a literal "<" as "\\<"',
      );
      return;
    }
    if (attributes.length > 0) report(`<${name}> takes no attributes in content`, `write <${name}> without attributes`);
    return;
  }
  if (!allowed.includes(name) || !(name in textComponents)) {
    report(`<${name}> is not a component this file may use`, `use one of ${allowed.join(', ')}, or escape a literal "<" as "\\<"`);
    return;
  }
  const spec = textComponents[name as TextComponentName];
  if (spec.block && node.type === 'mdxJsxTextElement') {
    report(
      `<${name}> is a block: it cannot stand inside a sentence or be followed by text on its line or the next`,
      `put <${name}> on a line of its own, with a blank line before and after it`,
    );
  }
  const props = textAttributes(attributes, report);
  if (!props) return;
  const r = (spec.attributes as z.ZodType).safeParse(props);
  if (!r.success) for (const issue of r.error.issues) report(issue.message, `see the components listed in CONTRIBUTING.md ("Writing MDX")`);
  const children = (node.children as Node[] | undefined) ?? [];
  if (spec.wraps && children.length === 0)
    report(`<${name}> wraps text: <${name}>…</${name}>`, `put the text between <${name}> and </${name}>`);
  if (!spec.wraps && children.length > 0)
    report(`<${name} /> stands alone and takes no content`, `write it self-closing on a line of its own: <${name} />`);
  if (!r.success) return;
  const same = !spec.wraps && out.uses.find((u) => u.name === name && JSON.stringify(u.props) === JSON.stringify(props));
  if (same) {
    // A data component renders rows with their own anchors: a second copy would repeat them.
    report(`<${name} /> with the same attributes is already at line ${same.line}`, 'remove one of the two');
    return;
  }
  out.uses.push({ name: name as TextComponentName, props, line: at.line, column: at.column });
}

/** The attributes as text values; undefined (with problems reported) when one is code. */
function textAttributes(attributes: Node[], report: (message: string, fix: string) => void): Record<string, string> | undefined {
  const props: Record<string, string> = {};
  let ok = true;
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') {
      ok = false;
      report(
        `the attribute ${a.type === 'mdxJsxAttribute' ? `${String(a.name)}=` : '{…}'} is code, not text`,
        'write attribute values as text in double quotes: name="value"',
      );
      continue;
    }
    if (/^on/i.test(String(a.name))) {
      ok = false;
      report(`event attributes (${String(a.name)}=…) are not allowed`, 'remove the attribute');
      continue;
    }
    props[String(a.name)] = a.value;
  }
  return ok ? props : undefined;
}
