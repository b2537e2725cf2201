// @ts-check
/**
 * Shiki colours tokens with `style` attributes, which the strict CSP (no 'unsafe-inline' for styles)
 * would block. With Shiki's css-variables theme every token's colour is a variable
 * (`color: var(--astro-code-token-keyword)`); this transformer turns each into a class
 * (`tok-keyword`) and drops the <pre>'s colours, so no `style` attribute ships. The classes are
 * coloured in src/styles/global.css, for the light and the dark theme.
 * Used by Astro's Markdown/MDX highlighting (astro.config.mjs) and by lib/highlight.ts.
 */

/** @param {{ properties: Record<string, unknown> }} node @param {string} name */
function addClass(node, name) {
  const c = node.properties.class;
  node.properties.class = [...(Array.isArray(c) ? c : typeof c === 'string' ? c.split(' ') : []), name];
}

/** @returns {import('shiki').ShikiTransformer} */
export function tokenClasses() {
  return {
    name: 'token-classes',
    pre(node) {
      delete node.properties.style;
      addClass(node, 'code-block');
    },
    span(node) {
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      delete node.properties.style;
      const colour = /var\(--astro-code-(?:token-)?([a-z-]+)\)/.exec(style)?.[1];
      if (colour && colour !== 'foreground') addClass(node, `tok-${colour}`);
      if (/font-style:\s*italic/.test(style)) addClass(node, 'tok-italic');
      if (/font-weight:\s*bold/.test(style)) addClass(node, 'tok-bold');
    },
  };
}

/**
 * Shiki stops tokenizing a line after 500 ms by default and leaves the rest of it uncoloured, so on a
 * loaded machine the same code could come out differently from one build to the next (seen on the
 * open-data page's examples). Tokenizing without a time limit makes the output depend on the code
 * alone. Set in `preprocess`, which receives the options the tokenizer then reads.
 * @returns {import('shiki').ShikiTransformer}
 */
export function noTimeLimit() {
  return {
    name: 'no-time-limit',
    preprocess(code, options) {
      options.tokenizeTimeLimit = 0;
      return code;
    },
  };
}

/** The languages code on the site is written in. */
export const CODE_LANGS = ['shellscript', 'python', 'javascript', 'r', 'yaml', 'mdx', 'json', 'xml'];
