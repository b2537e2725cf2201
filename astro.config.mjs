// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIEW_REDIRECT } from './src/lib/inline-scripts.mjs';
import { noTimeLimit, tokenClasses } from './src/lib/shiki-classes.mjs';
import { DIRECTIVES, SCRIPT_RESOURCES, cspFirst } from './src/lib/csp.mjs';
import { siteFromEnv } from './src/lib/site-url.mjs';
import { mentionLinks } from './src/lib/mention-links.ts';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Puts each page's CSP <meta> first in <head> (right after <meta charset>) once the pages are
 * written: Astro writes it at the end of <head>, and a <meta> policy only covers what follows it.
 * @type {import('astro').AstroIntegration}
 */
const cspFirstInHead = {
  name: 'csp-first-in-head',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const root = fileURLToPath(dir);
      const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
      await Promise.all(
        files.map(async (f) => {
          const html = await readFile(join(root, f), 'utf8');
          const moved = cspFirst(html);
          if (moved !== html) await writeFile(join(root, f), moved);
        }),
      );
    },
  },
};

// The public origin (SITE_URL), for canonical, hreflang, Open Graph and sitemap URLs; without it, a
// placeholder and a loud warning at build time (src/lib/site-url.mjs).
const siteUrl = siteFromEnv(process.env.SITE_URL);

export default defineConfig({
  site: siteUrl.site,
  // Tests build content fixtures into their own folder.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Fixture builds keep their content store apart from the real site's.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // A strict Content-Security-Policy as a <meta> on every page (src/lib/csp.mjs): Astro hashes its
  // scripts and styles; nothing comes from elsewhere. The search pages add WebAssembly for Pagefind.
  security: {
    csp: {
      directives: [...DIRECTIVES],
      // The script that opens the remembered parallel view is inline, so it is allowed by its hash.
      scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: [sha256(VIEW_REDIRECT)] },
    },
  },
  // Four pages at a time: while one page's file is written, the next renders (about a fifth less
  // build time on two cores; the output is the same, byte for byte).
  build: { format: 'directory', concurrency: 4 },
  // Heading attributes give every heading a stable ASCII id shared by both languages: ## 見出し {#id}
  // Code in texts is highlighted by Shiki at build time with classes, not style attributes, so the
  // strict CSP holds (lib/shiki-classes.mjs). Astro still warns that Shiki uses inline styles: it
  // cannot see the transformer; tests/build/security checks that no page has a style attribute.
  // Mentions of cities, regions, networks and bureaus in the texts link to their pages, found from the
  // names in the data by the same code that lists them on those pages (lib/mention-links.ts).
  markdown: {
    processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [mentionLinks()] }),
    syntaxHighlight: 'shiki',
    shikiConfig: { theme: 'css-variables', transformers: [noTimeLimit(), tokenClasses()] },
  },
  // optimize: static parts of a text become one HTML string instead of a JSX call per element (less
  // work per page); h2–h4 are kept as elements, since the component map gives them their permalinks.
  integrations: [
    mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4'] } }),
    cspFirstInHead,
    {
      name: 'site-url',
      hooks: {
        'astro:build:start': ({ logger }) => {
          if (siteUrl.warning) logger.warn(siteUrl.warning);
        },
        'astro:build:done': ({ logger }) => {
          if (siteUrl.warning) logger.warn(`SITE_URL is not set: this build links to ${siteUrl.site} (see the warning above).`);
        },
      },
    },
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // All texts in one server chunk: a chunk per MDX file costs the bundler far more than the
        // texts' code itself (the built pages are the same either way).
        output: { codeSplitting: { groups: [{ name: 'mdx-texts', test: /\.mdx/ }] } },
        onLog(level, log, handler) {
          // One MODULE_LEVEL_DIRECTIVE warning per .mdx file (withastro/astro#18087): noise, not a problem.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
