import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('the home page is HTML that links to its JSON twin, with the client bundle and style sheet served', async () => {
  const res = await request(t.app).get('/').expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/html/);
  expect(res.text).toMatch(/^<!doctype html><html lang="en">/);
  expect(res.text).toContain('<script src="/assets/app.js" defer></script>');
  expect(res.text).toContain('href="/v1/claims"');
  expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
  const js = await request(t.app).get('/assets/app.js').expect(200);
  expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  expect(js.text).toContain('data-copy-target');
  await request(t.app)
    .get('/assets/style.css')
    .expect(200)
    .expect('Content-Type', /text\/css/);
  await request(t.app).get('/assets/..%2fpackage.json').expect(404);
});
