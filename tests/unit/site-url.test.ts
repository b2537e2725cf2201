import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteFromEnv } from '../../src/lib/site-url.mjs';

describe('SITE_URL', () => {
  it('builds for the given origin without a warning', () => {
    expect(siteFromEnv('https://strategies.city.example/')).toEqual({ site: 'https://strategies.city.example' });
    expect(siteFromEnv(' http://127.0.0.1:8080 ')).toEqual({ site: 'http://127.0.0.1:8080' });
  });

  it('falls back to the placeholder with a warning that names it and says how to set the origin', () => {
    for (const value of [undefined, '', '  ']) {
      const { site, warning } = siteFromEnv(value);
      expect(site).toBe(PLACEHOLDER_SITE);
      expect(warning).toContain(PLACEHOLDER_SITE);
      expect(warning).toContain('SITE_URL=https://');
      expect(warning).toContain('npm run build');
    }
  });

  it('refuses what is not an http(s) origin', () => {
    expect(() => siteFromEnv('strategies.city.example')).toThrow(/not a URL/);
    expect(() => siteFromEnv('https://city.example/strategies/')).toThrow(/not an origin.*https:\/\/city\.example/);
    expect(() => siteFromEnv('ftp://city.example')).toThrow(/not an origin/);
  });
});
