/**
 * The Content-Security-Policy is strict (no 'unsafe-inline', nothing from elsewhere) and everything
 * still works under it: search (WebAssembly), the measures filter, copy buttons, maps. A listener for
 * CSP violations must hear nothing.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser } from './browser';

const session = useBrowser();

describe('Content-Security-Policy', () => {
  it('is strict on every kind of page', async () => {
    const page = await session().browser.newPage();
    for (const path of ['ja/', 'ja/search/', 'en/strategies/shizuoka-2017/measures/mice/', 'en/measures/']) {
      await page.goto(`${session().url}${path}`);
      const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toMatch(/https?:\/\//);
    }
    await page.close();
  });

  it('comes before every script and inline style of every built page (a <meta> policy only covers what follows it)', () => {
    const dist = process.env.SITE_OUT_DIR ?? 'dist';
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const late: string[] = [];
    for (const f of files) {
      const html = readFileSync(join(dist, f), 'utf8');
      if (/http-equiv="refresh"/.test(html)) continue; // the redirect pages of the ledger have no script
      const meta = html.indexOf('http-equiv="content-security-policy"');
      // Scripts and inline styles (a same-origin stylesheet <link> before it is allowed either way).
      // Data blocks (application/json, the JSON-LD of application/ld+json) are never run, so no policy applies to them.
      const first = html.search(/<script(?![^>]*type="application\/(?:ld\+)?json")|<style/);
      if (meta < 0 || (first >= 0 && first < meta)) late.push(f);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(late).toEqual([]);
  });

  it('is not violated by search, the measures filter, copying or the maps', async () => {
    const context = await session().browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session().url });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const violations: string[] = [];
    const collect = async () => violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));

    await page.goto(`${session().url}ja/search/?q=${encodeURIComponent('清水港')}`);
    await page.waitForSelector('[data-search-root][data-search-state="done"] a.search-result__link', { timeout: 20_000 });
    await collect();
    await page.goto(`${session().url}en/measures/`);
    await page.selectOption('select[name="theme"]', 'tourism');
    await collect();
    await page.goto(`${session().url}ja/strategies/shizuoka-2017/measures/inbound-tourism/`);
    await page.click('button[data-copy="citation"]');
    await collect();
    await page.goto(`${session().url}en/regions/europe/`);
    await page.waitForLoadState('load');
    await collect();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('refuses an injected inline script, and the listener hears it (the check can fail)', async () => {
    const context = await session().browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    const page = await context.newPage();
    await page.goto(`${session().url}en/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true;';
      document.body.append(s);
    });
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect((await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).join(' ')).toContain('script-src');
    await context.close();
  });
});
