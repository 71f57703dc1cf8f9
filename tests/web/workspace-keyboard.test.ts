import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { HIGH_CONFIDENCE, LOW_CONFIDENCE } from '../../src/web/workspace/review';
import { documentProposing, reportsArticle, saidCandidate } from '../workspace/support';
import { servedLedger } from '../workspace/served';
import { axeViolations, collectConsoleErrors, describeInBrowser, selectWords, screenshotOnFailure, savedClaimId } from '../support/browser';

const TEXT =
  'Officials said that "over 300" militants had left.\n\nA later report put the number of women among them at around 150, the agency said.';

const candidate = (id: string, words: string, sentence: string, fields: Partial<Candidate>): Candidate =>
  saidCandidate(TEXT, id, words, sentence, fields);

/** The workspace's script on a review page with fixed candidates: shortcuts, selection to a claim by hand, errors shown accessibly. */
/** A long report: 60 figures, every fourth one unsure. */
const LONG = reportsArticle(60, 201, (i) => `Agency ${i % 5}`);
// (every fourth below the reject-all threshold, the rest between it and accept-all's)
for (const [i, c] of LONG.candidates.entries()) c.confidence = i % 4 === 3 ? LOW_CONFIDENCE / 2 : (LOW_CONFIDENCE + HIGH_CONFIDENCE) / 2;

