import http from 'node:http';
import express, { RequestHandler } from 'express';
import request from 'supertest';
import { answerSlowReads } from '../../src/http/readTimeout';
import { observeFinishedResponses } from '../../src/http/responseEnd';
import { cutStalledResponses } from '../../src/http/stall';

/**
 * What watches every response (the metrics and request log, the slow-read guard, the stall watchdog) costs a read one
 * `finish` and one `close` listener in all (the metrics and the log share one, the stall watchdog's sweep drops closed
 * responses itself, the slow-read timer is cleared on `close` alone), and still answers what it must.
 */
const listenersOf = (res: express.Response) => ({ finish: res.listenerCount('finish'), close: res.listenerCount('close') });

function appWith(...chain: RequestHandler[]) {
  const app = express();
  if (chain.length > 0) app.use(...chain);
  app.get('/listeners', (_req, res) => void res.json(listenersOf(res)));
  app.get('/answered', (_req, res) => void res.json({ answered: true }));
  app.get('/never', () => undefined); // a read whose database never answers
  app.get('/long', (_req, res) => {
    res.locals.longWork = true; // an export that took its slot: the stall watchdog's, not the slow-read guard's
    setTimeout(() => res.json({ long: true }), 400);
  });
  return app;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}
/** A GET on a connection of its own (no client timers left behind to count). */
const get = (url: string) =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as unknown }));
      })
      .on('error', reject);
  });

const activeTimers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

test('the request watchers add one finish and one close listener to a read', async () => {
  const bare = await request(appWith()).get('/listeners').expect(200);
  const watched = await request(
    appWith(
      observeFinishedResponses(
        () => undefined,
        () => undefined,
      ),
      cutStalledResponses(60_000),
      answerSlowReads(60_000),
    ),
  )
    .get('/listeners')
    .expect(200);
  expect(watched.body).toEqual({ finish: bare.body.finish + 1, close: bare.body.close + 1 });
});

test('every observer is told of each finished response, in order, with the same duration', async () => {
  const told: [string, string, number, bigint][] = [];
  const app = appWith(
    observeFinishedResponses(
      (req, res, took) => told.push(['metrics', req.path, res.statusCode, took]),
      (req, res, took) => told.push(['log', req.path, res.statusCode, took]),
    ),
  );
  await request(app).get('/answered').expect(200);
  await request(app).get('/nowhere').expect(404);
  expect(told.map(([who, path, status]) => [who, path, status])).toEqual([
    ['metrics', '/answered', 200],
    ['log', '/answered', 200],
    ['metrics', '/nowhere', 404],
    ['log', '/nowhere', 404],
  ]);
  expect(told[0][3]).toBe(told[1][3]);
  expect(told[0][3]).toBeGreaterThan(0n);
});

describe('the slow-read guard', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer(appWith(answerSlowReads(300)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a read not begun after its time is a 503 with Retry-After, its headers once, and its connection closed', async () => {
    const started = Date.now();
    const res = await get(`${base}/never`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.headers['retry-after']).toBe('5');
    expect(res.headers.connection).toBe('close');
    expect((res.body as { errors: unknown[] }).errors).toEqual([{ field: 'database', message: 'did not answer in time' }]);
  });

  test('reads answered in time, and long work, are never answered again, and leave no timer behind', async () => {
    const before = activeTimers();
    const answers = await Promise.all([...Array.from({ length: 50 }, () => get(`${base}/answered`)), get(`${base}/long`)]);
    expect(answers.slice(0, 50).every((a) => a.status === 200)).toBe(true);
    // answered after the 300 ms: long work is not a slow read
    expect([answers[50].status, answers[50].body]).toEqual([200, { long: true }]);
    expect(activeTimers()).toBeLessThanOrEqual(before);
  });
});

test('the stall watchdog drops closed responses at its next sweep and stops its timer', async () => {
  const server = http.createServer(appWith(cutStalledResponses(400)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const before = activeTimers();
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(`${base}/answered`)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // a sweep every 100 ms: on a loaded machine the sweeps run late, so wait for them up to 3 s (never when they work)
    for (const until = Date.now() + 3000; activeTimers() > before && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(activeTimers()).toBeLessThanOrEqual(before);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
