import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * One asserter cannot hold both that a claim contradicts another and that it corroborates it. Sent together, the two
 * had been stored side by side and shown on every view; they are refused naming the later, on every way a claim's
 * relations are written (create, edit, import). Two asserters may disagree: that is data.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const both = [
  { type: 'contradicts', claim_id: 2 },
  { type: 'corroborates', claim_id: 2 },
];
const refused = {
  status: 422,
  errors: [
    {
      field: '/relations/1',
      message: 'says this claim corroborates claim 2, where /relations/0 says it contradicts it, by the same asserter',
    },
  ],
};

test('contradicts and corroborates of one claim by one asserter are refused, in a create, an edit and an import', async () => {
  const before = await tableChecksums(t.db);
  const created = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ relations: both }));
  expect({ status: created.status, errors: created.body.errors }).toEqual(refused);
  // the claimant (4) named as the asserter is the same asserter as the default
  const named = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ relations: [both[0], { ...both[1], asserted_by: 4 }] }));
  expect({ status: named.status, errors: named.body.errors }).toEqual(refused);
  const edited = await request(t.app)
    .patch('/v1/claims/6')
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ reason: 'a test edit', relations: both });
  expect({ status: edited.status, errors: edited.body.errors }).toEqual(refused);
  const line = { type: 'claim', ...seedClaimBody({ claimant_id: undefined, claimant: 4, sources: [{ document: 1, quote: 'over 300' }] }) };
  const imported = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(JSON.stringify({ ...line, relations: both.map((r) => ({ type: r.type, claim: r.claim_id })) }));
  expect({ status: imported.status, errors: imported.body.errors }).toEqual({ status: 422, errors: [{ line: 1, ...refused.errors[0] }] });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('two asserters may disagree about one claim', async () => {
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ relations: [both[0], { ...both[1], asserted_by: 2 }] }))
    .expect(201);
  expect(res.body.relations.map((r: { type: string; asserted_by: { id: number } }) => [r.type, r.asserted_by.id])).toEqual([
    ['contradicts', 4],
    ['corroborates', 2],
  ]);
});
