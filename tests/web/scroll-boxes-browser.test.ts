import request from 'supertest';
import type { TestApp } from '../support/app';
import { axeViolations, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

const ids = { claim: 0 };

/** A seed claim edited three times: its history holds three tables of changes, each in its box. */
async function prepare(t: TestApp): Promise<void> {
  ids.claim = (await t.db('claims').where({ key: 'rferl-26698040/fsb-ru-fighters-1500' }).first('id')).id;
  for (const notes of ['first note', 'second note', 'third note']) {
    const now = await request(t.app).get(`/v1/claims/${ids.claim}`).expect(200);
    await request(t.app)
      .patch(`/v1/claims/${ids.claim}`)
      .set(t.as.editor)
      .set('If-Match', now.headers.etag)
      .send({ notes, reason: `adds ${notes}` })
      .expect(200);
  }
}

/** Each table box of the page: whether the keyboard stops on it, its role, and whether it scrolls. */
const boxesOf = (page: import('playwright-core').Page) =>
  page.$$eval('.table-wrap', (boxes) =>
    boxes.map((b) => ({
      tabbable: b.getAttribute('tabindex') === '0',
      role: b.getAttribute('role'),
      scrolls: b.scrollWidth > b.clientWidth,
    })),
  );

describeInBrowser('a table box is a stop of the keyboard and a landmark only while it scrolls, in Chromium', () => {
  const served = servedInBrowser({ seed: true, prepare });

  test('a claim history of fitting tables adds no stop before the citations; a table wider than a phone keeps its stop', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${served.server.base}/claims/${ids.claim}`);
      await page.waitForLoadState('networkidle');
      const history = await boxesOf(page);
      expect(history).toHaveLength(3);
      expect(history).toEqual(history.map(() => ({ tabbable: false, role: 'group', scrolls: false })));
      // From the history's heading (a click sets where Tab starts) the next stop is the first citation's copy button.
      await page.locator('#history').click();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-copy-target'))).toBe('citation-text');
      expect(await axeViolations(page)).toEqual([]);

      // At 320 px the sources table scrolls in its box: the keyboard stops on it, a named region; at 1280 px it fits.
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${served.server.base}/compare/sources?country=KZ&metric=foreign_fighters`);
      await page.waitForLoadState('networkidle');
      expect(await boxesOf(page)).toEqual([{ tabbable: true, role: 'region', scrolls: true }]);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForFunction(() => !document.querySelector('.table-wrap')?.hasAttribute('tabindex'));
      expect(await boxesOf(page)).toEqual([{ tabbable: false, role: 'group', scrolls: false }]);
      await page.setViewportSize({ width: 320, height: 800 });
      await page.waitForFunction(() => document.querySelector('.table-wrap')?.getAttribute('tabindex') === '0');
      expect(await axeViolations(page)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'scroll-boxes');
      throw e;
    } finally {
      await context.close();
    }
  });

  test('without script every box keeps its stop and its region', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${served.server.base}/claims/${ids.claim}`);
      expect((await boxesOf(page)).map(({ tabbable, role }) => ({ tabbable, role }))).toEqual(
        [1, 2, 3].map(() => ({ tabbable: true, role: 'region' })),
      );
    } finally {
      await context.close();
    }
  });
});
