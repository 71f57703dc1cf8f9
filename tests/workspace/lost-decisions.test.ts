import { documentUnderReview, loadVocabulariesOnly, reportsArticle, signIn } from './support';
import { ledgerThroughProxy } from '../support/ledgerThroughProxy';

/*
 * The workspace's decisions through a proxy that cuts the ledger's connection to PostgreSQL: right after a COMMIT
 * (the save done, its answer lost: 503), or in the middle of a transaction (nothing done). Each decision is one
 * transaction that also marks the form's one-time id, so the same form sent again answers as the first would have
 * (src/idempotency/savedOnce.ts), and a fault leaves all of a decision or none of it.
 */
jest.setTimeout(180_000);

const ledger = ledgerThroughProxy({ prepare: (t) => loadVocabulariesOnly(t.db) });
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  editor = await signIn(ledger.app, ledger.t.keys.editor);
});

/** A document under review of six candidates: c1–c3 unsure (35%), c4–c6 sure (90%); answers its review's path. */
async function underReview(title: string): Promise<string> {
  const { text, candidates } = reportsArticle(6, 101, (i) => `${title} agency ${i}`);
  candidates.forEach((c, i) => (c.confidence = i < 3 ? 0.15 : 0.9));
  const id = await documentUnderReview(ledger.t, editor, { title, kind: 'report', language: 'en', text, separate: 'yes' }, candidates);
  return `/workspace/documents/${id}`;
}

/** `send` with the next message holding `pattern` cut after it reached the database: its answer, once the cut happened. */
async function cut<T>(pattern: string, send: () => Promise<T>): Promise<T> {
  const done = ledger.proxy.cutAfter(pattern);
  const answer = await send();
  await done;
  return answer;
}

const decisionsOf = async (path: string) => {
  const id = Number(/\d+$/.exec(path)![0]);
  return ledger.t
    .db('workspace_decisions as d')
    .join('workspace_extractions as e', 'e.id', 'd.extraction_id')
    .where('e.document_id', id)
    .orderBy('d.candidate_id')
    .select('d.candidate_id', 'd.decision', 'd.batch', 'd.claim_id');
};

test('reject all low-confidence, its answer lost after the COMMIT, sent again: one batch, the same answer, and its undo reopens it', async () => {
  const path = await underReview('Rejected once');
  const form = { form_id: 'lost-reject-low-0000000001', candidates: 'c1 c2 c3' };
  const first = await cut('COMMIT', () => editor.post(`${path}/reject-low`, form));
  expect(first.status).toBe(503);
  const rejected = await decisionsOf(path);
  expect(rejected.map((d) => [d.candidate_id, d.decision])).toEqual([
    ['c1', 'rejected'],
    ['c2', 'rejected'],
    ['c3', 'rejected'],
  ]);
  const batch = rejected[0].batch;
  expect(rejected.every((d) => d.batch === batch)).toBe(true);

  // Run again outside a transaction, the resend took a new batch and rejected nothing in it: "0 rejected", and an undo
  // that reopens nothing.
  const again = await editor.post(`${path}/reject-low`, form);
  expect({ status: again.status, location: again.headers.location }).toEqual({
    status: 303,
    location: `${path}?low=3&batch=${batch}&open=c4#cand-c4`,
  });
  expect(await decisionsOf(path)).toEqual(rejected);

  const undoForm = { form_id: 'lost-undo-batch-0000000001', batch: String(batch) };
  const undo = await cut('COMMIT', () => editor.post(`${path}/reconsider`, undoForm));
  expect(undo.status).toBe(503);
  expect(await decisionsOf(path)).toEqual([]);
  const undoAgain = await editor.post(`${path}/reconsider`, undoForm);
  expect({ status: undoAgain.status, location: undoAgain.headers.location }).toEqual({
    status: 303,
    location: `${path}?undone=3&open=c1#cand-c1`,
  });
});

test('reject all low-confidence cut in the middle of its transaction leaves nothing, and sent again rejects all in one batch', async () => {
  const path = await underReview('Rejected after a cut');
  const form = { form_id: 'cut-reject-low-00000000001', candidates: 'c1 c2 c3' };
  // The first rejection's INSERT reaches the database, then the connection ends: outside a transaction it had stayed,
  // alone in a batch the resend's undo did not reopen.
  const first = await cut('INSERT INTO workspace_decisions', () => editor.post(`${path}/reject-low`, form));
  expect(first.status).toBe(503);
  expect(await decisionsOf(path)).toEqual([]);

  const again = await editor.post(`${path}/reject-low`, form);
  expect(again.status).toBe(303);
  const rejected = await decisionsOf(path);
  expect(rejected.map((d) => d.candidate_id)).toEqual(['c1', 'c2', 'c3']);
  expect(new Set(rejected.map((d) => d.batch)).size).toBe(1);
  expect(again.headers.location).toBe(`${path}?low=3&batch=${rejected[0].batch}&open=c4#cand-c4`);
});

