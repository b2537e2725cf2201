import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE } from '../../src/lib/site-url.mjs';
import { useBrowser } from './browser';

const session = useBrowser();
const MEASURE = 'ja/strategies/shizuoka-2017/measures/inbound-tourism/';

async function clipboardPage() {
  const context = await session().browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session().url });
  return { context, page: await context.newPage() };
}

describe('copying a permalink', () => {
  it('copies the address the reader is at, and a citation with both titles, that address and the date of access', async () => {
    const { context, page } = await clipboardPage();
    await page.goto(`${session().url}${MEASURE}`);
    await page.click('button[data-copy="url"]');
    // The origin the page was read at (a mirror, a preview, this test's server), not the placeholder.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session().url}${MEASURE}`);
    expect(await page.textContent('[data-status]')).toBe('コピーしました');
    await page.click('button[data-copy="citation"]');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('静岡市地域外交基本方針 施策ア 訪日外国人観光客の誘致');
    expect(citation).toContain('Shizuoka City Basic Policy on Regional Diplomacy, Measure ');
    expect(citation).toContain(`. ${session().url}${MEASURE} (`);
    expect(citation).not.toContain(PLACEHOLDER_SITE);
    expect(citation).toMatch(/参照日 \d{4}-\d{2}-\d{2}\)$/);
    await context.close();
  });

  it('keeps the fragment of the KPI row the reader opened, and of the paragraph whose link they followed', async () => {
    const { context, page } = await clipboardPage();
    await page.goto(`${session().url}${MEASURE}#kpi-foreign-guest-nights`);
    await page.click('button[data-copy="url"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${session().url}${MEASURE}#kpi-foreign-guest-nights`);
    await page.locator('a.block-anchor[href="#policy-p2"]').evaluate((a: HTMLAnchorElement) => a.click());
    await page.click('button[data-copy="citation"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${session().url}${MEASURE}#policy-p2 (`);
    await context.close();
  });

  it('shows the permalink from SITE_URL as text without JavaScript', async () => {
    const context = await session().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session().url}en/strategies/tokyo-2014/measures/no-1/`);
    expect(await page.locator('copy-buttons [data-fallback]').textContent()).toContain(
      `${PLACEHOLDER_SITE}/en/strategies/tokyo-2014/measures/no-1/`,
    );
    expect(await page.locator('button[data-copy="url"]').isVisible()).toBe(false);
    await context.close();
  });
});
