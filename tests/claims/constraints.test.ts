import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { storeAsBefore } from '../support/negativeFigures';

// The API refuses negative counts and reversed ranges (schemas and checkValue); the database refuses them too,
// for writers that bypass the service: a script, a bulk load, a hand-made fix.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

async function seededClaim(): Promise<{ id: number; value: number | null; value_low: number | null; value_high: number | null }> {
  return t.db('claims').orderBy('id').first('id', 'value', 'value_low', 'value_high');
}

test.each([
  ['a negative value', { value: -1 }, 'claims_figures_not_negative'],
  ['a negative lower bound', { value: null, approximation: 'range', value_low: -5, value_high: 10 }, 'claims_figures_not_negative'],
  ['a negative upper bound', { value: null, value_low: null, value_high: -5 }, 'claims_figures_not_negative'],
  ['a range whose low is above its high', { value: null, approximation: 'range', value_low: 600, value_high: 300 }, 'claims_bounds_order'],
])('the database refuses %s and keeps the row', async (_what, change, constraint) => {
  const before = await seededClaim();
  await expect(t.db('claims').where({ id: before.id }).update(change)).rejects.toMatchObject({ code: '23514', constraint });
  expect(await seededClaim()).toEqual(before);
});

test('a range in order, a zero and a vague figure are accepted', async () => {
  const { id } = await seededClaim();
  const rolledBack = new Error('roll back');
  await expect(
    t.db.transaction(async (trx) => {
      for (const change of [
        { value: null, approximation: 'range', value_low: 0, value_high: 300 },
        { value: 0, approximation: 'exact', value_low: null, value_high: null },
        { value: null, approximation: 'vague', value_low: null, value_high: null },
      ]) {
        await trx('claims').where({ id }).update(change);
        expect(await trx('claims').where({ id }).first('value', 'approximation')).toEqual({
          value: change.value,
          approximation: change.approximation,
        });
      }
      throw rolledBack;
    }),
  ).rejects.toBe(rolledBack);
});

test('a claim holding a negative figure from before can still be edited, superseded and retracted; a new negative cannot be written', async () => {
  const { id } = await seededClaim();
  await storeAsBefore(t.db, id, { value: -5, value_low: null, value_high: null, approximation: 'exact' });
  await request(t.app)
    .patch(`/v1/claims/${id}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ notes: 'checked', reason: 'test' })
    .expect(200);
  await expect(t.db('claims').where({ id }).update({ value: -6 })).rejects.toMatchObject({
    code: '23514',
    constraint: 'claims_figures_not_negative',
  });
  const old = (await request(t.app).get(`/v1/claims/${id}`).expect(200)).body;
  const newer = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: old.metric,
      country: old.country,
      value: 5,
      approximation: 'exact',
      value_text: 'five',
      claimant_id: old.claimant.id,
      sources: [{ document_id: old.sources[0].document.id, quote: old.sources[0].quote }],
      relations: [{ type: 'supersedes', claim_id: id }],
    })
    .expect(201);
  expect((await request(t.app).get(`/v1/claims/${id}`).expect(200)).body).toMatchObject({ status: 'superseded', value: -5 });
  // Retracting the newer claim makes the old one active again: its row is written, its figure unchanged.
  await request(t.app).delete(`/v1/claims/${newer.body.id}?reason=test`).set(t.as.editor).set('If-Match', '*').expect(200);
  await request(t.app).delete(`/v1/claims/${id}?reason=a negative count`).set(t.as.editor).set('If-Match', '*').expect(200);
  expect(await t.db('claims').where({ id }).first('status', 'value')).toEqual({ status: 'retracted', value: -5 });
});
