/**
 * A candidate's other reading of its country in Chromium (web38): an article with a state's own arrests and no
 * nationality is pasted; its candidate shows why no country is proposed and the state as another reading; one click on
 * that reading fills the Country field, and accepting stores the claim with it. The page stays axe-clean.
 */
import { servedLedger } from '../workspace/support';
import { axeViolations, collectConsoleErrors, describeInBrowser, screenshotOnFailure } from '../support/browser';

describeInBrowser('the other reading of a candidate country in Chromium', () => {
  const env = servedLedger();

  test('one click on the state as the reading fills the Country field; accepting stores the claim with it', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectConsoleErrors(page);
    const submit = async (action: () => Promise<void>) => {
      await Promise.all([page.waitForNavigation(), action()]);
      expect(await page.$$eval('.error-summary', (els) => els.map((e) => e.textContent))).toEqual([]);
    };
    try {
      await page.goto(env.server.base + '/workspace');
      await page.fill('#key', env.t.keys.editor);
      await submit(() => page.click('form.ws-sign-in button[type=submit]'));
      await page.fill('#doc-title', 'Arrests in Mombasa');
      await page.fill('#doc-text', 'Kenyan police arrested 14 people in Mombasa on Tuesday, a spokesman said.');
      await submit(() => page.click('form.ws-new-doc button[type=submit]'));

      const open = page.locator('#cand-c1.cand-row a.ws-open');
      if ((await open.count()) > 0) await open.click();
      const card = page.locator('#cand-c1');
      await card.locator('form.ws-cand-form').waitFor();
      await expect(card.locator('.ws-readings .hint').textContent()).resolves.toBe(
        'Proposed: no country — "Kenyan": counted by its own authorities, no nationality stated',
      );
      const country = card.locator('[name="country"]');
      expect(await country.inputValue()).toBe('');
      const state = card.getByRole('radio', { name: 'Use: Kenya — "Kenyan": the state whose authorities count their own cases' });
      expect(await axeViolations(page)).toEqual([]);
      await state.click();
      expect(await country.inputValue()).toBe('KE');
      expect(await state.isChecked()).toBe(true);
      await submit(() => card.locator('button[name="action"][value="accept"]').click());
      const claims = await env.t.db('claims').where({ value_text: '14' });
      expect(claims.map((c) => [c.metric, c.country])).toEqual([['arrested', 'KE']]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-country-readings');
      throw e;
    } finally {
      await page.close();
    }
  });
});
