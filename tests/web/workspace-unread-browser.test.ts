/**
 * The sentences the extractor did not read (READ_BOUNDS) on a review in Chromium: the notice says so and links to each,
 * the link moves the focus to its frame in the text, the frame's words can be selected to start a claim by hand, and the
 * page is axe-clean in the light and the dark theme; without script the notice, its link and the frame are the same.
 */
import { READ_BOUNDS } from '../../src/extract/extract';
import { servedLedger } from '../workspace/served';
import { axeViolations, collectConsoleErrors, describeInBrowser, screenshotOnFailure, selectWords } from '../support/browser';

// (joined by "and": no line break, semicolon or comma to cut the sentence at, so it stays past the bounds, unread)
const many = Array.from({ length: READ_BOUNDS.sentenceNumbers + 5 }, (_, i) => `region ${i + 1} had ${i + 10}`).join(' and ');
const LIST = `The counts were ${many}.`;
const TEXT = `Some 300 Kazakhs left for Syria, officials said. ${LIST} About 150 women followed them, the ministry said.`;

describeInBrowser('the unread sentences of a review in Chromium', () => {
  const env = servedLedger();

  test('the notice links to the framed sentence, whose words start a claim by hand; axe-clean, light and dark', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(env.server.base + '/workspace');
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.click('form.ws-sign-in button[type=submit]')]);
      await page.fill('#doc-title', 'A long list');
      await page.fill('#doc-text', TEXT);
      await Promise.all([page.waitForNavigation(), page.click('form.ws-new-doc button[type=submit]')]);
      await expect(page.locator('#unread-h').textContent()).resolves.toBe('1 sentence not read');
      expect(await page.locator('#unread-1').textContent()).toBe(LIST);
      expect(await page.locator('#unread-1 mark').count()).toBe(0);
      // a frame by its border's style, not its colour alone
      expect(await page.$eval('#unread-1', (el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
      expect(await axeViolations(page)).toEqual([]);
      await page.click('#unread a[href="#unread-1"]');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('unread-1');
      const words = 'region 3 had 12 and region 4 had 13';
      await selectWords(page, 'ws-text', words);
      const use = page.locator('button.ws-use-selection');
      await use.waitFor({ state: 'visible' });
      await use.click();
      expect(await page.inputValue('#manual-quote')).toBe(words);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-unread');
      throw e;
    } finally {
      await page.close();
    }
  });

  test('without script the notice and the frame are there, its link leads to the frame, and nothing scrolls sideways at 375 px', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(env.server.base + '/workspace');
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.click('form.ws-sign-in button[type=submit]')]);
      await page.fill('#doc-title', 'A long list, without script');
      // (another text: the ledger holds the first one already)
      await page.fill('#doc-text', `${TEXT} So it was reported.`);
      await Promise.all([page.waitForNavigation(), page.click('form.ws-new-doc button[type=submit]')]);
      expect(await page.locator('#unread li').count()).toBe(1);
      expect(await page.locator('#unread-1').textContent()).toBe(LIST);
      await page.click('#unread a[href="#unread-1"]');
      expect(page.url()).toMatch(/#unread-1$/);
      // (axe is run with script: it is injected as script; the markup is the server's either way)
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-unread-no-script');
      throw e;
    } finally {
      await context.close();
    }
  });
});
