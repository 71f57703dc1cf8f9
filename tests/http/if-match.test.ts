import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('If-Match with a list of ETags is a 400 naming If-Match, even when one of them is current; one ETag works as before', async () => {
  const current = (await request(t.app).get('/v1/claims/1').expect(200)).headers.etag as string;
  const before = await tableChecksums(t.db);
  for (const header of [`"v0", ${current}`, `${current}, "v0"`, `${current},${current}`, `W/"v1", ${current}`]) {
    const res = await request(t.app)
      .patch('/v1/claims/1')
      .set(t.as.editor)
      .set('If-Match', header)
      .send({ reason: 'a test edit', notes: 'listed' });
    expect({ header, status: res.status }).toEqual({ header, status: 400 });
    expect(res.body.errors).toEqual([{ field: 'If-Match', message: 'must be a single ETag (or *)' }]);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  await request(t.app)
    .patch('/v1/claims/1')
    .set(t.as.editor)
    .set('If-Match', '"v0"')
    .send({ reason: 'a test edit', notes: 'stale' })
    .expect(412);
  await request(t.app)
    .patch('/v1/claims/1')
    .set(t.as.editor)
    .set('If-Match', current)
    .send({ reason: 'a test edit', notes: 'one' })
    .expect(200);
});
