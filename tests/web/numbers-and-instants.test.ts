import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { candidateIn, documentUnderReview, reportsArticle, signIn } from '../workspace/support';
import { instantInWords } from '../../src/web/components/instant';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const page = (url: string) => request(t.app).get(url).set('Accept', 'text/html');
/** The element `<time datetime="…">` of an instant, as the pages write it. */
const timeOf = (iso: string) => `<time datetime="${iso}">${instantInWords(iso)}</time>`;

describe('instants are shown in words, in UTC, saying so', () => {
  test('instantInWords: the date in words, the time to the second, UTC; what is not an instant as it is', () => {
    expect(instantInWords('2026-12-05T19:47:07.123Z')).toBe('5 December 2026, 19:47:07 UTC');
    expect(instantInWords('2026-01-01T00:00:00Z')).toBe('1 January 2026, 00:00:00 UTC');
    expect(instantInWords('2026-06-30T23:30:00+05:00')).toBe('30 June 2026, 18:30:00 UTC');
    expect(instantInWords('not an instant')).toBe('not an instant');
  });

  test('a claim page says when the claim was recorded and changed, its history when each revision was made, and the as-recorded banner its instant', async () => {
    const created = await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201);
    const id = created.body.id;
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const edited = await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ notes: 'checked', reason: 'a note' })
      .expect(200);
    const res = await page(`/claims/${id}`).expect(200);
    expect(res.text).toContain(`Recorded ${timeOf(created.body.created_at)}, last changed ${timeOf(edited.body.updated_at)} (version 2).`);
    const history = (await request(t.app).get(`/v1/claims/${id}/history`).expect(200)).body.revisions;
    for (const r of history) expect(res.text).toContain(`(version ${r.version}) by test editor, ${timeOf(r.created_at)}`);

    const then = await page(`/claims/${id}?as_recorded=${encodeURIComponent(before)}`).expect(200);
    // The banner opens the main landmark, where "Skip to content" lands (it stood outside every landmark).
    expect(then.text).toContain(
      `<main id="main" tabindex="-1"><p class="as-recorded" role="note">As recorded at ${timeOf(before)}: the ledger as it stood then`,
    );
    expect(then.text).toContain(`The citations above are of the claim as recorded at ${timeOf(before)};`);
  });

  test('a document page says when it was retrieved; the edit page when the claim last changed', async () => {
    const doc = await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: 'Retrieved in the evening', retrieved_at: '2026-11-30T21:15:00Z' })
      .expect(201);
    expect((await page(`/documents/${doc.body.id}`).expect(200)).text).toContain(
      `<dt>Retrieved</dt><dd>${timeOf(doc.body.retrieved_at)}</dd>`,
    );
    const editor = await signIn(t.app, t.keys.editor);
    const claim = (await request(t.app).get('/v1/claims/1').expect(200)).body;
    expect((await editor.get('/workspace/claims/1/edit')).text).toContain(`last changed ${instantInWords(claim.updated_at)}.`);
  });
});

test('a review row groups the digits of its figure as every page does: 1,500, a range 1,000–2,500', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const { text, candidates } = reportsArticle(3, 1499, () => 'The ministry');
  const range = candidateIn(
    text,
    '1501',
    { id: 'c4', quote: candidates[2].quote, approximation: 'range', value_low: 1000, value_high: 2500 },
    text.lastIndexOf('1501'),
  );
  const id = await documentUnderReview(t, editor, { title: 'Figures in thousands', kind: 'report', text, separate: 'yes' }, [
    ...candidates,
    range,
  ]);
  const review = (await editor.get(`/workspace/documents/${id}`)).text;
  const proposals = [...review.matchAll(/<p class="cand-proposal">([^<]*)/g)].map((m) => m[1].split(' · ')[0]);
  // c1 is the form open in full; the others are rows.
  expect(proposals).toEqual(['exact 1,500', 'exact 1,501', 'range 1,000–2,500']);
});
