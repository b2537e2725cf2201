/**
 * The redirect ledger in a real browser: a permalink to an anchor that moved, or to a page that
 * moved, still lands where the text now is. The site's own ledger is empty (nothing has moved yet),
 * so this builds the small fixture site with a ledger of three moves and follows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { serve } from '../../scripts/serve';
import { start, type Session } from './browser';

const ROOT = 'tests/.tmp/redirect-site';
let session: Session;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  cpSync('tests/fixtures/valid', `${ROOT}/content`, { recursive: true });
  writeFileSync(
    `${ROOT}/content/redirects.yaml`,
    [
      '- from: /ja/strategies/sample-2020/intro/#aim',
      '  to: /ja/strategies/sample-2020/intro/#purpose',
      '  reason: the heading id was renamed',
      '- from: /en/strategies/sample-2020/intro/#visitor-target',
      '  to: /en/strategies/sample-2020/measures/tourism/#kpi-visitors',
      '  reason: the target moved to the measure page',
      '- from: /en/strategies/sample-2020/introduction/',
      '  to: /en/strategies/sample-2020/intro/#purpose',
      '  reason: the chapter was renamed',
      '',
    ].join('\n'),
  );
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_CONTENT_DIR: `${ROOT}/content`,
      SITE_OUT_DIR: `${ROOT}/dist`,
      SITE_CACHE_DIR: `${ROOT}/cache`,
    },
  });
  if (r.status !== 0) throw new Error(`the fixture did not build:\n${r.stdout}\n${r.stderr}`);
  ({ server, url } = await serve(`${ROOT}/dist`));
  session = await start();
  browser = session.browser;
}, 180_000);

afterAll(async () => {
  await session?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

describe('moved permalinks', () => {
  it('follows an anchor that was renamed on the same page', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}ja/strategies/sample-2020/intro/#aim`);
    await page.waitForURL('**/ja/strategies/sample-2020/intro/#purpose');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('purpose');
    await page.close();
  });

  it('follows an anchor that moved to another page', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}en/strategies/sample-2020/intro/#visitor-target`);
    await page.waitForURL('**/en/strategies/sample-2020/measures/tourism/#kpi-visitors');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('kpi-visitors');
    await page.close();
  });

  it('leaves an anchor that still exists alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}ja/strategies/sample-2020/intro/#purpose`);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).hash).toBe('#purpose');
    await page.close();
  });

  it('sends a moved page to its new place with a static page (canonical, noindex)', async () => {
    const page = await browser.newPage();
    const response = await page.request.get(`${url}en/strategies/sample-2020/introduction/`);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/en\/strategies\/sample-2020\/intro\/#purpose"/);
    await page.goto(`${url}en/strategies/sample-2020/introduction/`);
    await page.waitForURL('**/en/strategies/sample-2020/intro/#purpose');
    await page.close();
  });
});
