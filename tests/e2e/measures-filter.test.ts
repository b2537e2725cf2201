import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('the list of all measures', () => {
  it('lists every measure without JavaScript', async () => {
    const context = await session().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session().url}en/measures/`);
    const visible = await page.locator('li.measure-card:visible').count();
    expect(visible).toBeGreaterThan(150);
    expect(await page.locator('form.measure-filter').isVisible()).toBe(false);
    await context.close();
  });

  it('filters by theme and country with JavaScript, keeping the count right', async () => {
    const page = await session().browser.newPage();
    await page.goto(`${session().url}ja/measures/`);
    const all = await page.locator('li.measure-card:visible').count();
    await page.selectOption('select[name="region"]', 'taiwan');
    const taiwan = await page.locator('li.measure-card:visible').count();
    expect(taiwan).toBeGreaterThan(0);
    expect(taiwan).toBeLessThan(all);
    // Every remaining measure targets Taiwan.
    const regions = await page
      .locator('li.measure-card:visible')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.regions ?? ''));
    expect(regions.every((r) => r.split(' ').includes('taiwan'))).toBe(true);
    expect(await page.textContent('output[name="count"]')).toBe(String(taiwan));
    await page.selectOption('select[name="theme"]', 'tourism');
    const both = await page.locator('li.measure-card:visible').count();
    expect(both).toBeLessThanOrEqual(taiwan);
    await page.close();
  });
});
