import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { servedLedger } from '../workspace/served';
import {
  axeViolations,
  collectConsoleErrors,
  describeInBrowser,
  selectWords,
  readmeScreenshot,
  screenshotOnFailure,
  savedClaimId,
} from '../support/browser';

/** An article of the editor's own, read by the real extractor. */
const TEXT = [
  'Kazakh officials said that more than 300 Kazakh nationals had joined Islamic State in Syria.',
  'Around 150 of them were women, the Interior Ministry said.',
  'Police said that 42 people returned to Kazakhstan in 2019.',
  'Some 60 children were repatriated from camps in Syria, according to the foreign ministry.',
].join('\n\n');

/** The editor's whole path in Chromium, with script on and with script off; axe on every state of every page. */
describeInBrowser("the editors' workspace, walked as an editor would", () => {
  const env = servedLedger();

  const go = async (page: Page, action: () => Promise<unknown>) => {
    await Promise.all([page.waitForNavigation(), action()]);
  };
  const noViolations = async (page: Page, state: string) =>
    expect({ state, violations: await axeViolations(page) }).toEqual({ state, violations: [] });
  /** axe needs script: a page of a context without it is checked as served, in a context with script and the same cookies. */
  const noViolationsWithoutScript = async (page: Page, state: string) => {
    const scripted = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await scripted.addCookies(await page.context().cookies());
      const copy = await scripted.newPage();
      await copy.goto(page.url());
      await noViolations(copy, state);
    } finally {
      await scripted.close();
    }
  };
  const signInAs = async (page: Page, key: string) => {
    await page.goto(`${env.server.base}/workspace`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.fill('#key', key);
    await go(page, () => page.click('form.ws-sign-in button[type=submit]'));
  };
  /** Fills the new-document form and sends it; the new document's id, or null when the form came back refused. */
  const sendDocument = async (page: Page, title: string, text: string) => {
    await page.fill('#doc-title', title);
    await page.fill('#doc-url', `https://example.org/${encodeURIComponent(title)}`);
    await page.selectOption('#doc-publisher', 'new');
    await page.fill('#doc-publisher-name', 'Example News');
    await page.fill('#doc-authors', 'A. Writer');
    await page.fill('#doc-published', '2020-02');
    await page.fill('#doc-text', text);
    await go(page, () => page.click('form.ws-new-doc button[type=submit]'));
    const saved = /\/workspace\/documents\/(\d+)/.exec(page.url());
    return saved ? Number(saved[1]) : null;
  };
  const newDocument = async (page: Page, title: string, text: string) => (await sendDocument(page, title, text))!;
  /** Fills the form of a claim by hand (text fields typed, the others chosen) and saves it. */
  const saveByHand = async (page: Page, fields: Record<string, string>) => {
    for (const [name, value] of Object.entries(fields)) {
      const control = page.locator(`#manual-${name}`);
      if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
      else await control.fill(value);
    }
    await go(page, () => page.click('#cand-manual button[value="accept"]'));
  };
  /** The open candidate whose words match, by its card, its full form opened (in place with script, else by its link). */
  const cardFor = async (page: Page, words: RegExp): Promise<string> => {
    const cards = await page.$$eval('article.cand.state-open[data-candidate]', (els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.candidate!,
        words: /^[\w-]+: “(.*)”/.exec(el.querySelector('h3')?.firstChild?.textContent ?? '')?.[1] ?? '',
      })),
    );
    const found = cards.find((c) => words.test(c.words));
    if (!found) throw new Error(`no open candidate for ${words}: ${JSON.stringify(cards)}`);
    const open = page.locator(`#cand-${found.id}.cand-row a.ws-open`);
    if ((await open.count()) > 0) await open.click();
    await page.locator(`#cand-${found.id} form.ws-cand-form`).waitFor();
    return found.id;
  };
  const decision = (documentId: number, candidate: string) =>
    env.t
      .db('workspace_decisions')
      .join('workspace_extractions', 'workspace_extractions.id', 'extraction_id')
      .where({ document_id: documentId, candidate_id: candidate })
      .first();

  test('with script: sign in, a new document, accept, edit then accept, reject, a refused form, accept all sure ones, a claim from selected words, a source of a held claim, sign out', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectConsoleErrors(page);
    try {
      await page.goto(`${env.server.base}/`);
      expect(await page.locator('header.site a[href="/workspace"]').textContent()).toBe('Workspace');
      expect(await page.locator('header.site .session').textContent()).toMatch(/^Sign in/);
      await signInAs(page, env.t.keys.editor);
      expect(await page.locator('header.site .session').textContent()).toContain('Signed in as test editor (editor)');
      await noViolations(page, 'workspace home, no documents yet');

      // A document refused first (a URL that is not http), then saved.
      await page.fill('#doc-title', 'Kazakh returns');
      await page.fill('#doc-url', 'ftp://example.org/a');
      await page.fill('#doc-text', TEXT);
      await go(page, () => page.click('form.ws-new-doc button[type=submit]'));
      expect(await page.locator('#doc-url-err').textContent()).toBeTruthy();
      expect(await page.inputValue('#doc-text')).toBe(TEXT);
      await noViolations(page, 'new document refused');
      const documentId = await newDocument(page, 'Kazakh returns', TEXT);
      expect(await page.locator('#ws-text mark').count()).toBeGreaterThanOrEqual(3);
      await noViolations(page, 'review with candidates');

      // Accept one as proposed: focus lands on the next open candidate.
      const over = await cardFor(page, /more than 300/);
      await go(page, () => page.locator(`#cand-${over} button[value="accept"]`).click());
      expect(await page.locator('.notice').textContent()).toMatch(/^Saved as claim \d+\.$/);
      const focused = await page.evaluate(() => document.activeElement?.closest('article.cand')?.id ?? document.activeElement?.id);
      expect(focused).toBe(new URL(page.url()).hash.slice(1));
      const overClaim = Number((await decision(documentId, over)).claim_id);

      // Edit then accept: a new claimant, and bounds instead of the proposed figure.
      const women = await cardFor(page, /Around 150/i);
      const card = page.locator(`#cand-${women}`);
      await card.locator('[name="claimant"]').selectOption('new');
      await card.locator('[name="claimant_name"]').fill('Kazakh Interior Ministry');
      await card.locator('[name="claimant_kind"]').selectOption('government_agency');
      await card.locator('[name="metric"]').selectOption('women');
      await card.locator('[name="country"]').fill('Kazakh');
      await card.locator('[name="approximation"]').selectOption('range');
      await card.locator('[name="value"]').fill('150');
      await card.locator('[name="value_low"]').fill('140');
      await card.locator('[name="value_high"]').fill('160');
      // First with a figure that is not one: the form comes back, focus on its errors, the input kept.
      await card.locator('[name="value_high"]').fill('lots');
      await go(page, () => card.locator('button[value="accept"]').click());
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${women}-errors`);
      expect(await page.locator(`#${women}-value_high-err`).textContent()).toContain('must be a number');
      expect(await page.inputValue(`#${women}-claimant_name`)).toBe('Kazakh Interior Ministry');
      await noViolations(page, 'review with a refused candidate');
      await page.fill(`#${women}-value_high`, '160');
      await go(page, () => page.locator(`#cand-${women} button[value="accept"]`).click());
      const womenClaim = (await request(env.t.app).get(`/v1/claims/${(await decision(documentId, women)).claim_id}`)).body;
      expect(womenClaim).toMatchObject({
        metric: 'women',
        country: 'KZ',
        approximation: 'range',
        value: 150,
        value_low: 140,
        value_high: 160,
        claimant: { name: 'Kazakh Interior Ministry', kind: 'government_agency' },
      });
      expect(womenClaim.sources[0].start).toEqual(expect.any(Number));

      // Reject one.
      const police = await cardFor(page, /42/);
      await go(page, () => page.locator(`#cand-${police} button[value="reject"]`).click());
      expect((await decision(documentId, police)).decision).toBe('rejected');

      // Accept all the sure ones that are left (there may be none).
      const sure = page.locator(`form[action^="/workspace/documents/${documentId}/accept-high"] button`);
      if (await sure.count()) {
        await go(page, () => sure.click());
        expect(await page.locator('.notice').textContent()).toMatch(/^\d+ accepted/);
      }

      // Select words by hand to start a claim from them.
      const want = 'Some 60 children were repatriated from camps in Syria';
      await selectWords(page, 'ws-text', want);
      await page.locator('button.ws-use-selection').click();
      expect(await page.inputValue('#manual-quote')).toBe(want);
      await saveByHand(page, {
        value_text: 'Some 60',
        value: '60',
        approximation: 'approximately',
        metric: 'repatriated',
        country: 'KZ',
        claimant_name: 'Kazakh Foreign Ministry',
        claimant_kind: 'government_agency',
      });
      const manual = await savedClaimId(page);
      expect((await request(env.t.app).get(`/v1/claims/${manual}`)).body.sources[0]).toMatchObject({
        quote: want,
        start: TEXT.indexOf(want),
      });
      await noViolations(page, 'review after decisions');
      await readmeScreenshot(page, 'workspace-decided', { fullPage: false });

      // The same article pasted again (its URL): refused, with the document the ledger holds to open instead.
      await page.goto(`${env.server.base}/workspace`);
      await noViolations(page, 'workspace home with documents');
      await page.fill('#doc-title', 'Kazakh returns, pasted again');
      await page.fill('#doc-url', `https://example.org/${encodeURIComponent('Kazakh returns')}`);
      await page.fill('#doc-text', 'Pasted again.');
      await go(page, () => page.click('form.ws-new-doc button[type=submit]'));
      expect(await page.locator('#doc-separate-err').textContent()).toContain(`the ledger holds document ${documentId}`);
      expect(await page.locator(`.ws-new-doc a[href="/workspace/documents/${documentId}"]`).textContent()).toBe(
        `Open document ${documentId}: Kazakh returns`,
      );
      await noViolations(page, 'an article pasted again');

      // A second article with the same statement: the ledger holds it now, so adding a source is the first choice.
      await page.goto(`${env.server.base}/workspace`);
      const second = await newDocument(page, 'A second report', `${TEXT.split('\n\n')[0]}\n\nNothing else.`);
      const again = await cardFor(page, /more than 300/);
      expect(await page.locator(`#cand-${again} .ws-dup`).textContent()).toContain(`claim ${overClaim}`);
      expect(await page.locator(`#${again}-source_of`).inputValue()).toBe(`claim:${overClaim}`);
      await go(page, () => page.locator(`#cand-${again} button[value="add_source"]`).click());
      expect(await page.locator('.notice').textContent()).toBe(`Added as a source of claim ${overClaim}.`);
      expect(
        (await request(env.t.app).get(`/v1/claims/${overClaim}`)).body.sources.map((s: { document: { id: number } }) => s.document.id),
      ).toEqual([documentId, second]);

      // Sign out from the header: the session is over.
      await go(page, () => page.click('header.site .session button'));
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(await page.locator('header.site .session').textContent()).toMatch(/^Sign in/);
      await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      // The two refused forms are answered 422 on purpose, which Chromium logs; nothing else may be.
      expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-walk');
      throw e;
    } finally {
      await page.close();
    }
  }, 180_000);

  test('without script: every form works, a document without text takes its text, and the pages pass axe', async () => {
    const context: BrowserContext = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signInAs(page, env.t.keys.admin);
      // The first walk entered this very text: the form says so, and once told it is a separate document, saves it.
      expect(await sendDocument(page, 'Without script', TEXT)).toBeNull();
      expect(await page.locator('#doc-separate-err').textContent()).toContain('with the same text');
      await noViolationsWithoutScript(page, 'an article pasted again, without script');
      await page.check('#doc-separate');
      await go(page, () => page.click('form.ws-new-doc button[type=submit]'));
      const documentId = Number(/\/workspace\/documents\/(\d+)/.exec(page.url())![1]);
      await noViolationsWithoutScript(page, 'review without script');
      const over = await cardFor(page, /more than 300/);
      // The ledger holds Kazakh officials' 300 from the first walk only if its claimant was matched; either way a claim results.
      const primary = await page.locator(`#cand-${over}`).getAttribute('data-primary');
      await go(page, () => page.locator(`#cand-${over} button[value="${primary}"]`).first().click());
      expect(['accepted', 'source_added']).toContain((await decision(documentId, over)).decision);
      const police = await cardFor(page, /42/);
      await go(page, () => page.locator(`#cand-${police} button[value="reject"]`).click());
      expect((await decision(documentId, police)).decision).toBe('rejected');
      await go(page, () => page.locator(`#cand-${police} button`, { hasText: 'Reconsider' }).click());
      expect(await decision(documentId, police)).toBeUndefined();
      // A claim by hand, its quote pasted.
      await saveByHand(page, {
        quote: 'Police said that 42 people returned to Kazakhstan in 2019.',
        value_text: '42',
        value: '42',
        metric: 'returnees',
        country: 'Kazakhstan',
        as_of: '2019',
        claimant_name: 'Kazakh police',
        claimant_kind: 'government_agency',
      });
      const manual = await savedClaimId(page);
      expect((await request(env.t.app).get(`/v1/claims/${manual}`)).body).toMatchObject({
        value: 42,
        metric: 'returnees',
        as_of: '2019',
        claimant: { name: 'Kazakh police' },
      });
      await go(page, () => page.click(`form[action="/workspace/documents/${documentId}/propose-again"] button`));
      expect(await page.locator('.notice').textContent()).toMatch(/^Proposed again: /);
      expect((await decision(documentId, over)).claim_id).not.toBeNull();

      // A document registered without its text.
      const bare = (
        await request(env.t.app).post('/v1/documents').set(env.t.as.editor).send({ title: 'Registered without text' }).expect(201)
      ).body.id;
      await page.goto(`${env.server.base}/workspace/documents/${bare}`);
      expect(await page.locator('h1').textContent()).toBe('Add the text of “Registered without text”');
      await noViolationsWithoutScript(page, 'a document without text');
      await page.fill('#doc-text', TEXT);
      await go(page, () => page.click('main form button[type=submit]'));
      expect(new URL(page.url()).pathname).toBe(`/workspace/documents/${bare}`);
      expect(await page.locator('#ws-text mark').count()).toBeGreaterThanOrEqual(3);

      await go(page, () => page.click('header.site .session button'));
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await noViolationsWithoutScript(page, 'signed out');
    } catch (e) {
      await screenshotOnFailure(page, 'workspace-walk-no-script');
      throw e;
    } finally {
      await context.close();
    }
  }, 180_000);
});
