import express from 'express';
import request from 'supertest';
import { sendPage } from '../../src/web/render';

/**
 * A large page is compressed after it is rendered; a read that passed its time limit meanwhile has been answered 503
 * (src/http/readTimeout.ts). The compressed page then goes nowhere: before, setting its headers threw in zlib's
 * callback, outside any handler, and stopped the server (a 15,000-word review under load did).
 */
test('a large page whose request was answered while it was being compressed is dropped, and the process lives on', async () => {
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);
  process.prependListener('uncaughtException', onUncaught);
  try {
    const app = express();
    app.get('/', (_req, res) => {
      sendPage(res, <p>{'a long page '.repeat(2_000)}</p>);
      res.status(503).send('not answered in time');
    });
    const res = await request(app).get('/').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 200)); // zlib's callback has run
    expect(uncaught).toEqual([]);
  } finally {
    process.removeListener('uncaughtException', onUncaught);
  }
});
