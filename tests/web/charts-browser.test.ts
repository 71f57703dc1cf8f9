import type { Page } from 'playwright-core';
import request from 'supertest';
import { seedClaimBody } from '../support/seedClaim';
import {
  axeViolations,
  collectConsoleErrors,
  describeInBrowser,
  readmeScreenshot,
  screenshotOnFailure,
  servedInBrowser,
} from '../support/browser';

describeInBrowser('the chart pages in Chromium', () => {
  /** Turkey's foreign fighters: 240 figures of five claimants over eight years, a month or two apart (none in the seed). */
  const CROWDED = 240;
  const served = servedInBrowser({
    seed: true,
    prepare: async (t) => {
      for (let i = 0; i < CROWDED; i += 24)
        await Promise.all(
          Array.from({ length: 24 }, async (_, k) => {
            const n = i + k;
            const value = 800 + ((n * 7919) % 4200);
            const body = seedClaimBody({
              country: 'TR',
              claimant_id: 2 + (n % 5),
              value,
              value_text: value.toLocaleString('en'),
              as_of: `${2012 + Math.floor(n / 30)}-${String((n % 12) + 1).padStart(2, '0')}`,
            });
            await request(t.app).post('/v1/claims').set(t.as.editor).send(body).expect(201);
          }),
        );
    },
  });

  /** Opens a page, runs the checks every chart page must pass, then the page's own; `readme`: its shot is the README's. */
  async function visit(name: string, url: string, check: (page: Page) => Promise<void>, readme = true): Promise<void> {
    const page = await served.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors = collectConsoleErrors(page);
    try {
      const res = await page.goto(served.server.base + url);
      expect(res?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      await check(page);
      expect(errors).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      if (readme) await readmeScreenshot(page, name, { fullPage: true });
    } catch (e) {
      await screenshotOnFailure(page, name);
      throw e;
    } finally {
      await page.close();
    }
  }

  test('sources compared: marks with shapes and links, reachable by keyboard', async () => {
    await visit('sources', '/compare/sources?country=KZ&metric=foreign_fighters', async (page) => {
      const marks = page.locator('svg a.mark');
      expect(await marks.count()).toBe(2);
      expect(await page.locator('svg a.mark[data-shape="arrow-up"][data-base="open"]').getAttribute('href')).toBe('/claims/2');
      expect(await page.locator('svg a.mark[data-shape="whiskers"]').getAttribute('href')).toBe('/claims/1');
      expect(await page.locator('.vague-list li[data-shape="vague"] a').getAttribute('href')).toBe('/claims/4');
      // Tab from the top of the page until focus lands on a mark: the marks are in the tab order.
      let focused = '';
      for (let i = 0; i < 40 && !focused.startsWith('mark'); i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(
          () => (document.activeElement?.getAttribute('class') ?? '') + ' ' + (document.activeElement?.getAttribute('href') ?? ''),
        );
      }
      expect(focused).toMatch(/^mark mark-\S+ \/claims\/\d+$/);
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(name).toMatch(/Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS/);
      // The script writes the focused mark's text equivalent under the chart, for sighted keyboard users.
      expect(await page.locator('figure.chart-sources .mark-readout').textContent()).toBe(name);
    });
  });

  test('timeline: the superseded figure hollow with an arrow to its successor', async () => {
    await visit('timeline', '/compare/timeline?country=RU&metric=foreign_fighters', async (page) => {
      expect(await page.locator('svg a.mark[data-superseded="true"]').getAttribute('href')).toBe('/claims/5');
      expect(await page.locator('svg line.succession[data-from="5"][data-to="6"]').count()).toBe(1);
      expect(await page.locator('svg text.change').first().textContent()).toBe('+400 (+36.4%)');
    });
  });

  test('a timeline of hundreds of figures: no label printed over another, as Chromium lays out the text', async () => {
    await visit(
      'timeline-crowded',
      '/compare/timeline?country=TR&metric=foreign_fighters',
      async (page) => {
        expect(await page.locator('svg a.mark').count()).toBe(CROWDED);
        const overlaps = await page.$$eval('svg text.change, svg text.series-label', (texts) => {
          const boxes = texts.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
          return boxes.flatMap((a, i) =>
            boxes
              .slice(i + 1)
              .filter(({ box: b }) => a.box.left < b.right && b.left < a.box.right && a.box.top < b.bottom && b.top < a.box.bottom)
              .map((b) => `${a.text} × ${b.text}`),
          );
        });
        expect(overlaps).toEqual([]);
        expect(await page.locator('svg text.change').count()).toBeGreaterThan(0);
      },
      false,
    );
  });

  test('countries side by side: the map and the bars', async () => {
    await visit('countries', '/compare/countries?metric=foreign_fighters&country=Central%20Asia', async (page) => {
      expect(await page.locator('svg.map a.map-country[data-country="KZ"]').getAttribute('href')).toBe('/countries/KZ');
      expect(await page.locator('svg.map path.nodata[data-country="KG"]').count()).toBe(1);
      expect(await page.locator('.chart-countries svg a.mark[data-shape="arrow-up"]').getAttribute('href')).toBe('/claims/2');
    });
  });

  test('country page: a small timeline per metric, the regions it belongs to', async () => {
    await visit('country', '/countries/Kazakh', async (page) => {
      expect(await page.locator('h1').textContent()).toBe('Kazakhstan');
      expect(await page.locator('section#metric-foreign_fighters svg a.mark').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('section#metric-women svg a.mark').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Central Asia' }).count()).toBe(1);
    });
  });
});