describeInBrowser('the workspace review page in Chromium: keyboard and selection', () => {
  let documentId: number;
  let longId: number;
  let landingId: number;
  const env = servedLedger(async (t) => {
    longId = await documentProposing(t, 'A long report', LONG.text, LONG.candidates);
    const [sentence1, sentence2] = TEXT.split('\n\n');
    landingId = await documentProposing(t, 'Landing test', TEXT, [
      candidate('c1', 'over 300', sentence1, { value: 300, approximation: 'more_than' }),
      candidate('c2', 'around 150', sentence2, { value: 150, approximation: 'approximately', metric: 'women' }),
    ]);
    documentId = await documentProposing(t, 'Keyboard test', TEXT, [
      candidate('c1', 'over 300', sentence1, { value: 300, approximation: 'more_than' }),
      candidate('c2', 'around 150', sentence2, {
        value: 150,
        approximation: 'approximately',
        metric: 'women',
        claimant: { name: 'the agency', mention: null, actor_id: null, new: true },
        relations: [{ type: 'part_of', target: 'c1' }],
      }),
    ]);
  });

  test('j/k move between candidates, r rejects, a accepts; selected words start a claim by hand with the exact quote; errors are announced', async () => {
    const page = await env.browser.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      expect(new URL(page.url()).pathname).toBe(`/workspace/documents/${documentId}`);
      const current = () => page.locator('article.cand.is-current').getAttribute('data-candidate');

      await page.keyboard.press('j');
      expect(await current()).toBe('c1');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cand-c1');
      expect(await page.locator('#mark-c1.is-current').count()).toBe(1);
      await page.keyboard.press('j');
      expect(await current()).toBe('c2');
      // The card comes into view from its top (its figure and confidence), though it is taller than the window, and
      // its mark stays in view in the text beside it.
      const inView = (selector: string) =>
        page.$eval(selector, (el) => {
          const { top, bottom } = el.getBoundingClientRect();
          return { top: top >= 0, bottom: bottom <= innerHeight };
        });
      expect(await inView('#cand-c2 h3')).toEqual({ top: true, bottom: true });
      expect(await inView('#mark-c2')).toEqual({ top: true, bottom: true });
      await page.keyboard.press('k');
      // c1, the first open candidate, is the full form (c2 a row): taller than the window, it comes into view from its top.
      expect(await page.$eval('#cand-c1', (el) => el.getBoundingClientRect().height > innerHeight)).toBe(true);
      expect(await inView('#cand-c1 h3')).toEqual({ top: true, bottom: true });
      expect(await inView('#mark-c1')).toEqual({ top: true, bottom: true });
      expect(await current()).toBe('c1');
      // Typing in a field is typing, not a shortcut.
      await page.keyboard.press('e');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('c1-value_text');
      await page.keyboard.press('j');
      expect(await page.inputValue('#c1-value_text')).toMatch(/^(jover 300|over 300j)$/);
      expect(await current()).toBe('c1');
      await page.fill('#c1-value_text', 'over 300');

      // Clicking elsewhere leaves the field; the current candidate stays c1, and the list wraps around.
      await page.locator('h1').click();
      await page.keyboard.press('j');
      expect(await current()).toBe('c2');
      await page.keyboard.press('j');
      expect(await current()).toBe('c1');
      await page.keyboard.press('k');
      expect(await current()).toBe('c2');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('r')]);
      expect(await env.t.db('workspace_decisions').where({ candidate_id: 'c2', decision: 'rejected' })).toHaveLength(1);
      // After a decision the page opens at the next open candidate, which the shortcuts take as the current one.
      expect(new URL(page.url()).hash).toBe('#cand-c1');
      await Promise.all([page.waitForNavigation(), page.keyboard.press('a')]);
      const accepted = await env.t.db('workspace_decisions').where({ candidate_id: 'c1', decision: 'accepted' }).first();
      expect((await request(env.t.app).get(`/v1/claims/${accepted.claim_id}`)).body).toMatchObject({
        value: 300,
        approximation: 'more_than',
        claimant: { name: 'Officials' },
      });
      // The outcome is announced: the page is served with its status region empty (a live region's content at load is
      // not spoken) and the script writes the notice into it once loaded, a change screen readers announce.
      const served = await page.evaluate(() => fetch(location.href).then((r) => r.text()));
      expect(served).toContain('<div id="announcer" class="visually-hidden" role="status"></div>');
      await page.waitForFunction(() => document.getElementById('announcer')?.textContent !== '');
      expect(await page.locator('#announcer').textContent()).toBe(`Saved as claim ${accepted.claim_id}.`);
      expect(await page.locator('.notice').textContent()).toBe(`Saved as claim ${accepted.claim_id}.`);
      // Said once: the parameter that brought the notice leaves the address (the candidate opened stays), so a reload
      // does not say again that something was saved.
      expect(new URL(page.url()).searchParams.has('accepted')).toBe(false);
      expect(new URL(page.url()).hash).toBe('#cands-h');
      await page.reload();
      expect(await page.locator('.outcome').count()).toBe(0);

      // Select words across a highlighted figure: the quote is the stored text's exact words.
      const want = 'the number of women among them at around 150, the agency';
      await selectWords(page, 'ws-text', want);
      const use = page.locator('button.ws-use-selection');
      await use.waitFor({ state: 'visible' });
      await use.click();
      expect(await page.inputValue('#manual-quote')).toBe(want);
      expect(await page.inputValue('#manual-value_text')).toBe('around 150');
      // The words' value and wording too ("around": approximately), as the editor would choose them.
      expect(await page.inputValue('#manual-value')).toBe('150');
      expect(await page.inputValue('#manual-approximation')).toBe('approximately');

      // Sent without a metric: the form comes back with the error announced and tied to the field.
      await Promise.all([page.waitForNavigation(), page.click('#cand-manual button[value="accept"]')]);
      expect(await page.locator('#cand-manual .error-summary[role="alert"]').textContent()).toContain('Metric: must be filled in');
      expect(await page.getAttribute('#manual-metric', 'aria-invalid')).toBe('true');
      expect(await page.getAttribute('#manual-metric', 'aria-describedby')).toContain('manual-metric-err');
      expect(await page.inputValue('#manual-quote')).toBe(want);
      expect(await axeViolations(page)).toEqual([]);
      await page.selectOption('#manual-metric', 'women');
      await page.fill('#manual-value', '150');
      await page.fill('#manual-country', 'Kazakh');
      await page.selectOption('#manual-approximation', 'approximately');
      await page.fill('#manual-claimant_name', 'The agency');
      await page.selectOption('#manual-claimant_kind', 'government_agency');
      await page.selectOption('#manual-rel_type_0', 'part_of');
      await page.fill('#manual-rel_target_0', `claim:${accepted.claim_id}`);
      await Promise.all([page.waitForNavigation(), page.click('#cand-manual button[value="accept"]')]);
      expect(await page.locator('.error-summary').allTextContents()).toEqual([]);
      const id = await savedClaimId(page);
      const claim = (await request(env.t.app).get(`/v1/claims/${id}`)).body;
      expect(claim).toMatchObject({
        metric: 'women',
        country: 'KZ',
        value: 150,
        relations: [{ type: 'part_of', claim_id: accepted.claim_id }],
      });
      expect(claim.sources[0]).toMatchObject({ quote: want, start: TEXT.indexOf(want), end: TEXT.indexOf(want) + want.length });
      // The form sent without a metric is answered 422 on purpose, which Chromium logs; nothing else may be.
      expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
      expect(errors.filter((e) => /status of 422/.test(e))).toHaveLength(1);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-keyboard');
      throw e;
    } finally {
      await page.close();
    }
  }, 120_000);

  test('words selected with the mouse from inside a highlighted figure, or by a triple click on the last paragraph, start a claim by hand', async () => {
    const page = await env.browser.newPage();
    const errors = collectConsoleErrors(page);
    /** Where the `at`-th character of `words` (its end with `at` -1) is drawn in the review's text. */
    const pointAt = (words: string, at: number) =>
      page.evaluate(
        ([wanted, at]) => {
          const root = document.getElementById('ws-text')!;
          const i = root.textContent!.indexOf(wanted) + (at < 0 ? wanted.length - 1 : at);
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = n.textContent!.length;
            if (i < seen + len) {
              const range = document.createRange();
              range.setStart(n, i - seen);
              range.setEnd(n, i - seen + 1);
              const box = range.getBoundingClientRect();
              return { x: at < 0 ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
            }
            seen += len;
          }
          throw new Error(`not in the text: ${wanted}`);
        },
        [words, at] as const,
      );
    const use = page.locator('button.ws-use-selection');
    try {
      await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      const address = page.url();
      await page.locator('#ws-text').scrollIntoViewIfNeeded();

      // A drag within the highlight of "around 150", a link to its card, from its second letter to its last.
      const from = await pointAt('round 150', 0);
      const to = await pointAt('round 150', -1);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
      await use.waitFor({ state: 'visible' });
      // The click that ended the drag in the same highlight did not follow its link to the card.
      expect(page.url()).toBe(address);
      await use.click();
      expect(await page.inputValue('#manual-quote')).toBe('round 150');

      // A triple click on the text's last paragraph selects up to the heading after the text: the paragraph's words
      // are the quote, without the line break.
      await page.locator('h1').click();
      await page.locator('#ws-text').scrollIntoViewIfNeeded();
      const last = await pointAt('A later report', 0);
      await page.mouse.click(last.x, last.y, { clickCount: 3 });
      await use.waitFor({ state: 'visible' });
      await use.click();
      expect(await page.inputValue('#manual-quote')).toBe(TEXT.split('\n\n')[1]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-selection');
      throw e;
    } finally {
      await page.close();
    }
  }, 120_000);

  test('a long report by keyboard: rows decided as proposed, a form opened in place keeps its draft, s starts a claim from a sentence, the low ones rejected and undone', async () => {
    const page = await env.browser.newPage();
    const errors = collectConsoleErrors(page);
    const review = `/workspace/documents/${longId}`;
    const go = (action: () => Promise<unknown>) => Promise.all([page.waitForNavigation(), action()]);
    const current = () => page.locator('article.cand.is-current').getAttribute('data-candidate');
    const decision = (cid: string) => env.t.db('workspace_decisions').where({ candidate_id: cid, extraction_id: extractionId }).first();
    let extractionId = 0;
    try {
      extractionId = (await env.t.db('workspace_extractions').where({ document_id: longId }).first()).id;
      await page.goto(`${env.server.base}${review}`);
      await page.fill('#key', env.t.keys.editor);
      await go(() => page.press('#key', 'Enter'));
      // One full form (the first open candidate), every other candidate a row.
      expect(await page.locator('form.ws-cand-form').count()).toBe(1);
      expect(await page.locator('article.cand-row').count()).toBe(59);
      expect(await axeViolations(page)).toEqual([]);

      // j onto the second candidate (a row), a accepts it as proposed; the next one opens, current.
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      expect(await current()).toBe('c2');
      await go(() => page.keyboard.press('a'));
      const c2 = await decision('c2');
      expect(c2).toMatchObject({ decision: 'accepted' });
      expect((await request(env.t.app).get(`/v1/claims/${c2.claim_id}`)).body).toMatchObject({
        value: 202,
        claimant: { name: 'Agency 1' },
      });
      expect(new URL(page.url()).hash).toBe('#cand-c3');
      expect(await page.locator('#cand-c3 form.ws-cand-form').count()).toBe(1);
      expect(await current()).toBe('c3');
      await page.waitForFunction(() => document.getElementById('announcer')?.textContent !== '');
      expect(await page.locator('#announcer').textContent()).toBe(`Saved as claim ${c2.claim_id}.`);

      // e on a row opens its form in place (no new page), at its first field; the address says it is open.
      await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
      await page.keyboard.press('j');
      expect(await current()).toBe('c4');
      await page.keyboard.press('e');
      await page.waitForFunction(() => document.activeElement?.id === 'c4-value_text');
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
      expect(new URL(page.url()).searchParams.get('open')).toBe('c4');
      await page.fill('#c4-notes', 'checked against the annex');
      // Leaving the field, the keys work again: the next row rejected; c4 is a row again, its correction kept.
      await page.locator('h1').click();
      await page.keyboard.press('j');
      expect(await current()).toBe('c5');
      await go(() => page.keyboard.press('r'));
      expect(await decision('c5')).toMatchObject({ decision: 'rejected' });
      expect(await page.locator('#cand-c4.cand-row').count()).toBe(1);
      // a on the row of a corrected candidate does not take the proposal: it opens the correction.
      expect(await current()).toBe('c6');
      await page.keyboard.press('k');
      await page.keyboard.press('k');
      expect(await current()).toBe('c4');
      await page.keyboard.press('a');
      await page.waitForFunction(() => document.activeElement?.id === 'c4-value_text');
      expect(await page.inputValue('#c4-notes')).toBe('checked against the annex');
      expect(await page.locator('#cand-c4 .ws-draft-note').count()).toBe(1);
      expect(await decision('c4')).toBeUndefined();

      // s on a highlight focused in the text starts a claim by hand from its sentence, the quote focused to shorten.
      await page.locator('#mark-c7 a').focus();
      await page.keyboard.press('s');
      expect(await page.inputValue('#manual-quote')).toBe(LONG.candidates[6].quote.exact);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('manual-quote');

      // Reject all low-confidence: the list to confirm, the count rejected, and an undo.
      const low = LONG.candidates.filter((c) => c.confidence < LOW_CONFIDENCE && c.id !== 'c4').map((c) => c.id);
      await go(() => page.click('a[href$="confirm=reject-low#reject-low"]'));
      expect(await page.locator('#reject-low li').count()).toBe(low.length + 1);
      expect(await axeViolations(page)).toEqual([]);
      await go(() => page.click('#reject-low button[type="submit"]'));
      expect(await page.locator('.notice').textContent()).toBe(`${low.length + 1} low-confidence candidates rejected.`);
      expect(await env.t.db('workspace_decisions').where({ extraction_id: extractionId, decision: 'rejected' })).toHaveLength(
        low.length + 2,
      );
      await go(() => page.click('.outcome button[type="submit"]'));
      expect(await page.locator('.notice').textContent()).toBe(`${low.length + 1} candidates open again.`);
      expect(await env.t.db('workspace_decisions').where({ extraction_id: extractionId, decision: 'rejected' })).toHaveLength(1);

      // Back after deciding shows the page as the ledger is now, with the keys still working.
      await page.goBack();
      expect(await page.locator('#cand-c2.state-accepted').count()).toBe(1);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-keyboard-long');
      throw e;
    } finally {
      await page.close();
    }
  }, 180_000);
  test('landed at a notice, before j or k, the keys act on the candidate shown open', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.server.base}/workspace/documents/${landingId}`);
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcome');
      expect(await page.locator('article.cand.is-current').count()).toBe(0);
      // e: the open candidate's form, at its first field (it had done nothing: no candidate was current)
      await page.keyboard.press('e');
      expect(await page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe('cand-c1');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^(INPUT|SELECT|TEXTAREA)$/);
      expect(await page.locator('article.cand.is-current').getAttribute('data-candidate')).toBe('c1');
      // then j goes on from it
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('j');
      expect(await page.locator('article.cand.is-current').getAttribute('data-candidate')).toBe('c2');
    } finally {
      await page.close();
    }
  });
});
