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

test('an empty ledger says so, rather than that no claim matches a search nobody made', async () => {
  const empty = await createTestApp();
  try {
    const home = await request(empty.app).get('/').expect(200);
    expect(home.text).toContain('<p>The ledger holds no claims yet: editors add them in the workspace, or import them.</p>');
    expect(home.text).not.toContain('No claim matches');
    const searched = await request(empty.app).get('/?q=women').expect(200);
    expect(searched.text).toContain('<p>No claim matches. Try fewer words or remove a filter.</p>');
  } finally {
    await empty.drop();
  }
});
