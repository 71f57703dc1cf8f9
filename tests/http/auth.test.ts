import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { readAccess: 'key', adminApiKey: 'env-admin-secret' } });
});
afterAll(() => t.drop());

test('READ_ACCESS=key: reads need a valid key of any role; health stays open', async () => {
  await request(t.app).get('/v1/claims').expect(401);
  await request(t.app).get('/v1/claims/1').expect(401);
  await request(t.app).get('/v1/claims').set({ Authorization: 'Bearer wrong' }).expect(401);
  const res = await request(t.app).get('/v1/claims').set(t.as.reader).expect(200);
  expect(res.body.data.length).toBe(6);
  await request(t.app).get('/health').expect(200);
});

test('ADMIN_API_KEY is accepted as an admin key and recorded as the author', async () => {
  const res = await request(t.app)
    .post('/v1/groups')
    .set({ Authorization: 'Bearer env-admin-secret' })
    .send({ slug: 'example-front', name: 'Example Liberation Front', aliases: ['ELF'] })
    .expect(201);
  expect(res.body.slug).toBe('example-front');
  const actor = (
    await request(t.app)
      .post('/v1/actors')
      .set({ Authorization: 'Bearer env-admin-secret' })
      .send({ kind: 'ngo', name: 'Monitor' })
      .expect(201)
  ).body;
  const [revision] = await t.db('revisions').where({ entity: 'actor', entity_id: actor.id });
  expect(revision.author).toBe('admin (ADMIN_API_KEY)');
});
