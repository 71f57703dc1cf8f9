import request from 'supertest';
import { documentProposing, saidCandidate } from '../workspace/support';
import { servedLedger } from '../workspace/served';
import { collectConsoleErrors, describeInBrowser, screenshotOnFailure } from '../support/browser';

/*
 * Review53: with script, s on a candidate starts a claim by hand from its sentence with that candidate's claimant when
 * it is an actor of the ledger, as the link's from= does without script; a claimant the editor chose already is kept.
 * Review54: so do words selected in a sentence whose candidates all have that claimant.
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

      // The actor s chose is not the editor's: the next sentence's s starts with that sentence's claimant (review54)
      await page.locator('#mark-c2 a').focus();
      await page.keyboard.press('s');
      expect([await page.inputValue('#manual-quote'), await page.inputValue('#manual-claimant')]).toEqual([second, 'new']);
      await page.locator('#mark-c1 a').focus();
      await page.keyboard.press('s');
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

describeInBrowser('a claim by hand from selected words in Chromium: its claimant', () => {
  const TWO = 'Two other men were charged, the Spokane Police Department said, and the FBI said 4 more were sought.';
  const SPOKEN = [TEXT, TWO].join('\n\n');
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
    await request(t.app).post('/v1/actors').set(t.as.editor).send({ name: 'FBI', kind: 'government_agency' }).expect(201);
    documentId = await documentProposing(t, 'Spokane', SPOKEN, [
      saidCandidate(SPOKEN, 'c1', 'Three', first, {
        value: 3,
        metric: 'arrested',
        claimant: { name: 'Spokane Police Department', mention: null, actor_id: null, new: true },
      }),
      saidCandidate(SPOKEN, 'c2', '15', second, {
        value: 15,
        metric: 'members',
        claimant: { name: 'investigators', mention: null, actor_id: null, new: true },
      }),
      saidCandidate(SPOKEN, 'c3', 'Two', TWO, {
        value: 2,
        metric: 'charged',
        claimant: { name: 'Spokane Police Department', mention: null, actor_id: null, new: true },
      }),
      saidCandidate(SPOKEN, 'c4', '4', TWO, {
        value: 4,
        metric: 'wanted',
        claimant: { name: 'FBI', mention: null, actor_id: null, new: true },
      }),
    ]);
  });

  /** Selects the words `words` of the text (their first occurrence) and presses the button that starts a claim from them. */
  const selectAndStart = async (page: Awaited<ReturnType<typeof env.browser.newPage>>, words: string) => {
    await page.evaluate((w) => {
      const text = document.getElementById('ws-text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`no text node holds ${w}`);
    }, words);
    await page.locator('.ws-use-selection').click();
  };

  test('words selected in a sentence whose candidates have one actor start with it; other sentences leave the picker at new', async () => {
    const page = await env.browser.newPage();
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);

      // two speakers in one sentence: the editor chooses
      await selectAndStart(page, 'other men were charged');
      expect([await page.inputValue('#manual-quote'), await page.inputValue('#manual-claimant')]).toEqual([
        'other men were charged',
        'new',
      ]);
      // a sentence whose candidate is a new claimant: new
      await selectAndStart(page, 'belong to the group');
      expect([await page.inputValue('#manual-quote'), await page.inputValue('#manual-claimant')]).toEqual(['belong to the group', 'new']);
      // the police department's sentence
      await selectAndStart(page, 'two others were questioned');
      expect([await page.inputValue('#manual-quote'), await page.inputValue('#manual-claimant')]).toEqual([
        'two others were questioned',
        `actor:${police}`,
      ]);
      expect(errors).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'hand-claim-selection-claimant');
      throw e;
    } finally {
      await page.close();
    }
  });
});
