import type { Knex } from 'knex';
import request from 'supertest';
import { ImportContext } from '../../src/import/context';
import { createTestApp, TestApp } from '../support/app';

/*
 * Errors carry the ledger's own code (src/errors.ts), which the HTTP layer answers with its status: the problem's
 * `code` says what went wrong in the domain's words, whatever the status.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const problem = (res: request.Response) => ({ status: res.status, type: res.type, title: res.body.title, code: res.body.code });

test('a missing claim, a missing or stale If-Match and a retracted claim each answer with their domain code', async () => {
  expect(problem(await request(t.app).get('/v1/claims/987654321'))).toEqual({
    status: 404,
    type: 'application/problem+json',
    title: 'Not Found',
    code: 'not_found',
  });
  const claim = (await request(t.app).get('/v1/claims?limit=1').expect(200)).body.data[0];
  expect(
    problem(await request(t.app).patch(`/v1/claims/${claim.id}`).set(t.as.editor).send({ reason: 'a test edit', notes: 'x' })),
  ).toEqual({
    status: 428,
    type: 'application/problem+json',
    title: 'Precondition Required',
    code: 'version_required',
  });
  expect(
    problem(
      await request(t.app)
        .patch(`/v1/claims/${claim.id}`)
        .set(t.as.editor)
        .set('If-Match', `"v${claim.version + 5}"`)
        .send({ reason: 'a test edit', notes: 'x' }),
    ),
  ).toEqual({ status: 412, type: 'application/problem+json', title: 'Precondition Failed', code: 'version_mismatch' });
  await request(t.app).delete(`/v1/claims/${claim.id}`).set(t.as.editor).send({ reason: 'test' }).expect(200);
  const again = await request(t.app).delete(`/v1/claims/${claim.id}`).set(t.as.editor).send({ reason: 'again' });
  expect(problem(again)).toEqual({ status: 409, type: 'application/problem+json', title: 'Conflict', code: 'claim_retracted' });
  const edit = await request(t.app)
    .patch(`/v1/claims/${claim.id}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ reason: 'a test edit', notes: 'x' });
  expect(problem(edit)).toEqual({ status: 409, type: 'application/problem+json', title: 'Conflict', code: 'claim_retracted' });
  expect((await t.db('claims').where({ id: claim.id }).first()).notes).toBe(claim.notes);
});

test('a new text that drops a quote is quote_not_in_text; a body that breaks the schema is invalid_input; both name their fields', async () => {
  const claim = (await request(t.app).get('/v1/claims?status=active&limit=1').expect(200)).body.data[0];
  const doc = await request(t.app).get(`/v1/documents/${claim.sources[0].document.id}`).expect(200);
  const dropped = await request(t.app)
    .patch(`/v1/documents/${doc.body.id}`)
    .set(t.as.editor)
    .set('If-Match', doc.headers.etag)
    .send({ text: 'Nothing of the kind.', reason: 'a test edit' });
  expect(problem(dropped)).toEqual({
    status: 422,
    type: 'application/problem+json',
    title: 'Unprocessable Content',
    code: 'quote_not_in_text',
  });
  expect(dropped.body.errors.length).toBeGreaterThan(0);
  const bad = await request(t.app).post('/v1/claims').set(t.as.editor).send({ colour: 'red' });
  expect(problem(bad)).toEqual({ status: 400, type: 'application/problem+json', title: 'Bad Request', code: 'invalid_input' });
  expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('/colour');
});

test('HTTP’s own errors keep the status word as their code', async () => {
  expect(problem(await request(t.app).post('/v1/claims').send({}))).toEqual({
    status: 401,
    type: 'application/problem+json',
    title: 'Unauthorized',
    code: 'unauthorized',
  });
});

describe('a PostgreSQL error in an import line', () => {
  const ctx = () => new ImportContext({} as Knex.Transaction, { name: 'editor', role: 'editor' });
  const pgError = (fields: object) => Object.assign(new Error('from PostgreSQL'), fields);

  test('is translated by SQLSTATE where the line is known, so it names the line and the field', async () => {
    const c = ctx();
    const taken = pgError({ code: '23505', constraint: 'metrics_pkey', detail: 'Key (code)=(women) already exists.' });
    expect(await c.guarded(7, () => Promise.reject(taken))).toBeNull();
    expect(await c.guarded(9, () => Promise.reject(pgError({ code: '22003', column: 'value' })))).toBeNull();
    expect(c.errors).toEqual([
      { line: 7, field: '/code', message: 'must be unique' },
      { line: 9, field: 'value', message: 'is not a valid value' },
    ]);
  });

  test('that says a record’s key was taken meanwhile fails the import as a concurrent change, to retry', async () => {
    const taken = pgError({ code: '23505', constraint: 'actors_key_unique', detail: 'Key (key)=(knb) already exists.' });
    await expect(ctx().guarded(3, () => Promise.reject(taken))).rejects.toMatchObject({ code: 'concurrent_change', retryAfterSeconds: 1 });
  });

  test('that says the database cannot answer fails the import instead, unchanged', async () => {
    const down = pgError({ code: '57P01' });
    await expect(ctx().guarded(3, () => Promise.reject(down))).rejects.toBe(down);
  });
});
