import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

test('GET /health checks the database', async () => {
  const res = await request(t.app).get('/health').expect(200);
  expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});
