import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { nameValue } from '../../src/http/downloadName';

/**
 * A filter value made only of hyphens and blanks, longer than a file name's share (a claimant "- - - …" is a valid
 * name filter): nameValue splits it into no items and read items[0] of an empty list, so the export answered 500.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('nameValue of a long value with no letters or digits gives a name, not an exception', () => {
  expect(() => nameValue('-'.repeat(50))).not.toThrow();
  expect(() => nameValue('- '.repeat(30))).not.toThrow();
});

test('an export filtered by such a claimant is no 500', async () => {
  const res = await request(t.app).get(`/v1/export/claims?format=csv&claimant=${encodeURIComponent('- '.repeat(30))}`);
  expect(res.status).not.toBe(500);
});
