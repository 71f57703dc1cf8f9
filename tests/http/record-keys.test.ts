import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * A record's key is visible text with no space at either end and no line break, by one schema type (common.json's
 * Key) for the API's claims and every import line. A key of blanks had been stored; a key with a space at an end
 * came back from the claims CSV trimmed (the CSV reads its cells so), and the unchanged spreadsheet gave the claim a
 * revision renaming its key.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const message = 'must not be blank, begin or end with a space, or hold a line break';
/** A claim's key may be null (none). */
const orNull = `${message} (or null)`;

test('a key of blanks, with a space at an end or a line break is refused naming it, through the API and the import', async () => {
  const before = await tableChecksums(t.db);
  for (const key of ['   ', ' kz-40', 'kz-40 ', 'kz\n40', '\t']) {
    const created = await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody({ key }));
    expect({ key, status: created.status, errors: created.body.errors }).toEqual({
      key,
      status: 400,
      errors: [{ field: '/key', message: orNull }],
    });
    const edited = await request(t.app).patch('/v1/claims/6').set(t.as.editor).set('If-Match', '*').send({ reason: 'a test edit', key });
    expect({ key, status: edited.status, errors: edited.body.errors }).toEqual({
      key,
      status: 400,
      errors: [{ field: '/key', message: orNull }],
    });
    const imported = await request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .send(JSON.stringify({ type: 'actor', key, kind: 'ngo', name: 'Keyed' }));
    expect({ key, status: imported.status, errors: imported.body.errors }).toEqual({
      key,
      status: 422,
      errors: [{ line: 1, field: '/key', message }],
    });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  // spaces inside a key are kept
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ key: 'kz 40 women' }))
    .expect(201);
  expect(res.body.key).toBe('kz 40 women');
});
