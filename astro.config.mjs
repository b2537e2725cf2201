// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { VIEW_REDIRECT } from './src/lib/inline-scripts.mjs';
import { siteFromEnv } from './src/lib/site-url.mjs';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

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
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    mdx(),
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
        onLog(level, log, handler) {
          // One MODULE_LEVEL_DIRECTIVE warning per .mdx file (withastro/astro#18087): noise, not a problem.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
