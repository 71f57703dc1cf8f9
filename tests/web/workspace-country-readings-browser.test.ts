/**
 * A candidate's other reading of its country in Chromium (web38): an article with a state's own arrests and no
 * nationality is pasted; its candidate shows why no country is proposed and the state as another reading; one click on
 * that reading fills the Country field, and accepting stores the claim with it. The page stays axe-clean.
 */
import type { Page } from 'playwright-core';
import { documentProposing, saidCandidate } from '../workspace/support';
import { servedLedger } from '../workspace/served';
import { axeViolations, collectConsoleErrors, describeInBrowser, outcomeNotice, screenshotOnFailure } from '../support/browser';

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

const TEXT =
  'Kenyan police arrested 14 people in Mombasa on Tuesday, officials said.\n\nSome 40 returnees were in custody, officials said.' +
  '\n\nUgandan police arrested 9 people in Kampala, officials said.';
const [FIRST, SECOND, THIRD] = TEXT.split('\n\n');
const READING = { value: 'KE', reason: 'the state whose authorities count their own cases' };

/**
 * The readings are radios in a form whose unsaved changes the page keeps (drafts.ts): a group of radios is one field,
 * its value the checked radio's, so loading the page keeps no change, a reload rewrites none of the radios and shows
 * no "unsaved changes" notice, and "Accept all high-confidence" does not take an untouched form for one being edited.
 */
describeInBrowser('the readings of a candidate country and the kept drafts in Chromium', () => {
  let documentId: number;
  const env = servedLedger(async (t) => {
    documentId = await documentProposing(t, 'Readings and drafts', TEXT, [
      saidCandidate(TEXT, 'c1', '14', FIRST, { value: 14, metric: 'arrested', country: null, alternatives: { country: [READING] } }),
      saidCandidate(TEXT, 'c2', 'Some 40', SECOND, {
        value: 40,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'KZ',
        alternatives: { country: [{ value: 'UZ', reason: 'the nationality the text is about' }] },
      }),
      saidCandidate(TEXT, 'c3', '9', THIRD, {
        value: 9,
        metric: 'arrested',
        country: null,
        confidence: 0.4,
        alternatives: { country: [{ value: 'UG', reason: 'the state whose authorities count their own cases' }] },
      }),
    ]);
  });
  const signedIn = async (path: string) => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(env.server.base + path);
    await page.fill('#key', env.t.keys.editor);
    await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
    return page;
  };
  const go = (page: Page, action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()]);

  test('after a reload one click on a reading fills the Country field and accepting stores the claim with it', async () => {
    const review = `/workspace/documents/${documentId}`;
    const page = await signedIn(`${review}?open=c1`);
    const errors = collectConsoleErrors(page);
    try {
      const card = page.locator('#cand-c1');
      await card.locator('form.ws-cand-form').waitFor();
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
      await page.reload();
      expect(await page.locator('.ws-draft-note').count()).toBe(0);
      const keep = card.getByRole('radio', { name: 'As in the Country field' });
      const state = card.getByRole('radio', { name: 'Use: Kenya — the state whose authorities count their own cases' });
      expect([await keep.getAttribute('value'), await state.getAttribute('value')]).toEqual(['field', 'KE']);
      expect(await keep.isChecked()).toBe(true);
      await state.click();
      expect(await card.locator('[name="country"]').inputValue()).toBe('KE');
      await go(page, () => card.locator('button[name="action"][value="accept"]').click());
      expect(await outcomeNotice(page)).toMatch(/^Saved as claim \d+\.$/);
      const claims = await env.t.db('claims').where({ value_text: '14' });
      expect(claims.map((c) => [c.metric, c.country])).toEqual([['arrested', 'KE']]);
      // what was sent is done with: a fresh load of the review brings nothing back
      await page.goto(`${env.server.base}${review}?open=c2`);
      expect(await page.locator('.ws-draft-note').count()).toBe(0);
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-country-readings-drafts');
      throw e;
    } finally {
      await page.close();
    }
  }, 120_000);

  test('a reading brought back by the draft after a reload fills the Country field, whatever the draft holds; Accept stores what is shown', async () => {
    const review = `/workspace/documents/${documentId}`;
    const page = await signedIn(`${review}?open=c3`);
    const errors = collectConsoleErrors(page);
    try {
      const card = page.locator('#cand-c3');
      const country = card.locator('[name="country"]');
      const state = card.getByRole('radio', { name: 'Use: Uganda — the state whose authorities count their own cases' });
      await card.locator('form.ws-cand-form').waitFor();
      await state.click();
      expect(await country.inputValue()).toBe('UG');
      // the draft keeps the field the reading filled with the reading
      const key = await page.evaluate(() => Object.keys(sessionStorage).find((k) => k.endsWith('/candidates/c3')));
      const draft = async () => JSON.parse((await page.evaluate((k) => sessionStorage.getItem(k!), key)) ?? 'null');
      expect(Object.keys((await draft()).fields).sort()).toEqual(['country', 'use_country']);
      await page.reload();
      expect(await page.locator('#cand-c3 .ws-draft-note').count()).toBe(1);
      expect([await state.isChecked(), await country.inputValue()]).toEqual([true, 'UG']);
      // a draft holding the reading alone (as kept before the field was) still shows it in the field
      const alone = await draft();
      delete alone.fields.country;
      await page.evaluate(([k, v]) => sessionStorage.setItem(k!, v!), [key, JSON.stringify(alone)]);
      await page.reload();
      expect([await state.isChecked(), await country.inputValue()]).toEqual([true, 'UG']);
      await go(page, () => card.locator('button[name="action"][value="accept"]').click());
      expect(await outcomeNotice(page)).toMatch(/^Saved as claim \d+\.$/);
      const claims = await env.t.db('claims').where({ value_text: '9' });
      expect(claims.map((c) => [c.metric, c.country])).toEqual([['arrested', 'UG']]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-country-readings-draft-reading');
      throw e;
    } finally {
      await page.close();
    }
  }, 120_000);

  test('accepting all high-confidence candidates accepts an open form with readings left as proposed', async () => {
    const review = `/workspace/documents/${documentId}`;
    const page = await signedIn(`${review}?open=c2`);
    const errors = collectConsoleErrors(page);
    try {
      await page.locator('#cand-c2 form.ws-cand-form').waitFor();
      await page.reload();
      await go(page, () => page.click(`form[action^="${review}/accept-high"] button`));
      expect(await outcomeNotice(page)).toMatch(/^[12] accepted$/);
      const claims = await env.t.db('claims').where({ value_text: 'Some 40' });
      expect(claims.map((c) => [c.metric, c.country])).toEqual([['returnees', 'KZ']]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-country-readings-accept-high');
      throw e;
    } finally {
      await page.close();
    }
  }, 120_000);
});
