import request from 'supertest';
import type { Page } from 'playwright-core';
import { axeViolations, describeInBrowser, screenshotOnFailure, servedInBrowser, SEEDED_PAGES } from '../support/browser';

/**
 * The dark theme (prefers-color-scheme: dark, src/web/assets/style.css): the main pages and the workspace's review
 * in a browser that asks for it are light on dark, their drawings inverted with them, the focus ring and the review's
 * highlights in the dark palette, and axe-core (WCAG A and AA, contrast included) finds nothing.
 */
describeInBrowser('the dark theme', () => {
  const served = servedInBrowser({ seed: true });
  const TEXT = 'Officials said over 300 Kazakhs had gone to fight. The agency counted about 150 women among them.';

  const pages = ['/', '/?q=women', '/?as_recorded=2026-01-01T00:00:00Z', '/claims/1', ...SEEDED_PAGES, '/sign-in'];

  /** The page's background, the colour of its text, and the drawings' filter. */
  const look = (page: Page) =>
    page.evaluate(() => {
      const drawing = document.querySelector('main svg');
      return {
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        drawing: drawing ? getComputedStyle(drawing).filter : 'none',
      };
    });
  const DARK = { background: 'rgb(18, 18, 18)', text: 'rgb(232, 232, 232)' };

  test('every main page is light on dark, its charts inverted with it, and axe passes', async () => {
    const page = await served.browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      for (const path of pages) {
        const res = await page.goto(served.server.base + path);
        expect({ path, status: res?.status() }).toEqual({ path, status: 200 });
        const seen = await look(page);
        expect({ path, ...seen }).toMatchObject({ path, ...DARK });
        if (/compare|countries/.test(path))
          expect({ path, drawing: seen.drawing }).toEqual({ path, drawing: 'invert(1) hue-rotate(180deg)' });
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      }
    } catch (e) {
      await screenshotOnFailure(page, 'dark-pages');
      throw e;
    } finally {
      await page.close();
    }
  });

  test('the workspace review, its highlights and its focus ring are dark too, and axe passes', async () => {
    const doc = await request(served.t.app)
      .post('/v1/documents')
      .set(served.t.as.editor)
      .send({ title: 'Dark review', text: TEXT })
      .expect(201);
    const page = await served.browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await page.goto(`${served.server.base}/workspace/documents/${doc.body.id}`);
      await page.fill('#key', served.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      expect(new URL(page.url()).pathname).toBe(`/workspace/documents/${doc.body.id}`);
      expect(await look(page)).toMatchObject(DARK);
      // A candidate's highlight, and the focus ring, in the dark palette.
      const mark = await page.evaluate(() => getComputedStyle(document.querySelector('mark.cand-mark')!).backgroundColor);
      expect(mark).toBe('rgb(77, 66, 0)');
      await page.focus('#manual-quote');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor)).toBe('rgb(255, 159, 74)');
      expect(await axeViolations(page)).toEqual([]);
      // A refused form: its errors too.
      await page.$eval('#cand-manual form', (f) => ((f as HTMLFormElement).noValidate = true));
      await Promise.all([page.waitForNavigation(), page.click('#cand-manual button[value="accept"]')]);
      expect(await axeViolations(page)).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'dark-review');
      throw e;
    } finally {
      await page.close();
    }
  });
});
