/**
 * Code shown on the site's own pages (the open-data examples), highlighted by Shiki at build time
 * with the same theme and classes as code in MDX texts (lib/shiki-classes.mjs): no `style`
 * attribute, no client JavaScript.
 */
import { createHighlighter, createCssVariablesTheme, type Highlighter } from 'shiki';
import { CODE_LANGS, noTimeLimit, tokenClasses } from './shiki-classes.mjs';

const theme = createCssVariablesTheme({ name: 'css-variables', variablePrefix: '--astro-code-' });
let highlighter: Promise<Highlighter> | undefined;

/** `code` as highlighted HTML (a <pre class="code-block …">), in language `lang`. */
export async function highlight(code: string, lang: string): Promise<string> {
  highlighter ??= createHighlighter({ themes: [theme], langs: CODE_LANGS });
  return (await highlighter).codeToHtml(code.replace(/\n$/, ''), {
    lang,
    theme: 'css-variables',
    transformers: [noTimeLimit(), tokenClasses()],
  });
}
