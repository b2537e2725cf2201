import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('copying a permalink', () => {
  it("copies the measure's permalink, and a citation with both titles and the date of access", async () => {
    const context = await session().browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session().url });
    const page = await context.newPage();
    await page.goto(`${session().url}ja/strategies/shizuoka-2017/measures/inbound-tourism/`);
    await page.click('button[data-copy="url"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://strategies.example.jp/ja/strategies/shizuoka-2017/measures/inbound-tourism/',
    );
    expect(await page.textContent('[data-status]')).toBe('コピーしました');
    await page.click('button[data-copy="citation"]');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('静岡市地域外交基本方針 施策ア 訪日外国人観光客の誘致');
    expect(citation).toContain('Shizuoka City Basic Policy on Regional Diplomacy, Measure ア: ');
    expect(citation).toContain('https://strategies.example.jp/ja/strategies/shizuoka-2017/measures/inbound-tourism/');
    expect(citation).toMatch(/参照日 \d{4}-\d{2}-\d{2}\)$/);
    await context.close();
  });

  it('shows the permalink as text without JavaScript', async () => {
    const context = await session().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session().url}en/strategies/tokyo-2014/measures/no-1/`);
    expect(await page.locator('copy-buttons [data-fallback]').textContent()).toContain(
      'https://strategies.example.jp/en/strategies/tokyo-2014/measures/no-1/',
    );
    expect(await page.locator('button[data-copy="url"]').isVisible()).toBe(false);
    await context.close();
  });
});
