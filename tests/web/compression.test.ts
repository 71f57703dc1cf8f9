// Second pass: left out, gzip of pages that the pages' files of the pass render from the same queries
// (tests/support/databaseSuites.ts).
import http from 'node:http';
import zlib from 'node:zlib';
import { servedApp } from '../support/app';
import { signIn } from '../workspace/support';

const served = servedApp();

/** A GET whose body is the bytes as they came over the wire, not decoded (supertest would gunzip them). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${served.server.base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test('a large page goes gzipped to a browser that takes it, the same page as sent plain; small pages and other clients get it plain', async () => {
  const plain = await get('/claims/2', { 'Accept-Encoding': 'identity' });
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  const html = plain.body.toString('utf8');
  expect(html.length).toBeGreaterThan(8 * 1024);

  const zipped = await get('/claims/2', { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
  expect(zipped.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(zipped.body.length).toBeLessThan(html.length / 3);
  expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(html);

  // No Accept-Encoding, or gzip refused: plain.
  const none = await get('/claims/2', {});
  expect(none.headers['content-encoding']).toBeUndefined();
  const refused = await get('/claims/2', { 'Accept-Encoding': 'gzip;q=0' });
  expect(refused.headers['content-encoding']).toBeUndefined();
  // A small page is not worth it.
  const small = await get('/sign-in', { 'Accept-Encoding': 'gzip' });
  expect(small.body.length).toBeLessThan(8 * 1024);
  expect(small.headers['content-encoding']).toBeUndefined();
});

test("an editor's review of a long article goes gzipped, a fraction of its size", async () => {
  const editor = await signIn(served.t.app, served.t.keys.editor);
  const sentences = Array.from(
    { length: 40 },
    (_, i) => `The ministry said that about ${(i + 1) * 100} nationals had travelled to fight in Syria by ${2000 + i}.`,
  );
  const created = await editor.post('/workspace/documents', { title: 'A long report', text: sentences.join('\n\n') });
  expect(created.status).toBe(303);
  const path = created.headers.location.replace(/#.*/, '');
  const cookie = editor.jar.header();
  const plain = await get(path, { Cookie: cookie, 'Accept-Encoding': 'identity' });
  const zipped = await get(path, { Cookie: cookie, 'Accept-Encoding': 'gzip' });
  expect([plain.status, zipped.status]).toEqual([200, 200]);
  expect(zipped.headers['content-encoding']).toBe('gzip');
  expect(zipped.headers['cache-control']).toBe('private, no-store');
  expect(zlib.gunzipSync(zipped.body).toString('utf8')).toContain('data-candidate="c40"');
  // A row per candidate repeats less than a full form each did (1/8 then): each row's one-time form id is random.
  expect(zipped.body.length).toBeLessThan(plain.body.length / 5);
});
