// The site's public origin, from SITE_URL at build time. It makes canonical, hreflang, Open Graph,
// the sitemap and robots.txt absolute, and the no-JavaScript permalink shown under "Copy link"
// (the buttons themselves copy the address the reader is at). Plain JavaScript, for astro.config.mjs.

/** The origin used when SITE_URL is not set: a placeholder, never a real address. */
export const PLACEHOLDER_SITE = 'https://strategies.example.jp';

/**
 * Reads SITE_URL: the origin to build for and, when it is missing, the warning a production build
 * prints. A value that is not an http(s) origin (a path, a typo) is an error, not a warning.
 * @param {string | undefined} value
 * @returns {{ site: string; warning?: string }}
 */
export function siteFromEnv(value) {
  const raw = value?.trim();
  if (!raw) {
    return {
      site: PLACEHOLDER_SITE,
      warning: [
        '',
        '='.repeat(78),
        `SITE_URL is not set: every canonical, hreflang, Open Graph and sitemap URL of this build`,
        `points at the placeholder ${PLACEHOLDER_SITE}.`,
        'Set the public origin before a build you deploy, e.g.',
        '    SITE_URL=https://your.host.example npm run build',
        '(README, "Deploying").',
        '='.repeat(78),
        '',
      ].join('\n'),
    };
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL=${raw} is not a URL. Fix: set it to the site's public origin, e.g. https://your.host.example`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL=${raw} is not an origin. Fix: give the scheme and host only, e.g. ${url.protocol}//${url.host} (the site is served from the root of its host)`,
    );
  }
  return { site: url.origin };
}
