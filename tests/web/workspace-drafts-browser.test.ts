import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { documentProposing, saidCandidate } from '../workspace/support';
import { servedLedger } from '../workspace/served';
import { NOT_YET_SAVED } from '../../src/web/workspace/carriedForm';
import {
  axeViolations,
  collectConsoleErrors,
  describeInBrowser,
  screenshotOnFailure,
  outcomeNotice,
  savedClaimId,
} from '../support/browser';

const TEXT =
  'Officials said that "over 300" militants had left.\n\nA later report put the number of women among them at around 150, the agency said.\n\nSome 40 of them had come back by the spring, the ministry said.';
const SENTENCES = TEXT.split('\n\n');

const candidate = (id: string, words: string, sentence: string, fields: Partial<Candidate>): Candidate =>
  saidCandidate(TEXT, id, words, sentence, fields);

/**
 * Each candidate is its own form and every decision reloads the review: what an editor changed in one form and has not
 * sent yet must survive deciding another, a reload, and a session that ended before the form was sent.
 */
describeInBrowser('the workspace review page in Chromium: unsaved changes are kept', () => {
  let documentId: number;
  const env = servedLedger(async (t) => {
    documentId = await documentProposing(t, 'Drafts test', TEXT, [
      candidate('c1', 'over 300', SENTENCES[0], { value: 300, approximation: 'more_than' }),
      candidate('c2', 'around 150', SENTENCES[1], { value: 150, approximation: 'approximately', metric: 'women' }),
      candidate('c3', 'Some 40', SENTENCES[2], { value: 40, approximation: 'approximately', metric: 'returnees' }),
    ]);
  });

  test('a correction survives deciding another candidate, a reload, a session that ended and accepting all; it is saved once and then forgotten', async () => {
    const page = await env.browser.newPage();
    const errors = collectConsoleErrors(page);
    const review = `/workspace/documents/${documentId}`;
    const signInHere = async () => {
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
    };
    const go = (action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()]);
    try {
      await page.goto(`${env.server.base}${review}`);
      await signInHere();
      expect(new URL(page.url()).pathname).toBe(review);

      // The editor opens c2's form (in place of its row), corrects it (bounds, a new claimant, a note) and, before
      // sending it, rejects c1.
      await page.click('#cand-c2 a.ws-open');
      await page.waitForSelector('#c2-value_low');
      await page.fill('#c2-value_low', '140');
      await page.fill('#c2-value_high', '160');
      await page.fill('#c2-claimant_name', 'The agency');
      await page.selectOption('#c2-claimant_kind', 'government_agency');
      await page.fill('#c2-notes', 'Bounds from the agency’s own range.');
      await go(() => page.click('#cand-c1 button[value="reject"]'));
      expect(await outcomeNotice(page)).toBe('Candidate c1 rejected.');
      const c2Fields = async () =>
        Promise.all(['value_low', 'value_high', 'claimant_name', 'claimant_kind', 'notes'].map((f) => page.inputValue(`#c2-${f}`)));
      const corrected = ['140', '160', 'The agency', 'government_agency', 'Bounds from the agency’s own range.'];
      expect(await c2Fields()).toEqual(corrected);
      // The editor is told, in a status next to the form, which fields came back, and may discard them.
      const note = page.locator('#cand-c2 .ws-draft-note[role="status"]');
      expect(await note.textContent()).toContain(
        "Your unsaved changes are back: Low, High, New claimant's name, New claimant's kind, Notes.",
      );
      expect(await page.locator('#cand-c3 .ws-draft-note').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // A reload keeps them too.
      await page.reload();
      expect(await c2Fields()).toEqual(corrected);

      // The session ends (signed out elsewhere) before c2 is sent: the page says so and leads back through signing in,
      // to the candidate, with the correction in its form.
      await env.t.db('web_sessions').del();
      await go(() => page.click('#cand-c2 button[value="accept"]'));
      expect(await page.locator('h1').textContent()).toBe('Sign in again');
      expect(await env.t.db('claims').count({ n: '*' }).first()).toEqual({ n: 0 });
      // That page is the sign-in form, carrying the form sent: signed in, c2's card is back as sent, not saved.
      await signInHere();
      expect(await page.locator('#cand-c2 .error-summary').textContent()).toContain(NOT_YET_SAVED);
      expect(await c2Fields()).toEqual(corrected);
      // The address bar shows the candidate's page, not the sign-in's that answered: a reload opens it again.
      const resumedAt = new URL(page.url());
      expect(`${resumedAt.pathname}${resumedAt.search}${resumedAt.hash}`).toBe(`${review}?open=c2#cand-c2`);
      // The resumed form tells of nothing coming back (it shows the input as sent), but keeps it as a draft: a reload,
      // which opens the candidate as proposed, brings the correction back, said so.
      expect(await page.locator('#cand-c2 .ws-draft-note').count()).toBe(0);
      await page.reload();
      expect(await page.locator('h1').textContent()).toMatch(/^Review: /);
      expect(await page.locator('#cand-c2 .error-summary').count()).toBe(0);
      expect(await c2Fields()).toEqual(corrected);
      expect(await note.textContent()).toContain(
        "Your unsaved changes are back: Low, High, New claimant's name, New claimant's kind, Notes.",
      );
      expect(await env.t.db('claims').count({ n: '*' }).first()).toEqual({ n: 0 });
      await go(() => page.click('#cand-c2 button[value="accept"]'));
      const claimId = await savedClaimId(page);
      const claim = (await request(env.t.app).get(`/v1/claims/${claimId}`)).body;
      expect(claim).toMatchObject({
        value: 150,
        value_low: 140,
        value_high: 160,
        approximation: 'approximately',
        claimant: { name: 'The agency', kind: 'government_agency' },
        notes: 'Bounds from the agency’s own range.',
      });
      expect(claim.sources[0]).toMatchObject({ quote: SENTENCES[1], start: TEXT.indexOf(SENTENCES[1]) });

      // Saved, the draft is gone: nothing comes back into another form, and a claim by hand saved is not offered again.
      expect(await page.locator('.ws-draft-note').count()).toBe(0);
      await page.fill('#manual-quote', SENTENCES[2]);
      await page.fill('#manual-value_text', 'Some 40');
      await page.fill('#manual-value', '40');
      await page.selectOption('#manual-approximation', 'approximately');
      await page.selectOption('#manual-metric', 'returnees');
      await page.fill('#manual-country', 'KZ');
      await page.fill('#manual-claimant_name', 'The ministry');
      await go(() => page.click('#cand-manual button[value="accept"]'));
      expect(await outcomeNotice(page)).toMatch(/^Saved as claim \d+\.$/);
      expect(await page.inputValue('#manual-quote')).toBe('');
      await page.reload();
      expect(await page.inputValue('#manual-quote')).toBe('');
      expect(await page.locator('.ws-draft-note').count()).toBe(0);
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
      expect(await env.t.db('claims').count({ n: '*' }).first()).toEqual({ n: 2 });

      // "Accept all high-confidence" accepts candidates as proposed: one the editor is correcting stays open, corrected.
      await page.fill('#c3-notes', 'left unsent');
      await go(() => page.click(`form[action^="${review}/accept-high"] button`));
      expect(await outcomeNotice(page)).toBe('0 accepted, 1 left open with your unsaved changes');
      expect(await page.locator('#cand-c3 form.ws-cand-form').count()).toBe(1);
      expect(await page.inputValue('#c3-notes')).toBe('left unsent');
      expect(await env.t.db('claims').count({ n: '*' }).first()).toEqual({ n: 2 });

      // Signing out forgets what was left unsent.
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toHaveLength(1);
      await go(() => page.click('form[action="/sign-out"] button'));
      expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
      // Only the form sent after the session had ended was refused (401), which Chromium logs.
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-drafts');
      throw e;
    } finally {
      await page.close();
    }
  }, 120_000);
});
