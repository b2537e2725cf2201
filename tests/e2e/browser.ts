/** Serves dist/ on loopback and drives Debian's Chromium with playwright-core, for the browser tests. */
import { launchChromium } from '../../scripts/chromium';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { serve } from '../../scripts/serve';
import { AXE_TAGS } from '../../src/lib/accessibility';

export interface Session {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function start(): Promise<Session> {
  const { server, url } = await serve(process.env.SITE_OUT_DIR ?? 'dist');
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
  } catch (e) {
    server.close();
    throw e;
  }
  return {
    browser,
    url,
    async close() {
      await browser?.close();
      await new Promise<void>((ok) => (server as Server).close(() => ok()));
    },
  };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core on the page with the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA (axe tags its
 * WCAG 2.2 rules, such as target-size, with wcag22aa); returns the violations.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses an
  // injected <script>, and the test must not weaken it.
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, AXE_TAGS);
}

/**
 * Starts the server and the browser for a test file and closes them after it; returns the session
 * (read it inside tests, once beforeAll has run).
 */
export function useBrowser(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await start();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
}

/**
 * Collects every Content-Security-Policy violation (directive and blocked URI) on every page the
 * context opens, as it happens: the returned list grows while the test runs.
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return violations;
}
