import { axeViolations, collectConsoleErrors, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

describeInBrowser('the home page in Chromium', () => {
  const served = servedInBrowser({ seed: true });

  test('loads its script under the CSP with no console error and no axe violation', async () => {
    const page = await served.browser.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(served.server.base + '/');
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
