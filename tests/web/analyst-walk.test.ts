import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { axeViolations, collectConsoleErrors, describeInBrowser, launchBrowser, screenshotOnFailure } from '../support/browser';

/**
 * Issue 10, Tests: the analyst's whole path over the seed data, by the pages' own links and the keyboard —
 * search "Kazakh" → the country page → sources compared → the timeline → a claim page. Only the first URL is typed.
 */
describeInBrowser('the analyst walk in Chromium: search → country → sources compared → timeline → claim', () => {
  let t: TestApp;
  let server: Listening;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    server = await listen(t.app);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await t?.drop();
  });

  /** Presses Tab until the focused element satisfies `test` (run in the page); returns whether it got there. */
  async function tabUntil(page: Page, test: string, limit = 80): Promise<boolean> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(test)) return true;
    }
    return false;
  }

  /** Follows a link on the page (by the keyboard when `byKeyboard`), waiting for the next page to settle. */
  async function follow(page: Page, link: ReturnType<Page['locator']>, url: RegExp, byKeyboard = false): Promise<void> {
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    if (byKeyboard) {
      await link.focus();
      await Promise.all([page.waitForURL(url), page.keyboard.press('Enter')]);
    } else {
      await Promise.all([page.waitForURL(url), link.click()]);
    }
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(href);
  }

  /** What every page on the walk must pass: no axe violation and, so far, no console or CSP error. */
  async function pageIsClean(page: Page, errors: string[]): Promise<void> {
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }

  test('the analyst follows the figures for Kazakhstan from a search to a claim, by links and the keyboard', async () => {
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    let step = 'home';
    try {
      // 1. Search: the only typed URL. Tab to the search field, type, submit with Enter.
      const res = await page.goto(server.base + '/');
      expect(res?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      await pageIsClean(page, errors);
      expect(await tabUntil(page, "document.activeElement?.id === 'q'", 15)).toBe(true);
      await page.keyboard.type('Kazakh');
      await Promise.all([page.waitForURL(/\?q=Kazakh/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('networkidle');
      step = 'search';
      expect(await page.locator('table.claims tbody tr').count()).toBe(4);
      expect(await page.locator('table.claims mark').first().textContent()).toBe('Kazakh');
      expect(await page.locator('table.claims a.figure', { hasText: 'over 300' }).count()).toBe(1);
      await pageIsClean(page, errors);

      // 2. From a result, its country: the link beside the figure.
      const country = page.locator('table.claims a.country[href="/countries/KZ"]').first();
      expect(await country.textContent()).toBe('Kazakhstan');
      await follow(page, country, /\/countries\/KZ$/, true);
      step = 'country';
      expect(await page.locator('h1').textContent()).toBe('Kazakhstan');
      expect(await page.locator('section#metric-foreign_fighters svg a.mark').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('section#metric-women svg a.mark').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Central Asia' }).count()).toBe(1);
      await pageIsClean(page, errors);

      // 3. Sources compared for foreign fighters.
      await follow(page, page.locator('section#metric-foreign_fighters a[href^="/compare/sources"]').first(), /\/compare\/sources\?/);
      step = 'sources';
      expect(new URL(page.url()).searchParams.get('country')).toBe('KZ');
      expect(new URL(page.url()).searchParams.get('metric')).toBe('foreign_fighters');
      expect(await page.locator('svg a.mark').count()).toBe(2);
      expect(await page.locator('svg a.mark[data-shape="arrow-up"][data-base="open"]').getAttribute('href')).toBe('/claims/2');
      expect(await page.locator('svg a.mark[data-shape="arrow-up"]').getAttribute('aria-label')).toContain('over 300');
      expect(await page.locator('svg a.mark[data-shape="whiskers"]').getAttribute('href')).toBe('/claims/1');
      // The vague "hundreds of" is not drawn on the scale: it is listed apart, still a link.
      const vague = page.locator('.vague-list li[data-shape="vague"] a');
      expect(await vague.getAttribute('href')).toBe('/claims/4');
      expect(await page.locator('svg a.mark[href="/claims/4"]').count()).toBe(0);
      // Tab from the top lands on a mark; the script writes its text equivalent under the chart.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await tabUntil(page, "document.activeElement?.matches('svg a.mark') ?? false", 60)).toBe(true);
      const focusedName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focusedName).toBeTruthy();
      expect(await page.locator('figure.chart-sources .mark-readout').textContent()).toBe(focusedName);
      await pageIsClean(page, errors);

      // 4. The timeline, from the sources page's own link.
      await follow(page, page.getByRole('link', { name: 'Every figure over time' }), /\/compare\/timeline\?/);
      step = 'timeline';
      expect(new URL(page.url()).searchParams.get('country')).toBe('KZ');
      const arrow = page.locator('svg a.mark[data-shape="arrow-up"]');
      expect(await arrow.getAttribute('href')).toBe('/claims/2');
      expect(await page.locator('svg a.mark[data-shape="whiskers"]').getAttribute('href')).toBe('/claims/1');
      expect(await page.locator('.vague-list li[data-shape="vague"] a').getAttribute('href')).toBe('/claims/4');
      expect(await page.locator('svg a.mark[href="/claims/4"]').count()).toBe(0);
      await pageIsClean(page, errors);

      // 5. Tab to the "over 300" mark and open it with Enter: the claim page.
      expect(await tabUntil(page, 'document.activeElement?.matches(\'svg a.mark[data-shape="arrow-up"]\') ?? false', 80)).toBe(true);
      await Promise.all([page.waitForURL(/\/claims\/2$/), page.keyboard.press('Enter')]);
      await page.waitForLoadState('networkidle');
      step = 'claim';
      expect(await page.locator('blockquote.in-context mark').first().textContent()).toBe(
        'The chairman of the Kazakh National Security Committee (KNB), Nurtai Abykaev, said that "over 300" Kazakh militants in Islamic State had formed their own jamaat (fighting unit).',
      );
      const button = page.locator('button[data-copy-target="citation-text"]');
      expect(await button.isVisible()).toBe(true);
      const before = await button.textContent();
      expect(before).toBe('Copy Plain text');
      await button.click();
      await page.waitForFunction(
        () => document.querySelector('button[data-copy-target="citation-text"]')?.textContent === 'Copied Plain text',
      );
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#citation-text').textContent());
      await pageIsClean(page, errors);
    } catch (e) {
      await screenshotOnFailure(page, `analyst-walk-${step}`);
      throw e;
    } finally {
      await page.close();
    }
  });
});
