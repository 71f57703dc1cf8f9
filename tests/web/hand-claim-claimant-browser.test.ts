import request from 'supertest';
import { documentProposing, saidCandidate } from '../workspace/support';
import { servedLedger } from '../workspace/served';
import { collectConsoleErrors, describeInBrowser, screenshotOnFailure } from '../support/browser';

/*
 * Review53: with script, s on a candidate starts a claim by hand from its sentence with that candidate's claimant when
 * it is an actor of the ledger, as the link's from= does without script; a claimant the editor chose already is kept.
 */
const TEXT = [
  'Three men were arrested on Sunday and two others were questioned, the Spokane Police Department said.',
  'About 15 people belong to the group, investigators said.',
].join('\n\n');
const [first, second] = TEXT.split('\n\n');

describeInBrowser('a claim by hand from a sentence in Chromium: its claimant', () => {
  let documentId: number;
  let police: number;
  const env = servedLedger(async (t) => {
    police = (
      await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({ name: 'Spokane Police Department', kind: 'government_agency', country: 'US' })
        .expect(201)
    ).body.id;
    documentId = await documentProposing(t, 'Spokane', TEXT, [
      saidCandidate(TEXT, 'c1', 'Three', first, {
        value: 3,
        metric: 'arrested',
        claimant: { name: 'Spokane Police Department', mention: null, actor_id: null, new: true },
      }),
      saidCandidate(TEXT, 'c2', '15', second, {
        value: 15,
        metric: 'members',
        claimant: { name: 'investigators', mention: null, actor_id: null, new: true },
      }),
    ]);
  });

  test('s on a highlight starts the claim by hand with its actor; on a new claimant the picker stays at new', async () => {
    const page = await env.browser.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      expect(await page.inputValue('#manual-claimant')).toBe('new');

      await page.locator('#mark-c2 a').focus();
      await page.keyboard.press('s');
      expect(await page.inputValue('#manual-quote')).toBe(second);
      expect(await page.inputValue('#manual-claimant')).toBe('new');

      await page.locator('#mark-c1 a').focus();
      await page.keyboard.press('s');
      expect(await page.inputValue('#manual-quote')).toBe(first);
      expect(await page.inputValue('#manual-claimant')).toBe(`actor:${police}`);

      // A name the editor typed is theirs: another sentence's s leaves the picker and the name as they are.
      await page.selectOption('#manual-claimant', 'new');
      await page.fill('#manual-claimant_name', 'Spokane County Sheriff');
      await page.locator('#mark-c1 a').focus();
      await page.keyboard.press('s');
      expect([await page.inputValue('#manual-claimant'), await page.inputValue('#manual-claimant_name')]).toEqual([
        'new',
        'Spokane County Sheriff',
      ]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'hand-claim-claimant');
      throw e;
    } finally {
      await page.close();
    }
  });
});
