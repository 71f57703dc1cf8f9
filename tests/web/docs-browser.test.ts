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
});
