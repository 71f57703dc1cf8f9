import express from 'express';
import request from 'supertest';
import { ReadTimeout } from '../../src/extract/pool';
import { workspaceErrorPage } from '../../src/web/workspace/errors';

// The extractor's time limit (src/extract/pool.ts) as the workspace says it: a 503 with its Retry-After, as before, in
// words that say what happened and what the editor can do. "Reload the page in a few seconds" had promised what a
// retry of the same text may not keep: it may take as long again.
const app = express();
app.get('/workspace/documents/:id', () => {
  throw new ReadTimeout(30);
});
app.post('/workspace/documents/:id/propose-again', () => {
  throw new ReadTimeout(30);
});
app.use(workspaceErrorPage);

test.each([
  ['get', '/workspace/documents/5'],
  ['post', '/workspace/documents/5/propose-again'],
] as const)('the review that the extractor gave up on (%s) says so, and to retry later or split the text', async (method, path) => {
  const res = await request(app)[method](path);
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe('5');
  const text = res.text.replace(/<[^>]+>/g, ' ');
  expect(text).toContain('The extractor gave up on this text');
  expect(text).toContain('within 30 seconds');
  expect(text).toContain('the document itself is saved');
  expect(text).toMatch(/open the review again later[^.]*or split the text into shorter documents/);
  expect(text).not.toMatch(/few seconds/);
  expect(res.text).toContain('href="/workspace/documents/5"');
});

test('the problem of the API says what happened and what to do, under the text field, and stays busy', () => {
  const err = new ReadTimeout(30);
  expect(err.code).toBe('busy');
  expect(err.retryAfterSeconds).toBe(5);
  expect(err.message).toMatch(/^The text took longer than 30 seconds to read: the extractor gave up and proposed nothing\./);
  expect(err.message).toMatch(/retry later, when the server is less busy, or send the text in shorter parts\.$/);
  expect(err.errors).toEqual([{ field: 'text', message: expect.stringMatching(/retry later.*shorter parts$/) }]);
  expect(err.message).not.toMatch(/few seconds/);
});
