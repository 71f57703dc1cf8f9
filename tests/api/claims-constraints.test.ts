import { createTestApp, TestApp } from '../support/app';

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
  await expect(t.db.transaction(async (trx) => {
    for (const change of [
      { value: null, approximation: 'range', value_low: 0, value_high: 300 },
      { value: 0, approximation: 'exact', value_low: null, value_high: null },
      { value: null, approximation: 'vague', value_low: null, value_high: null },
    ]) {
      await trx('claims').where({ id }).update(change);
      expect(await trx('claims').where({ id }).first('value', 'approximation')).toEqual({ value: change.value, approximation: change.approximation });
    }
    throw rolledBack;
  })).rejects.toBe(rolledBack);
});
