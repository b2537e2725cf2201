// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { VIEW_REDIRECT } from './src/lib/inline-scripts.mjs';
import { tokenClasses } from './src/lib/shiki-classes.mjs';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  // The public origin, for canonical and hreflang URLs. Set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://strategies.example.jp',
  // Tests build content fixtures into their own folder.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Fixture builds keep their content store apart from the real site's.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // A strict Content-Security-Policy as a <meta> on every page: Astro hashes its scripts and styles;
  // Pagefind needs WebAssembly ('wasm-unsafe-eval') and may start a worker; nothing comes from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The head script that opens the remembered parallel view is inline, so it is allowed by its hash.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(VIEW_REDIRECT)] },
    },
  },
  // Four pages at a time: while one page's file is written, the next renders (about a fifth less
  // build time on two cores; the output is the same, byte for byte).
  build: { format: 'directory', concurrency: 4 },
  // Heading attributes give every heading a stable ASCII id shared by both languages: ## 見出し {#id}
  // Code in texts is highlighted by Shiki at build time with classes, not style attributes, so the
  // strict CSP holds (lib/shiki-classes.mjs). Astro still warns that Shiki uses inline styles: it
  // cannot see the transformer; tests/build/security checks that no page has a style attribute.
  markdown: {
    processor: satteri({ features: { headingAttributes: true } }),
    syntaxHighlight: 'shiki',
    shikiConfig: { theme: 'css-variables', transformers: [tokenClasses()] },
  },
  // optimize: static parts of a text become one HTML string instead of a JSX call per element (less
  // work per page); h2–h4 are kept as elements, since the component map gives them their permalinks.
  integrations: [mdx({ optimize: { ignoreElementNames: ['h2', 'h3', 'h4'] } })],
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
