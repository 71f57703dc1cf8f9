import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';
import { signIn } from '../workspace/support';

/*
 * robust52: a retraction withdraws a claim from the ledger (a soft delete, its links kept), so no new relation may point
 * at a retracted claim, by the API or the edit page: 422 naming the relation, nothing changed. A link held before the
 * retraction stays, and an edit sending it back is saved. An edit keeps the rows of the links it leaves as they are
 * (their ids and the time they were recorded), where it had deleted and inserted every one.
 */
let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

const create = async (fields: Record<string, unknown> = {}) =>
  (await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody(fields)).expect(201)).body.id as number;
const retract = (id: number) =>
  request(t.app).delete(`/v1/claims/${id}`).set(t.as.editor).set('If-Match', '*').send({ reason: 'entered in error' }).expect(200);
const relationRows = (id: number) =>
  t.db('claim_relations').where({ claim_id: id }).orderBy('id').select('id', 'type', 'related_claim_id', 'created_at');

test('a new claim or an edit relating to a retracted claim is refused naming the relation', async () => {
  const withdrawn = await create();
  await retract(withdrawn);
  const other = await create();
  const before = await tableChecksums(t.db);
  const created = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ relations: [{ type: 'supersedes', claim_id: withdrawn }] }))
    .expect(422);
  expect(created.headers['content-type']).toMatch(/problem\+json/);
  const refusal = [{ field: '/relations/0/claim_id', message: `claim ${withdrawn} is retracted: a new relation may not point at it` }];
  expect(created.body.errors).toEqual(refusal);
  const edited = await request(t.app)
    .patch(`/v1/claims/${other}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ relations: [{ type: 'contradicts', claim_id: withdrawn }], reason: 'links' })
    .expect(422);
  expect(edited.body.errors).toEqual(refusal);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a link held before its target was retracted stays, and an edit sending it back is saved', async () => {
  const target = await create();
  const holder = await create({ relations: [{ type: 'part_of', claim_id: target }] });
  await retract(target);
  const rows = await relationRows(holder);
  const res = await request(t.app)
    .patch(`/v1/claims/${holder}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ notes: 'checked', relations: [{ type: 'part_of', claim_id: target }], reason: 'a note' })
    .expect(200);
  expect(res.body.notes).toBe('checked');
  expect(await relationRows(holder)).toEqual(rows);
});

test('a link held to a retracted claim sent back with another asserter is a new link, refused', async () => {
  const target = await create();
  const holder = await create({ relations: [{ type: 'part_of', claim_id: target }] });
  await retract(target);
  const asserter = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name: 'Second Look Watch' }).expect(201))
    .body.id as number;
  const before = await tableChecksums(t.db);
  const res = await request(t.app)
    .patch(`/v1/claims/${holder}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ relations: [{ type: 'part_of', claim_id: target, asserted_by: asserter }], reason: 'another asserter' })
    .expect(422);
  expect(res.body.errors).toEqual([
    { field: '/relations/0/claim_id', message: `claim ${target} is retracted: a new relation may not point at it` },
  ]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('an edit of another field keeps the rows of the links it leaves; a link changed is a new row, one dropped is gone', async () => {
  const [a, b, c] = [await create(), await create(), await create()];
  const holder = await create({
    relations: [
      { type: 'part_of', claim_id: a },
      { type: 'corroborates', claim_id: b },
    ],
  });
  const [partOf, corroborates] = await relationRows(holder);
  await request(t.app)
    .patch(`/v1/claims/${holder}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({
      value: 41,
      value_text: '41',
      relations: [
        { type: 'part_of', claim_id: a },
        { type: 'corroborates', claim_id: b },
      ],
      reason: 'value',
    })
    .expect(200);
  expect(await relationRows(holder)).toEqual([partOf, corroborates]);
  await request(t.app)
    .patch(`/v1/claims/${holder}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({
      relations: [
        { type: 'part_of', claim_id: a },
        { type: 'derived_from', claim_id: c },
      ],
      reason: 'links',
    })
    .expect(200);
  const after = await relationRows(holder);
  expect(after[0]).toEqual(partOf);
  expect(after.slice(1).map((r) => [r.type, Number(r.related_claim_id)])).toEqual([['derived_from', c]]);
  expect(Number(after[1].id)).toBeGreaterThan(Number(corroborates.id));
});

test('the edit page refuses a relation to a retracted claim beside its row and saves nothing', async () => {
  const withdrawn = await create();
  await retract(withdrawn);
  const id = await create();
  const page = await editor.get(`/workspace/claims/${id}/edit`);
  const version = /name="version" value="(\d+)"/.exec(page.text)![1];
  const before = await tableChecksums(t.db);
  const res = await editor.post(`/workspace/claims/${id}/edit`, {
    value_text: '40',
    value: '40',
    value_low: '',
    value_high: '',
    approximation: 'exact',
    metric: 'foreign_fighters',
    country: 'KZ',
    group: '',
    location: '',
    claimant: 'actor:4',
    claimant_name: '',
    claimant_kind: 'person',
    as_of: '',
    stated_on: '',
    context: '',
    notes: '',
    rank: 'normal',
    credibility: '',
    rel_type_0: 'supersedes',
    rel_target_0: String(withdrawn),
    reason: 'a link',
    version,
  });
  expect(res.status).toBe(422);
  expect(res.text).toContain(`claim ${withdrawn} is retracted: a new relation may not point at it`);
  expect(await tableChecksums(t.db)).toEqual(before);
});
