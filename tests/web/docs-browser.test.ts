import { axeViolations, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

describeInBrowser('the API reference at /docs in Chromium', () => {
  const served = servedInBrowser();

  test('passes axe-core (WCAG 2.2 AA, colour contrast included)', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(served.server.base + '/docs');
      expect(await axeViolations(page)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'docs');
      throw e;
    } finally {
      await page.close();
    }
  });

  test('is whole with JavaScript off: every endpoint and schema is there to read', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(served.server.base + '/docs');
      expect(await page.locator('h1').textContent()).toMatch(/API$/);
      const endpoints = await page.locator('article h3 code').allTextContents();
      expect(endpoints).toEqual(expect.arrayContaining(['/v1/claims', '/v1/claims/{id}', '/v1/compare/sources', '/v1/export/claims']));
      expect(await page.locator('section[id^="schema-"]').count()).toBeGreaterThan(5);
      expect(await page.locator('script').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('reads at a phone width: no sideways scroll at 320 px, a skip link first, a way back to the ledger', async () => {
    const context = await served.browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true });
    const page = await context.newPage();
    try {
      await page.goto(served.server.base + '/docs');
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths).toEqual({ scroll: 320, client: 320 });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      expect(await page.locator('nav a[href="/"]').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'docs-320');
      throw e;
    } finally {
      await context.close();
    }
  });
});
