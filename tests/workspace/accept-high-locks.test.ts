import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import type { Candidate } from '../../src/extract/candidate';
import { targetsFirst } from '../../src/web/workspace/review';
import { documentUnderReview, reportsArticle, signIn } from './support';

/*
 * "Accept all high-confidence" is one transaction (lost-decisions.test.ts says why). A relation between two of its
 * candidates whose source was accepted before its target was linked by an edit of the source's claim, which takes the
 * ledger-wide lock of the relation graph until the pass commits: every edit of a relation anywhere waited for the rest
 * of the pass. Accepted targets first, the relation is saved with the new claim, which takes no such lock.
 */
jest.setTimeout(180_000);

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
  // Each of the pass's claims (values from 100,001) takes a second to save: the pass lasts six.
  await t.db.raw(`
    CREATE FUNCTION slow_pass_claim() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.value > 100000 THEN PERFORM pg_sleep(1); END IF; RETURN NEW; END $$`);
  await t.db.raw(`CREATE TRIGGER slow_pass_claim BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION slow_pass_claim()`);
});
afterAll(() => t.drop());

test('accept all high-confidence with a relation to a later candidate does not hold the relation graph for the rest of the pass', async () => {
  const { text, candidates } = reportsArticle(6, 100_001, (i) => `Locking agency ${i}`);
  candidates.forEach((c) => (c.confidence = 0.9));
  // c1 supersedes c2, which comes after it in the text.
  candidates[0].relations = [{ type: 'supersedes', target: 'c2' }];
  const id = await documentUnderReview(
    t,
    editor,
    { title: 'Locks of a pass', kind: 'report', language: 'en', text, separate: 'yes' },
    candidates,
  );
  const seedClaim = await request(t.app).get('/v1/claims/1').set(t.as.editor).expect(200);

  // The claims' ids are taken outside transactions: how far the pass has come, seen from outside it.
  const claimIds = async () => Number((await t.db.raw('SELECT last_value FROM claims_id_seq')).rows[0].last_value);
  const before = await claimIds();
  const finished: string[] = [];
  const pass = editor.post(`/workspace/documents/${id}/accept-high`, { form_id: 'locks-accept-high-00000001', editing: '' }).then((res) => {
    finished.push('pass');
    return res;
  });
  // Once the third claim is being saved, c1 and c2 are (and the relation between them): an edit of another claim's
  // relations, meanwhile.
  while ((await claimIds()) < before + 3) await new Promise((resolve) => setTimeout(resolve, 100));
  const edit = await request(t.app)
    .patch('/v1/claims/1')
    .set(t.as.editor)
    .set('If-Match', seedClaim.headers.etag)
    .send({ relations: [{ type: 'part_of', claim_id: 3 }], reason: 'an edit while a pass runs' });
  finished.push('edit');
  expect(edit.status).toBe(200);
  expect((await pass).status).toBe(303);
  expect(finished).toEqual(['edit', 'pass']);

  // The relation was saved, with c1's claim: created after c2's, in one revision.
  const claimOf = async (candidate: string): Promise<number> =>
    (
      await t
        .db('workspace_decisions as d')
        .join('workspace_extractions as e', 'e.id', 'd.extraction_id')
        .where({ 'e.document_id': id, 'd.candidate_id': candidate })
        .first('d.claim_id')
    ).claim_id;
  const [c1, c2] = [await claimOf('c1'), await claimOf('c2')];
  expect(await t.db('claim_relations').where({ claim_id: c1 }).select('type', 'related_claim_id')).toEqual([
    { type: 'supersedes', related_claim_id: c2 },
  ]);
  expect(c2).toBeLessThan(c1);
  expect(await t.db('revisions').where({ entity: 'claim', entity_id: c1 })).toHaveLength(1);
});

test('targetsFirst puts the candidates a candidate relates to before it, the order kept otherwise and within a loop', () => {
  const relating = (id: string, ...targets: string[]) =>
    ({ id, relations: targets.map((target) => ({ type: 'supersedes', target })) }) as unknown as Candidate;
  // a → c → d; b alone; e and f in a loop; g relates to a candidate not in the list.
  const list = [
    relating('a', 'c'),
    relating('b'),
    relating('c', 'd'),
    relating('d'),
    relating('e', 'f'),
    relating('f', 'e'),
    relating('g', 'x'),
  ];
  expect(targetsFirst(list).map((c) => c.id)).toEqual(['d', 'c', 'a', 'b', 'f', 'e', 'g']);
});
