import request from 'supertest';
import { candidateIn } from '../workspace/support';
import { servedLedger } from '../workspace/served';
import { describeInBrowser, screenshotOnFailure } from '../support/browser';

/** An article longer than a screen, as most are. */
const TEXT = [
  'The agency said that over 300 militants had left.',
  'A later report put the number of women among them at around 150.',
  ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the report tells of the region's history, with no figure in it.`),
].join('\n\n');
/** Words and names as long as editors meet them: a claimant's full title, a figure's whole phrase. */
const LONG_CLAIMANT = 'Committee for National Security of the Republic of Kazakhstan, Department for Counter-Terrorism';
const LONG_WORDS = 'over 300 militants, including the ones who later returned, according to the agency';

/**
 * The review page's choices list the document's saved claims by their words and claimant: a long entry made the
 * relation and "add as a source of" pickers as wide as their text, past the candidate's card and the page (52 px
 * at 1280, 183 px at 320 with the seed article).
 */
describeInBrowser('the workspace review page at phone and desktop widths', () => {
  let documentId: number;
  const env = servedLedger(async (t) => {
    const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Widths', text: TEXT }).expect(201);
    documentId = doc.body.id;
    const actor = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'government_agency', name: LONG_CLAIMANT });
    const [first, second] = TEXT.split('\n\n');
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'KZ',
        value: 300,
        approximation: 'more_than',
        value_text: LONG_WORDS,
        claimant_id: actor.body.id,
        sources: [{ document_id: documentId, quote: first }],
      })
      .expect(201);
    const quote = { exact: second, start: TEXT.indexOf(second), end: TEXT.indexOf(second) + second.length, prefix: '', suffix: '' };
    await t.db('workspace_extractions').insert({
      document_id: documentId,
      text_sha256: doc.body.text_sha256,
      created_by: 'test',
      candidates: JSON.stringify([candidateIn(TEXT, 'around 150', { id: 'c1', quote, value: 150, approximation: 'approximately' })]),
    });
  });

  test.each([1280, 320])(
    'at %i px nothing is wider than the page, every picker stays inside its card, nothing covers a card',
    async (width) => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      try {
        await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
        await page.fill('#key', env.t.keys.editor);
        await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
        // The relation targets are offered once for the page, as a list the fields name.
        expect(await page.getAttribute('#c1-rel_target_0', 'list')).toBe('ws-targets');
        expect(await page.locator('#ws-targets option', { hasText: LONG_CLAIMANT }).count()).toBe(1);
        const found = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
          // Controls whose right edge is past their candidate card's.
          outside: [...document.querySelectorAll('article.cand select, article.cand input, article.cand textarea, article.cand fieldset')]
            .filter((e) => e.getBoundingClientRect().right > e.closest('article')!.getBoundingClientRect().right + 0.5)
            .map((e) => e.id || e.tagName),
        }));
        expect(found).toEqual({ scroll: width, client: width, outside: [] });
        // The text beside the candidates stays in its place: nothing covers a candidate's fields and buttons once they are
        // scrolled into view (at one column the text pane stuck over every card below it).
        const covered: string[] = [];
        for (const control of await page.locator('article.cand button, article.cand select, article.cand textarea').all()) {
          await control.scrollIntoViewIfNeeded();
          const hit = await control.evaluate((e) => {
            const r = e.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return top !== null && (top === e || e.contains(top));
          });
          if (!hit) covered.push((await control.getAttribute('id')) ?? (await control.textContent()) ?? '?');
        }
        expect(covered).toEqual([]);
      } catch (e) {
        await screenshotOnFailure(page, `workspace-narrow-${width}`);
        throw e;
      } finally {
        await page.close();
      }
    },
  );

  test('with JavaScript off, a 320 px review says in its first screen what needs script and the way without it', async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      const note = page.locator('.ws-no-script');
      expect(await note.textContent()).toMatch(/^JavaScript is off: the keyboard shortcuts, starting a claim from words selected/);
      expect((await note.boundingBox())!.y).toBeLessThan(640);
    } finally {
      await context.close();
    }
    // With script on, the note is not shown.
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${env.server.base}/workspace/documents/${documentId}`);
      await page.fill('#key', env.t.keys.editor);
      await Promise.all([page.waitForNavigation(), page.press('#key', 'Enter')]);
      expect(await page.locator('.ws-no-script').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
