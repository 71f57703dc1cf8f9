import crypto from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { BadRequestError, ConflictError, UnprocessableError } from './errors';
import type { IdempotencyStore } from './idempotencyStore';

const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];
const WAIT_MS = 25;
const MAX_WAIT_MS = 60_000;

function replay(res: Response, row: { status: number | null; headers: Record<string, string> | null; body: string | null }): void {
  res.status(row.status!).set({ ...(row.headers ?? {}), 'Idempotent-Replayed': 'true' }).send(row.body ?? '');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `Idempotency-Key` on POST: the first successful (2xx) response is stored and replayed for the same key and
 * body; the same key with another body is a 422; a second request arriving while the first runs waits for
 * it and replays its response. Keys are scoped per API key. Failed requests changed nothing and are not
 * stored, so they may be retried with the same key.
 */
export function idempotency(store: IdempotencyStore, onStoreError: (err: unknown, requestId: string) => void): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'POST') return next();
    const key = req.get('idempotency-key');
    const principal = (res.locals.principal as { name: string } | undefined)?.name;
    if (key === undefined || !principal) return next();
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new BadRequestError('Idempotency-Key must be 1 to 200 visible ASCII characters.', [{ field: 'Idempotency-Key', message: 'is not valid' }]);
    }
    if (req.body === undefined && (Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined)) {
      throw new BadRequestError('Idempotency-Key is supported on JSON requests; imports are idempotent by their keys instead.', [{ field: 'Idempotency-Key', message: 'is not supported here' }]);
    }
    const requestHash = crypto.createHash('sha256').update(`${req.method} ${req.originalUrl}\n${req.body === undefined ? '' : JSON.stringify(req.body)}`).digest('hex');

    for (let waited = 0; ; waited += WAIT_MS) {
      if (await store.begin({ principal, key, method: req.method, path: req.originalUrl, request_hash: requestHash })) break;
      const row = await store.get(principal, key);
      if (!row) continue; // released between the two queries: try to claim it again
      if (row.request_hash !== requestHash) {
        throw new UnprocessableError('This Idempotency-Key was used with a different request.', [{ field: 'Idempotency-Key', message: 'was already used with another body or path' }]);
      }
      if (row.status !== null) return replay(res, row);
      if (waited >= MAX_WAIT_MS) throw new ConflictError('A request with this Idempotency-Key is still running; retry later.');
      await sleep(WAIT_MS);
    }

    // The outcome is stored before the response leaves, so a client that got its answer and retries is replayed.
    const send = res.send.bind(res);
    let settled = false;
    res.send = (chunk?: unknown) => {
      if (settled || (typeof chunk === 'object' && chunk !== null && !Buffer.isBuffer(chunk))) return send(chunk); // objects come back as JSON text
      settled = true;
      const body = chunk === undefined ? '' : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
      const headers: Record<string, string> = {};
      for (const h of REPLAYED_HEADERS) {
        const v = res.getHeader(h);
        if (v !== undefined) headers[h] = String(v);
      }
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      (ok ? store.complete(principal, key, res.statusCode, headers, body) : store.release(principal, key))
        .catch((err) => onStoreError(err, res.locals.requestId))
        .finally(() => send(chunk));
      return res;
    };
    res.on('close', () => {
      if (settled) return;
      settled = true;
      store.release(principal, key).catch((err) => onStoreError(err, res.locals.requestId));
    });
    next();
  };
}
