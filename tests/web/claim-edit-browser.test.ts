import request from 'supertest';
import { seedClaimBody } from '../support/seedClaim';
import { axeViolations, collectConsoleErrors, describeInBrowser, screenshotOnFailure, servedInBrowser } from '../support/browser';

/** An editor corrects a claim from its page, sees the correction in its history, then retracts it, with plain forms. */
describeInBrowser('editing and retracting a claim in Chromium', () => {
  const env = servedInBrowser({ seed: true });

  test('sign in, open the claim, edit it, see the new revision in its history, retract it, see the notice', async () => {
    // a relation made by mistake (walk49: accept-all made one), to remove with the correction (web50)
    const created = await request(env.t.app)
      .post('/v1/claims')
      .set(env.t.as.editor)
      .send(seedClaimBody({ relations: [{ type: 'contradicts', claim_id: 1 }] }))
      .expect(201);
    const id = created.body.id as number;
    const page = await env.browser.newPage();
    const errors = collectConsoleErrors(page);
    const go = (action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()]);
    try {
      // Anonymous, the claim's page offers neither Edit nor Retract.
      await page.goto(`${env.server.base}/claims/${id}`);
      expect(await page.locator('.claim-actions').count()).toBe(0);

      await page.goto(`${env.server.base}/sign-in`);
      await page.fill('#key', env.t.keys.editor);
      await go(() => page.press('#key', 'Enter'));
      await page.goto(`${env.server.base}/claims/${id}`);
      expect(await axeViolations(page)).toEqual([]);

      // Edit: the form holds the claim as it is; a form sent without a reason and with a word for a number comes
      // back with its errors, focused, the input kept.
      await go(() => page.click('.claim-actions a[href$="/edit"]'));
      expect(await page.inputValue('#edit-value')).toBe('40');
      expect(await page.inputValue('#edit-claimant')).toBe('actor:4');
      expect(await page.inputValue('#edit-rel_type_0')).toBe('contradicts');
      expect(await page.inputValue('#edit-rel_target_0')).toBe('claim:1');
      expect(await axeViolations(page)).toEqual([]);
      await page.fill('#edit-value', 'forty-five');
      // The browser would not send a required field left empty: the server's refusal is what is tested here.
      await page.$eval('#edit-reason', (el) => el.removeAttribute('required'));
      await go(() => page.click('button[type="submit"]:has-text("Save the changes")'));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-errors');
      expect(await page.locator('#edit-errors li').allTextContents()).toEqual([
        'Value: must be a number such as 1500 or 1,500',
        'Reason for the change: must be filled in: say why the claim changes',
      ]);
      expect(await page.inputValue('#edit-value')).toBe('forty-five');
      expect(await axeViolations(page)).toEqual([]);

      await page.fill('#edit-value', '45');
      await page.fill('#edit-value_text', '45');
      await page.fill('#edit-reason', 'The report says 45, not 40.');
      await page.selectOption('#edit-rel_type_0', '');
      await go(() => page.click('button[type="submit"]:has-text("Save the changes")'));
      expect(new URL(page.url()).pathname).toBe(`/claims/${id}`);
      // The outcome is said once: the notice has the focus, the status region says it, and the address no longer
      // holds its parameter, so a reload does not say it again.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcome');
      await page.waitForFunction(() => document.getElementById('announcer')?.textContent !== '');
      expect(await page.locator('#announcer').textContent()).toBe(
        'Your correction is saved as revision 2 of the claim: 1 relation removed. See it in the history',
      );
      expect(new URL(page.url()).search).toBe('');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#history');
      const edit = page.locator('ol.revisions > li', { hasText: 'Edited' });
      expect(await edit.locator('p').textContent()).toMatch(/^Edited \(version 2\) by test editor, .*: The report says 45, not 40\.$/);
      expect(await edit.locator('table.diff tbody tr').allTextContents()).toEqual([
        'value4045',
        'relationscontradicts claim 1none',
        'value text4045',
      ]);

      // A form opened before another editor's change is not saved over it: the conflict is shown, focused, axe-clean.
      await go(() => page.click('.claim-actions a[href$="/edit"]'));
      await request(env.t.app)
        .patch(`/v1/claims/${id}`)
        .set(env.t.as.admin)
        .set('If-Match', '"v2"')
        .send({ reason: 'a test edit', notes: 'checked' })
        .expect(200);
      await page.fill('#edit-reason', 'A second look.');
      await page.fill('#edit-value', '46');
      await go(() => page.click('button[type="submit"]:has-text("Save the changes")'));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-errors');
      expect(await page.locator('#edit-errors table.diff tbody tr').allTextContents()).toEqual(['Value4546', 'Notescheckednone']);
      expect(await axeViolations(page)).toEqual([]);
      await go(() => page.click('a[href="/claims/' + id + '"] >> nth=0'));

      // Retract, with a reason: the claim stays, with its notice, and is no longer offered for editing.
      await go(() => page.click('.claim-actions a[href$="/retract"]'));
      expect(await axeViolations(page)).toEqual([]);
      await page.fill('#retract-reason', 'The ministry withdrew the figure');
      await go(() => page.click('button[type="submit"]:has-text("Retract claim")'));
      expect(new URL(page.url()).pathname).toBe(`/claims/${id}`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcome');
      await page.reload();
      expect(await page.locator('#outcome').count()).toBe(0);
      expect(await page.locator('.notice.retracted').textContent()).toContain(
        'This claim was withdrawn from the ledger: The ministry withdrew the figure.',
      );
      expect(await page.locator('.claim-actions').count()).toBe(0);
      expect(await page.locator('ol.revisions > li', { hasText: 'Retracted (' }).locator('p').textContent()).toContain('by test editor');
      expect(await axeViolations(page)).toEqual([]);
      // The refused form's answer (422) and the conflict's (409) are the only errors the console saw.
      expect(errors.filter((e) => !/status of (422|409)/.test(e))).toEqual([]);
      expect(errors.filter((e) => /status of (422|409)/.test(e))).toHaveLength(2);
    } catch (e) {
      await screenshotOnFailure(page, 'claim-edit');
      throw e;
    } finally {
      await page.close();
    }
  }, 120_000);

  test('without script, the sign-in starts at the key, and a saved edit lands at its notice, focused', async () => {
    const created = await request(env.t.app).post('/v1/claims').set(env.t.as.editor).send(seedClaimBody()).expect(201);
    const id = created.body.id as number;
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const go = (action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()]);
    try {
      await page.goto(`${env.server.base}/sign-in?next=${encodeURIComponent(`/workspace/claims/${id}/edit`)}`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('key');
      await page.keyboard.type(env.t.keys.editor);
      await go(() => page.keyboard.press('Enter'));
      expect(new URL(page.url()).pathname).toBe(`/workspace/claims/${id}/edit`);
      expect(await page.locator('#outcome').textContent()).toBe('You are signed in.');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcome');
      await page.fill('#edit-notes', 'checked again');
      await page.fill('#edit-reason', 'A note.');
      await go(() => page.click('button[type="submit"]:has-text("Save the changes")'));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcome');
      expect(await page.locator('#outcome').textContent()).toBe(
        'Your correction is saved as revision 2 of the claim. See it in the history',
      );
    } catch (e) {
      await screenshotOnFailure(page, 'claim-edit-no-script');
      throw e;
    } finally {
      await context.close();
    }
  }, 120_000);
});