test('a rejection and a reconsideration, each answer lost after the COMMIT, sent again land where the first would have', async () => {
  const path = await underReview('Rejected by its row');
  const reject = { form_id: 'lost-row-reject-0000000001', row: 'reject c2' };
  expect((await cut('COMMIT', () => editor.post(`${path}/rows`, reject))).status).toBe(503);
  expect((await decisionsOf(path)).map((d) => [d.candidate_id, d.decision])).toEqual([['c2', 'rejected']]);
  // (a check before the transaction found the candidate decided: 409)
  const again = await editor.post(`${path}/rows`, reject);
  expect({ status: again.status, location: again.headers.location }).toEqual({
    status: 303,
    location: `${path}?rejected=c2&open=c3#cand-c3`,
  });

  const reconsider = { form_id: 'lost-row-reconsider-000001', row: 'reconsider c2' };
  expect((await cut('COMMIT', () => editor.post(`${path}/rows`, reconsider))).status).toBe(503);
  expect(await decisionsOf(path)).toEqual([]);
  const reopened = await editor.post(`${path}/rows`, reconsider);
  expect({ status: reopened.status, location: reopened.headers.location }).toEqual({
    status: 303,
    location: `${path}?reopened=c2&open=c2#cand-c2`,
  });
});

test('accept all high-confidence, its answer lost after the COMMIT, sent again: every sure candidate accepted once', async () => {
  const path = await underReview('Accepted at once');
  const form = { form_id: 'lost-accept-high-000000001', editing: '' };
  expect((await cut('COMMIT', () => editor.post(`${path}/accept-high`, form))).status).toBe(503);
  const accepted = await decisionsOf(path);
  expect(accepted.map((d) => [d.candidate_id, d.decision])).toEqual([
    ['c4', 'accepted'],
    ['c5', 'accepted'],
    ['c6', 'accepted'],
  ]);
  // With a transaction per candidate, the resend's review (c4 decided) matched c5 to c4's saved answer: c5 was left
  // open, counted as accepted.
  const again = await editor.post(`${path}/accept-high`, form);
  expect({ status: again.status, location: again.headers.location }).toEqual({
    status: 303,
    location: `${path}?high=3-0-0&open=c1#cand-c1`,
  });
  expect(await decisionsOf(path)).toEqual(accepted);
  expect(
    await ledger.t.db('claims').whereIn(
      'id',
      accepted.map((d) => d.claim_id),
    ),
  ).toHaveLength(3);
});

test('a retraction whose answer was lost after the COMMIT, sent again, lands on the claim it retracted', async () => {
  const path = await underReview('Retracted once');
  expect((await editor.post(`${path}/rows`, { row: 'accept c4' })).status).toBe(303);
  const [{ claim_id: claimId }] = await decisionsOf(path);
  const claim = await ledger.t.db('claims').where({ id: claimId }).first();
  const form = { form_id: 'lost-retraction-0000000001', reason: 'entered twice', version: String(claim.version) };
  expect((await cut('COMMIT', () => editor.post(`/workspace/claims/${claimId}/retract`, form))).status).toBe(503);
  expect(await ledger.t.db('claims').where({ id: claimId }).first()).toMatchObject({ status: 'retracted' });
  // (a check before the transaction found the claim retracted: the 409 page "Retracted")
  const again = await editor.post(`/workspace/claims/${claimId}/retract`, form);
  expect({ status: again.status, location: again.headers.location }).toEqual({
    status: 303,
    location: `/claims/${claimId}?retracted=1#outcome`,
  });
  expect(await ledger.t.db('revisions').where({ entity: 'claim', entity_id: claimId, action: 'retract' })).toHaveLength(1);
});

test('50 identical posts of reject all low-confidence at once, one form id: one batch, every answer the same redirect', async () => {
  const path = await underReview('Rejected fifty times at once');
  const form = { form_id: 'fifty-reject-low-000000001', candidates: 'c1 c2 c3' };
  const answers = await Promise.all(Array.from({ length: 50 }, () => editor.post(`${path}/reject-low`, form)));
  const rejected = await decisionsOf(path);
  expect(rejected.map((d) => d.candidate_id)).toEqual(['c1', 'c2', 'c3']);
  expect(new Set(rejected.map((d) => d.batch)).size).toBe(1);
  const location = `${path}?low=3&batch=${rejected[0].batch}&open=c4#cand-c4`;
  expect(new Set(answers.map((a) => `${a.status} ${a.headers.location}`))).toEqual(new Set([`303 ${location}`]));
});
