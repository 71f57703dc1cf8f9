import http from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createAuth } from '../../src/http/auth';
import { idempotency, IdempotencyStore } from '../../src/http/idempotency';
import { LeasedLimiter } from '../../src/http/leasedLimiter';
import { createRateLimiters, TooManyRequestsError } from '../../src/http/rateLimit';
import { servedApp } from '../support/app';

/**
 * What every request walks before its route (src/app.ts): the checks of a body only when the request declares one,
 * and the key, rate-limit and idempotency steps decided on the spot, without a promise, when nothing needs waiting
 * for; the answers are the same as when every request walked every step.
 */
const served = servedApp();

/** A raw request, so that the test decides every header (Content-Length: 0, chunked bodies on a GET). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  chunks: string[] = [],
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${served.server.base}${path}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

test('a body declared on a read is still checked: an empty one by its charset, a chunked one by its shape; a read without one is served', async () => {
  // Content-Length: 0 declares a body (type-is's test): its declared charset is refused as on any request with a body.
  const empty = await raw('GET', '/v1/claims?limit=1', { 'Content-Type': 'application/json; charset=latin1', 'Content-Length': '0' });
  expect(empty.status).toBe(415);
  expect(JSON.parse(empty.body).errors[0].field).toBe('Content-Type');
  // A body sent in chunks, without Content-Length, is read and refused when it is not a JSON object.
  const chunked = await raw('GET', '/v1/claims?limit=1', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, [
    '[',
    ']',
  ]);
  expect(chunked.status).toBe(400);
  expect(JSON.parse(chunked.body).errors).toEqual([{ field: 'body', message: 'must be a JSON object' }]);
  const deep = await raw('GET', '/v1/claims?limit=1', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, [
    '{"a":'.repeat(200),
    `1${'}'.repeat(200)}`,
  ]);
  expect(deep.status).toBe(400);
  expect(JSON.parse(deep.body).errors[0].field).toBe('body');
  // An API write whose chunked body is not JSON is a 415, as with Content-Length.
  const write = await raw('POST', '/v1/actors', { ...served.t.as.admin, 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' }, [
    'x',
  ]);
  expect(write.status).toBe(415);
  const plain = await raw('GET', '/v1/claims?limit=1', {});
  expect(plain.status).toBe(200);
  expect(JSON.parse(plain.body).data).toHaveLength(1);
});

/** Calls a middleware as the router does: what it returned, and whether it had called next (and with what) when it returned. */
function call(handler: RequestHandler, req: Partial<Request>, locals: Record<string, unknown> = {}) {
  const calls: unknown[][] = [];
  const next = ((...args: unknown[]) => void calls.push(args)) as NextFunction;
  const res = { locals } as unknown as Response;
  const returned = handler({ get: () => undefined, headers: {}, ...req } as unknown as Request, res, next) as unknown;
  return { returned, nextCalls: calls.length, calls };
}

test('a read without a key passes identification, the per-key limit and idempotency at once, without a promise', async () => {
  const auth = createAuth({ principalOf: () => Promise.resolve(null), readAccess: 'public' });
  expect(call(auth.identify, { method: 'GET' })).toEqual({ returned: undefined, nextCalls: 1, calls: [[]] });
  const store = {} as IdempotencyStore; // never reached: nothing to store for a GET
  expect(
    call(
      idempotency(store, () => undefined),
      { method: 'GET' },
    ),
  ).toEqual({ returned: undefined, nextCalls: 1, calls: [[]] });
  const plenty = { perSecond: 1000, burst: 1000 };
  const limits = createRateLimiters(served.t.db, { perAddress: plenty, perKey: plenty });
  expect(call(limits.perKey, { method: 'GET' })).toEqual({ returned: undefined, nextCalls: 1, calls: [[]] });
  // A sent key is still looked up (and a wrong one refused) before anything goes on.
  const keyed = call(auth.identify, {
    method: 'GET',
    get: ((name: string) => (name === 'authorization' ? 'Bearer nope' : undefined)) as Request['get'],
  });
  expect(keyed.nextCalls).toBe(0);
  await expect(keyed.returned).rejects.toMatchObject({ status: 401 });
});

test('the address limit waits only for a lease: within one it allows at once, when spent it refuses at once, and the allowance stays exact', async () => {
  const limits = createRateLimiters(served.t.db, { perAddress: { perSecond: 1, burst: 40 }, perKey: { perSecond: 1, burst: 40 } });
  const req = { method: 'GET', ip: '192.0.2.77' } as Partial<Request>;
  let allowed = 0;
  let atOnce = 0;
  let refusedAtOnce: unknown = null;
  for (let i = 0; i < 60 && refusedAtOnce === null; i++) {
    let result;
    try {
      result = call(limits.perAddress, req);
    } catch (err) {
      refusedAtOnce = err;
      break;
    }
    if (result.nextCalls === 1) {
      expect(result.returned).toBeUndefined();
      atOnce++;
      allowed++;
      continue;
    }
    // Waiting for a lease: the promise settles with next called, or rejects with the 429.
    try {
      await result.returned;
    } catch (err) {
      expect(err).toBeInstanceOf(TooManyRequestsError);
      refusedAtOnce = 'after a lease';
      break;
    }
    expect(result.calls).toEqual([[]]);
    allowed++;
  }
  expect(allowed).toBe(40);
  expect(atOnce).toBeGreaterThan(10); // leases of several requests each (an eighth of what is left), spent from memory
  // Once the window's allowance is spent, the refusal needs no database either.
  const again = (() => {
    try {
      return call(limits.perAddress, req);
    } catch (err) {
      return err;
    }
  })();
  expect(again).toBeInstanceOf(TooManyRequestsError);
  expect((again as TooManyRequestsError).status).toBe(429);
});

test('takeKnown answers only from what the limiter holds, and never lets more than the allowance through with take', async () => {
  let now = 5_000_000;
  const limiter = new LeasedLimiter(served.t.db, 'known', 100, 10, () => now);
  expect(limiter.takeKnown('c')).toBeNull(); // nothing leased yet: only take can tell
  let allowed = 0;
  for (let i = 0; i < 150; i++) {
    const known = limiter.takeKnown('c');
    const wait = known ?? (await limiter.take('c'));
    if (wait === 0) allowed++;
  }
  expect(allowed).toBe(100);
  expect(limiter.takeKnown('c')).toBe(10);
  now += 10_000; // a new window: forgotten from memory, so take leases again
  expect(limiter.takeKnown('c')).toBeNull();
  expect(await limiter.take('c')).toBe(0);
});
