/**
 * A hostile content/redirects.yaml, written to break out of the moved-anchors JSON (closing the
 * script in several spellings, opening a comment, an event handler, percent-encoding) or out of the
 * redirect page's attributes. Two defences: the schema keeps redirect paths to the site's URL
 * alphabet, so the check and the build refuse the file; and should a value get past it, the layout's
 * JSON escaping keeps it data. For the second, the fixture is built with a plain ledger and the page's
 * moved-anchors JSON is then written as the layout writes it (jsonForScript) for the hostile values;
 * the page is scanned as tests/build/security.test.ts scans the real site, and opened in Chromium.
 * Written back without escaping, the scanner must reject the page (the test can fail).
 */
import { launchChromium } from '../../scripts/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import { serve } from '../../scripts/serve';
import { jsonForScript } from '../../src/lib/json-script';
import { scanPage } from './page-scan';
import { policyProblems } from './policy';

const ROOT = 'tests/.tmp/hostile-redirects';
const DIST = `${ROOT}/dist`;
const PAGE = '/ja/strategies/sample-2020/intro/';

/** Targets that pass the schema (a site path without spaces or #) and carry a payload. */
const PAYLOADS = [
  '/ja/</script><script>window.__pwned=1</script>/',
  '/ja/</SCRIPT><SCRIPT>window.__pwned=2</SCRIPT>/',
  '/ja/</script/x><img/src=x/onerror=window.__pwned=3>/',
  '/ja/<!--<script>/',
  '/ja/</script/><svg/onload=window.__pwned=4>/',
  '/ja/%3C/script%3E/',
  "/ja/'-alert(1)-'&amp;\"/",
];

function build(env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_CONTENT_DIR: `${ROOT}/content`,
      SITE_OUT_DIR: DIST,
      SITE_CACHE_DIR: `${ROOT}/cache`,
      ...env,
    },
  });
}

const HOSTILE = [
  ...PAYLOADS.map((to, i) => ({ from: `${PAGE}#aim${i}`, to, reason: 'a hostile anchor entry' })),
  { from: '/en/strategies/sample-2020/introduction/', to: '/en/"><script>window.__pwned=9</script>/', reason: 'a hostile page entry' },
];

beforeAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
  cpSync('tests/fixtures/valid', `${ROOT}/content`, { recursive: true });
  // A plain ledger with one anchor per payload, then the page's JSON as the layout would write the payloads.
  writeFileSync(
    `${ROOT}/content/redirects.yaml`,
    stringify(PAYLOADS.map((_, i) => ({ from: `${PAGE}#aim${i}`, to: `/ja/moved-${i}/`, reason: 'a plain anchor entry' }))),
  );
  const r = build();
  if (r.status !== 0) throw new Error(`the fixture did not build:\n${r.stdout}\n${r.stderr}`);
  const file = join(DIST, PAGE, 'index.html');
  const html = readFileSync(file, 'utf8');
  const [script] = movedAnchors(html);
  const plain = script!.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
  writeFileSync(file, html.replace(plain, jsonForScript(Object.fromEntries(PAYLOADS.map((to, i) => [`aim${i}`, to])))));
});

describe('the schema', () => {
  it('makes the check and the build refuse a hostile redirects.yaml, at its line', () => {
    const dir = `${ROOT}-refused`;
    rmSync(dir, { recursive: true, force: true });
    cpSync('tests/fixtures/valid', `${dir}/content`, { recursive: true });
    writeFileSync(`${dir}/content/redirects.yaml`, stringify(HOSTILE));
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_CONTENT_DIR: `${dir}/content`,
        SITE_OUT_DIR: `${dir}/dist`,
        SITE_CACHE_DIR: `${dir}/cache`,
      },
    });
    expect(r.status).not.toBe(0);
    const refused = `${r.stdout}${r.stderr}`.match(/redirects\.yaml:\d+:\d+ › \[\d+\]\.to: a site path/g) ?? [];
    expect(refused).toHaveLength(HOSTILE.length);
  });
});

const htmlFiles = () => readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const path = (f: string) => `/${f.replace(/index\.html$/, '')}`;

function movedAnchors(html: string): DefaultTreeAdapterMap['element'][] {
  const out: DefaultTreeAdapterMap['element'][] = [];
  const visit = (n: DefaultTreeAdapterMap['node']) => {
    if ('tagName' in n && n.tagName === 'script') out.push(n);
    if ('childNodes' in n) for (const c of n.childNodes) visit(c);
  };
  visit(parse(html));
  return out.filter((s) => s.attrs.some((a) => a.name === 'id' && a.value === 'moved-anchors'));
}

describe('a hostile redirects.yaml', () => {
  it('leaves every built page clean, with its strict policy first', () => {
    const found = htmlFiles().flatMap((f) => {
      const { problems, policy } = scanPage(readFileSync(join(DIST, f), 'utf8'));
      return [...problems, ...(policy ? policyProblems(path(f), policy) : [])].map((p) => `${path(f)}: ${p}`);
    });
    expect(htmlFiles().length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('keeps the data whole: the page reads back exactly the hostile targets', () => {
    const html = readFileSync(join(DIST, PAGE, 'index.html'), 'utf8');
    const [script] = movedAnchors(html);
    const text = script!.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
    expect(Object.values(JSON.parse(text))).toEqual(PAYLOADS);
  });

  it('would be caught by the build test without the escaping', () => {
    const html = readFileSync(join(DIST, PAGE, 'index.html'), 'utf8');
    const [script] = movedAnchors(html);
    const escaped = script!.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
    const naive = html.replace(escaped, JSON.stringify(JSON.parse(escaped)));
    expect(naive).not.toBe(html);
    expect(scanPage(naive).problems).not.toEqual([]);
  });

  describe('in Chromium', () => {
    let server: Server;
    let url: string;
    let browser: Browser;
    beforeAll(async () => {
      ({ server, url } = await serve(DIST));
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    });

    it('runs nothing from the ledger, breaks no rule of the policy, and still follows a moved anchor', async () => {
      const context = await browser.newContext();
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          ((window as unknown as { __csp?: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      const page = await context.newPage();
      // The redirect page leads to the hostile path: answer it with 204, so the browser stays on the page.
      await page.route(
        (u) => u.pathname.startsWith('/en/%22'),
        (r) => r.fulfill({ status: 204 }),
      );
      for (const p of [PAGE]) {
        await page.goto(`${url}${p.slice(1)}`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        const state = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          csp: (window as unknown as { __csp?: string[] }).__csp ?? [],
        }));
        expect(state.pwned, p).toBeUndefined();
        expect(state.csp, p).toEqual([]);
      }
      await page.goto(`${url}${PAGE.slice(1)}#aim5`);
      await page.waitForURL((u) => u.pathname !== PAGE);
      expect(new URL(page.url()).pathname).toBe('/ja/%3C/script%3E/');
      await context.close();
    });
  });
});
