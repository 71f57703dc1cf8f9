/**
 * Vocab47: a review whose candidate proposes a subdivision an admin deleted since (TJ-SX, added by mistake for TJ-SU)
 * opens as before, its country field holding the code, and accepting it is the form's 422 naming the code as no known
 * place, at the country field: no 500, no claim of a place that is gone.
 */
import request from 'supertest';
import type { TestApp } from '../support/app';
import { documentProposing, fieldValue, hiddenFields, saidCandidate, workspaceLedger } from './support';

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

test('a candidate proposing a deleted subdivision opens, and accepting it is refused at the country field, storing nothing', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SX', name: 'Sughdx' }).expect(201);
  const text = 'Officials said 12 people from Sughdx had joined Islamic State.';
  const id = await documentProposing(t, 'Sughdx', text, [
    saidCandidate(text, 'c1', '12', text, { country: 'TJ-SX', metric: 'foreign_fighters', value: 12 }),
  ]);
  await request(t.app).delete('/v1/countries/TJ-SX').set(t.as.admin).expect(204);
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(page.status).toBe(200);
  const action = `/workspace/documents/${id}/candidates/c1`;
  const names = ['value_text', 'value', 'value_low', 'value_high', 'approximation', 'metric', 'country', 'group', 'location'];
  const more = ['claimant', 'claimant_name', 'claimant_kind', 'as_of', 'stated_on', 'quote'];
  const form = {
    ...hiddenFields(page.text, action),
    ...Object.fromEntries([...names, ...more].map((n) => [n, fieldValue(page.text, n) ?? ''])),
  };
  expect(form.country).toBe('TJ-SX');
  const accepted = await editor.post(action, form);
  expect(accepted.status).toBe(422);
  expect(accepted.text).toContain('TJ-SX&quot; is not a known country, region or demonym');
  expect(await t.db('claims').count({ n: '*' })).toEqual([{ n: 0 }]);
});
