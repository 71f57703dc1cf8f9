import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { createTestApp, TestApp } from '../support/app';
import { candidateIn, signIn } from './support';

const TEXT =
  'The security service said that 312 citizens were still held in Syria, revising its estimate of "more than 400". Around 150 of them were women, the agency said.';
const SENTENCE = TEXT.slice(0, TEXT.indexOf('.') + 1);

function cand(id: string, words: string, fields: Partial<Candidate> = {}): Candidate {
  return candidateIn(TEXT, words, {
    id,
    claimant: { name: 'The security service', mention: null, actor_id: null, new: true },
    cue: 'said',
    quote: { exact: SENTENCE, start: 0, end: SENTENCE.length, prefix: '', suffix: '' },
    confidence: 0.9,
    as_of: '2024-03-14',
    reasons: {
      as_of: '"on Thursday" → 2024-03-14',
      stated_on: '"on Thursday" by the cue',
      people: 'counts citizens',
      approximation: 'no qualifier → exact',
    },
    ...fields,
  });
}

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

async function documentWith(candidates: Candidate[]): Promise<number> {
  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Decided rows', text: TEXT }).expect(201);
  await t
    .db('workspace_extractions')
    .insert({ document_id: doc.body.id, text_sha256: doc.body.text_sha256, created_by: 'test', candidates: JSON.stringify(candidates) });
  return doc.body.id;
}

/** A row's line of what it proposes or holds, as the page says it (tags out, entities read). */
const rowLine = (html: string, cid: string): string => {
  const article = new RegExp(`<article id="cand-${cid}"[\\s\\S]*?</article>`).exec(html)?.[0] ?? '';
  const line = /<p class="cand-proposal">([\s\S]*?)<\/p>/.exec(article)?.[1] ?? '';
  return line.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'");
};

describe('a decided row of the review', () => {
  test('says the claim as the ledger holds it, not the proposal the editor corrected', async () => {
    const id = await documentWith([
      cand('c1', '312', { value: 312, metric: 'returnees' }),
      cand('c2', 'Around 150', { value: 150, metric: 'women' }),
    ]);
    const accepted = await editor.post(`/workspace/documents/${id}/candidates/c1`, {
      action: 'accept',
      value_text: '312',
      value: '312',
      approximation: 'exact',
      metric: 'still_in_conflict_zone',
      country: 'KZ',
      claimant: 'new',
      claimant_name: 'National Security Committee',
      claimant_kind: 'government_agency',
      as_of: '2024-03-01',
      quote: SENTENCE,
    });
    expect(accepted.status).toBe(303);
    const claimId = Number(/accepted=(\d+)/.exec(accepted.headers.location)![1]);
    // c2 open in full, c1 a row
    const review = await editor.get(`/workspace/documents/${id}?open=c2`);
    expect(review.status).toBe(200);
    expect(rowLine(review.text, 'c1')).toBe(
      'In the ledger: exact 312 · Still in the conflict zone · Kazakhstan · said by National Security Committee · as of 2024-03-01',
    );
    expect(review.text).toContain(`Accepted as claim ${claimId}.`);
    // The row leads to the claim's correction, and the claim's page back to the row, for the editor only.
    expect(review.text).toContain(`<a href="/workspace/claims/${claimId}/edit">Correct claim ${claimId}</a>`);
    const back = `<a href="/workspace/documents/${id}?open=c1#cand-c1">Its review: c1 of document ${id}</a>`;
    expect((await editor.get(`/claims/${claimId}`)).text).toContain(back);
    expect((await request(t.app).get(`/claims/${claimId}`).set('Accept', 'text/html').expect(200)).text).not.toContain('Its review');

    // Corrected later from its page: the row follows the claim, and says it is retracted once it is.
    const held = await request(t.app).get(`/v1/claims/${claimId}`).expect(200);
    const retracted = await request(t.app)
      .delete(`/v1/claims/${claimId}`)
      .set(t.as.editor)
      .set('If-Match', held.headers.etag)
      .send({ reason: 'Counted twice' });
    expect(retracted.status).toBeLessThan(300);
    expect(rowLine((await editor.get(`/workspace/documents/${id}?open=c2`)).text, 'c1')).toMatch(/ · as of 2024-03-01 · retracted$/);
    // Retracted, it offers no correction, and still the way back.
    const page = (await editor.get(`/claims/${claimId}`)).text;
    expect(page).toContain(back);
    expect(page).not.toContain(`/workspace/claims/${claimId}/edit`);
  });

  test('left open or rejected, says what the candidate proposes', async () => {
    const id = await documentWith([
      cand('c1', '312', { value: 312, metric: 'returnees' }),
      cand('c2', 'Around 150', { value: 150, metric: 'women' }),
    ]);
    expect((await editor.post(`/workspace/documents/${id}/rows`, { row: 'reject c1' })).status).toBe(303);
    const review = await editor.get(`/workspace/documents/${id}?open=c2`);
    expect(rowLine(review.text, 'c1')).toBe('exact 312 · Returnees · Kazakhstan · said by The security service (new) · as of 2024-03-14');
  });

  test('the reasons of a candidate name their fields by the form labels', async () => {
    const id = await documentWith([cand('c1', '312', { value: 312, metric: 'returnees' })]);
    const review = await editor.get(`/workspace/documents/${id}?open=c1`);
    const reasons = /<details class="ws-reasons">([\s\S]*?)<\/details>/.exec(review.text)![1];
    const items = [...reasons.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1].split(':')[0]);
    expect(items.sort()).toEqual(['As of', 'Stated on', 'Who is counted', 'Wording']);
  });
});
