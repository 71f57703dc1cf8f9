import { Client } from 'pg';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/**
 * pg 9 removes the queue that lets a client take a query while another runs on it (pg 8 warns, once per
 * process, which hides repeats). Every query sent while this test runs is checked: none may find its client busy.
 */
let t: TestApp;
const busy: string[] = [];
const original = Client.prototype.query;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  Client.prototype.query = function (this: Client & { _activeQuery: unknown; _queryQueue: unknown[] }, ...args: unknown[]) {
    if (this._activeQuery || this._queryQueue.length > 0) {
      const q = args[0];
      busy.push(typeof q === 'string' ? q : String((q as { text?: string })?.text ?? '(a stream)'));
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
});
afterAll(async () => {
  Client.prototype.query = original;
  await t.drop();
});

test('the comparison views, the claims list, export and citations never queue a query on a busy client', async () => {
  const urls = [
    '/v1/compare/sources?country=KZ&metric=foreign_fighters',
    '/v1/compare/sources?country=KZ&metric=foreign_fighters&limit=1',
    '/v1/compare/timeline?country=RU&metric=foreign_fighters',
    '/v1/compare/countries?country=KZ,RU&metric=foreign_fighters',
    '/v1/claims?country=KZ',
    '/v1/claims/2/history',
    '/v1/claims/2/citation?style=apa',
    '/v1/export/claims?format=csv',
  ];
  for (const url of urls) expect([url, (await request(t.app).get(url)).status]).toEqual([url, 200]);
  await Promise.all(urls.map((url) => request(t.app).get(url).expect(200)));
  expect(busy).toEqual([]);
});
