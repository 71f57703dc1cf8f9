import type { Browser } from 'playwright-core';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { axeViolations, collectConsoleErrors, describeInBrowser, launchBrowser, screenshotOnFailure } from '../support/browser';

describeInBrowser('the home page in Chromium', () => {
  let t: TestApp;
  let server: Listening;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    server = await listen(t.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await t?.drop();
  });

  test('loads its script under the CSP with no console error and no axe violation', async () => {
    const page = await browser.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(server.base + '/');
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').textContent()).toBe('Claims ledger');
      expect(errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'home');
      throw e;
    } finally {
      await page.close();
    }
  });
});
