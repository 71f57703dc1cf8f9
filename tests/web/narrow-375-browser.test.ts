import request from 'supertest';
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotOnFailure, selectWords, servedInBrowser, SEEDED_PAGES } from '../support/browser';

/** An article longer than a phone's screen, with figures at its start. */
const TEXT = [
  'The agency said that over 300 militants had left.',
  'A later report put the number of women among them at around 150.',
  ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the report tells of the region's history, with no figure in it.`),
].join('\n\n');

/**
 * Every page on a 375 px phone: the page never scrolls sideways, a table wider than the page scrolls in its own box,
 * and every control is in view once focused (tabbed to). And the review's "start a claim from the selected words"
 * button, which came after the whole text, out of view of words selected at its start at 360–800 px.
 */
describeInBrowser('every page at 375 px', () => {
  let documentId: number;
  let claimId: number;
  const served = servedInBrowser({
    seed: true,
    prepare: async (t) => {
      documentId = (await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Phone', text: TEXT }).expect(201)).body.id;
      claimId = 1;
    },
  });

  const signIn = async (page: Page) => {
    await page.goto(`${served.server.base}/sign-in`);
    await page.fill('#key', served.t.keys.editor);
    await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
  };

  /** What does not fit: the page's width, tables wider than the page outside a box of their own, controls out of view when focused. */
  const misfits = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const tables = [...document.querySelectorAll('main table')]
        .filter((t) => t.getBoundingClientRect().width > width && !t.closest('.table-wrap'))
        .map((t) => t.querySelector('caption')?.textContent ?? 'table');
      const controls = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex="0"]'),
      ].filter((e) => e.getClientRects().length > 0 && !e.closest('[hidden], details:not([open]) > :not(summary)'));
      const unseen: string[] = [];
      for (const control of controls) {
        control.focus();
        if (document.activeElement !== control) continue;
        const r = control.getBoundingClientRect();
        // In view: inside the viewport across, and some of it within it down (a text pane taller than the screen is in
        // view); a control wider than the page (a chart's row, its link) at least partly.
        const across = r.width > width ? r.right > 0 && r.left < width : r.left >= -0.5 && r.right <= width + 0.5;
        if (!across || r.bottom <= 0 || r.top >= window.innerHeight)
          unseen.push(
            `${control.tagName.toLowerCase()}${control.id ? `#${control.id}` : ''} ${(control.textContent ?? '').trim().slice(0, 30)} [${Math.round(r.left)}, ${Math.round(r.right)}]${control.closest('svg') ? ' in a drawing' : ''}`,
          );
      }
      (document.activeElement as HTMLElement | null)?.blur();
      return { scroll: document.documentElement.scrollWidth, tables, unseen: unseen.slice(0, 8), controls: controls.length > 0 };
    });

  test('no page scrolls sideways, tables scroll in their own box, every control is in view when focused', async () => {
    const page = await served.browser.newPage({ viewport: { width: 375, height: 667 } });
    const pages = [
      '/',
      '/?q=women&country=KZ',
      `/claims/${claimId}`,
      ...SEEDED_PAGES,
      '/no-such-page',
      '/sign-in',
      '/workspace',
      `/workspace/documents/${documentId}`,
      '/workspace/documents/1',
      `/workspace/claims/${claimId}/edit`,
      `/workspace/claims/${claimId}/retract`,
    ];
    try {
      for (const path of pages) {
        if (path === '/workspace') await signIn(page);
        await page.goto(served.server.base + path);
        expect({ path, ...(await misfits(page)) }).toEqual({ path, scroll: 375, tables: [], unseen: [], controls: true });
      }
    } catch (e) {
      await screenshotOnFailure(page, 'pages-375');
      throw e;
    } finally {
      await page.close();
    }
  });

  test.each([360, 375, 600, 800, 1280])('at %i px the button that starts a claim from selected words is in view', async (width) => {
    const page = await served.browser.newPage({ viewport: { width, height: 700 } });
    try {
      await signIn(page);
      await page.goto(`${served.server.base}/workspace/documents/${documentId}`);
      await page.locator('#ws-text').scrollIntoViewIfNeeded();
      await selectWords(page, 'ws-text', 'over 300 militants');
      const button = page.locator('.ws-use-selection');
      await button.waitFor({ state: 'visible' });
      const seen = await button.evaluate((b) => {
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { inView: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth, onTop: hit === b };
      });
      expect(seen).toEqual({ inView: true, onTop: true });
      await button.click();
      expect(await page.inputValue('#manual-quote')).toBe('over 300 militants');
    } catch (e) {
      await screenshotOnFailure(page, `selection-${width}`);
      throw e;
    } finally {
      await page.close();
    }
  });
});
