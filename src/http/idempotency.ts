import { setTimeout as sleep } from 'node:timers/promises';
import crypto from 'node:crypto';
import http from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { BadRequestError, ConflictError, UnprocessableError } from './errors';
import { storedDataDamaged } from '../errors';
import { hasUnparsedBody } from './params';

/** A stored outcome of a request with an Idempotency-Key (the idempotency store keeps them). */
export interface StoredOutcome {
  request_hash: string;
  /** The method and path of the request that first used the key (a 422 names them to a request with another). */
  method: string;
  path: string;
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
}

/** What the middleware needs of the store of outcomes (src/idempotency/store.ts), passed in by the app. */
export interface IdempotencyStore {
  /** Claims the key: null when another request holds it; else what a first request with it saved before it failed. */
  begin(row: {
    principal: string;
    key: string;
    method: string;
    path: string;
    request_hash: string;
  }): Promise<{ saved: unknown[] | null } | null>;
  get(principal: string, key: string): Promise<StoredOutcome | undefined>;
  complete(principal: string, key: string, status: number, headers: Record<string, string>, body: string): Promise<void>;
  release(principal: string, key: string): Promise<void>;
  /** Runs the rest of a request that claimed the key, its saves marked in their own transactions. */
  runClaimed<T>(principal: string, key: string, claimed: { saved: unknown[] | null }, run: () => T): T;
  /** `runClaimed` for a middleware: `next` run as the request of the key until its answer has been sent whole. */
  answerClaimed(principal: string, key: string, claimed: { saved: unknown[] | null }, res: Response, next: () => void): void;
}

const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];
const WAIT_MS = 25;
const MAX_WAIT_MS = 60_000;

/** Marks a stored outcome whose response held a secret: only where the created record is, never the response, is kept. */
const SECRET_WITHHELD = 'x-secret-withheld';

/**
 * Marks the response as holding a secret (a new API key): never cached by anyone (Cache-Control: no-store), and
 * never stored by the idempotency store, which keeps only where the record created is.
 */
export function holdsSecret(res: Response): void {
  res.locals.holdsSecret = true;
  res.set('Cache-Control', 'no-store');
}

/**
 * Whether a stored outcome can be sent again as it is: a status HTTP has and headers that are an object of valid names
 * and text values. The ledger stores only such; a row restored, repaired by hand or written otherwise may not be one,
 * and express would throw deep inside the answer (a 500), or send a list's members as headers.
 */
function replayable(row: { status: number | null; headers: unknown; body: unknown }): boolean {
  const { status, headers, body } = row;
  if (!Number.isInteger(status) || status! < 200 || status! > 599 || (body !== null && typeof body !== 'string')) return false;
  if (headers === null) return true;
  if (typeof headers !== 'object' || Array.isArray(headers)) return false;
  return Object.entries(headers).every(([name, value]) => {
    try {
      if (typeof value !== 'string') return false;
      http.validateHeaderName(name);
      http.validateHeaderValue(name, value);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The answer to a request sent again with the Idempotency-Key of one that created a record holding a secret (an API
 * key) at `location`: the secret was shown once, or lost with the first answer, and is never kept, so it cannot be
 * sent again; the record is named, for it to be revoked and another made.
 */
export function secretNotKept(location: string | undefined): ConflictError {
  return new ConflictError(
    `The request with this Idempotency-Key already succeeded${location ? ` and created ${location}` : ''}; its answer held a secret, which is shown once and never stored. If it was lost, revoke that record and create another.`,
    [{ field: 'Idempotency-Key', message: 'was already used; the answer held a secret that is not kept' }],
  );
}

/** An answer stored under an Idempotency-Key, as its row holds it. */
export interface StoredAnswer {
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
}

function replay(res: Response, row: StoredAnswer): void {
  if (!replayable(row)) throw storedDataDamaged('the stored answer of this Idempotency-Key');
  if (row.headers?.[SECRET_WITHHELD]) throw secretNotKept(row.headers.location);
  res
    .status(row.status!)
    .set({ ...(row.headers ?? {}), 'Idempotent-Replayed': 'true' })
    .send(row.body ?? '');
}

/**
 * `Idempotency-Key` on POST: the first successful (2xx or 3xx) response is stored and replayed for the same key and
 * body; the same key with another body is a 422; a second request arriving while the first runs waits for
 * it and replays its response. Keys are scoped per API key. Failed requests changed nothing and are not
 * stored, so they may be retried with the same key; one that failed after its save committed (its answer lost with
 * the connection) is answered, sent again, from what it saved (src/idempotency/savedOnce.ts), not run twice.
 */
/** The request's Idempotency-Key, checked, or undefined. */
export function idempotencyKey(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new BadRequestError('Idempotency-Key must be 1 to 200 visible ASCII characters.', [
      { field: 'Idempotency-Key', message: 'is not valid' },
    ]);
  }
  return key;
}

/** What a keyed request is run once by: whose it is, its key, the hash of the request the key is for, and its path. */
export interface RequestKey {
  principal: string;
  key: string;
  requestHash: string;
  path: string;
}

/**
 * Claims the key for a request of this hash: what it runs from (see IdempotencyStore.begin), or null when it was
 * answered instead: with the first's stored answer, once that first request (running meanwhile) has one. The same key
 * with another request is refused (`answers.otherRequest`: a 422), as is one still waiting for the first after
 * MAX_WAIT_MS (`answers.stillRunning`: a 409).
 */
async function claimOrReplay(
  store: IdempotencyStore,
  req: Request,
  res: Response,
  { principal, key, requestHash, path }: RequestKey,
  answers: Pick<KeyedAnswers, 'replay' | 'otherRequest' | 'stillRunning'> = API_ANSWERS,
): Promise<{ saved: unknown[] | null } | null> {
  for (let waited = 0; ; waited += WAIT_MS) {
    const claimed = await store.begin({ principal, key, method: req.method, path, request_hash: requestHash });
    if (claimed !== null) return claimed;
    const row = await store.get(principal, key);
    if (!row) continue; // released between the two queries: try to claim it again
    if (row.request_hash !== requestHash) throw answers.otherRequest ? answers.otherRequest() : otherRequest(key, row);
    if (row.status !== null) {
      answers.replay(res, row);
      return null;
    }
    if (waited >= MAX_WAIT_MS) throw (answers.stillRunning ?? stillRunning)();
    await sleep(WAIT_MS);
  }
}

/**
 * Idempotency-Key for a streamed body (imports), spooled whole before it is run: `open` reads it, once to hash it (the
 * request's hash, known before the key is claimed, as a JSON body's), then to run it. The first request claims the
 * key and runs with its transactions marked (savedOnce.ts), so one whose answer was lost after its COMMIT is answered,
 * sent again with the same body, from what it saved; a repeat waits for the first and replays its answer, or is a 422
 * when its body differs.
 */
export async function idempotentStream(
  store: IdempotencyStore,
  req: Request,
  res: Response,
  key: string,
  open: () => AsyncIterable<Buffer | string>,
  run: (body: AsyncIterable<Buffer | string>) => Promise<unknown>,
): Promise<void> {
  const principal = (res.locals.principal as { name: string }).name;
  const hash = crypto.createHash('sha256').update(`${requestTarget(req)}\n`);
  for await (const chunk of open()) hash.update(chunk);
  const claimed = await claimOrReplay(store, req, res, { principal, key, requestHash: hash.digest('hex'), path: req.originalUrl });
  if (claimed === null) return;
  let result: unknown;
  try {
    result = await store.runClaimed(principal, key, claimed, () => run(open()));
  } catch (err) {
    await store.release(principal, key);
    throw err;
  }
  const answer = JSON.stringify(result);
  await store.complete(principal, key, 200, { 'content-type': 'application/json; charset=utf-8' }, answer);
  res.type('application/json').send(answer);
}

/**
 * Which final answers a keyed POST keeps for its key (any other frees the key, as a failure does), how one is sent
 * again, and, when not the API's, how a request is refused that comes with the key of another request or waited too
 * long for the first with its key.
 */
export interface KeyedAnswers {
  kept(res: Response): boolean;
  replay(res: Response, row: StoredAnswer): void;
  otherRequest?: () => Error;
  stillRunning?: () => Error;
}

/** The API's refusal of a key reused for another request: the key and the request it was first used for, named. */
const otherRequest = (key: string, first: Pick<StoredOutcome, 'method' | 'path'>) =>
  new UnprocessableError(
    `Idempotency-Key ${key} was used with a different request (${first.method} ${first.path}, with another body or parameters): send a new key for a new request.`,
    [{ field: 'Idempotency-Key', message: `${key} was already used with another body, path or parameters` }],
  );

/**
 * The request an Idempotency-Key is for, as keys compare it: the method, the path, and the query's parameters in order
 * of name (a client's retry may list them in another order: the same request).
 */
function requestTarget(req: Request): string {
  // The path as sent (a URL parser throws on "//[x" and reads "//host/p" as a host): only the query is reordered.
  const at = req.originalUrl.indexOf('?');
  const path = at < 0 ? req.originalUrl : req.originalUrl.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : req.originalUrl.slice(at + 1));
  params.sort();
  return `${req.method} ${path}?${params.toString()}`;
}

/**
 * A parsed JSON body as keys compare it: the same JSON text with every object's members in order of name, so that a
 * retry serialized with its members in another order (another client library, a map) is the same request, not a 422.
 * Lists keep their order: it is part of what they say.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
const stillRunning = () => new ConflictError('A request with this Idempotency-Key is still running; retry later.');

/** The API's: any answer below 400 sent whole (one streamed in parts, written before its end, cannot be sent again). */
const API_ANSWERS: KeyedAnswers = { kept: (res) => !res.headersSent && res.statusCode >= 200 && res.statusCode < 400, replay };

export function idempotency(store: IdempotencyStore, onStoreError: (err: unknown, requestId: string) => void): RequestHandler {
  const keyed = keyedPost(store, onStoreError, (res) => (res.locals.principal as { name: string } | undefined)?.name, API_ANSWERS);
  // Other methods pass at once, without a promise for the router to wait on.
  return (req, res, next) => (req.method === 'POST' ? keyed(req, res, next) : next());
}

/**
 * `idempotency` for a route that reads its own body (the workspace's forms, urlencoded), run once it is read: a POST
 * with an Idempotency-Key is run once for its principal; `answers` says which of its answers are kept and how one is
 * sent again (the workspace keeps its redirects and sends one again as its own, with its notice: FORM_ANSWERS in
 * src/web/workspace/router.tsx).
 */
export function idempotentAfterBody(
  store: IdempotencyStore,
  principalOf: (res: Response) => string | undefined,
  answers: KeyedAnswers,
  onStoreError: (err: unknown, requestId: string) => void,
): RequestHandler {
  return keyedPost(store, onStoreError, principalOf, answers);
}

/** The text of what `res.end` was given (a string, bytes, or nothing but a callback). */
function endedBody(chunk: unknown): string {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
  return '';
}

/** The request's Idempotency-Key with its principal and the hash of its method, address and body; none without both. */
function idempotencyKeyOf(principalOf: (res: Response) => string | undefined) {
  return (req: Request, res: Response): RequestKey | undefined => {
    const key = idempotencyKey(req);
    const principal = principalOf(res);
    if (key === undefined || !principal) return undefined;
    // A streamed body (an import) is spooled and hashed by its route, which calls idempotentStream.
    if (hasUnparsedBody(req)) return undefined;
    const requestHash = crypto
      .createHash('sha256')
      .update(`${requestTarget(req)}\n${req.body === undefined ? '' : canonicalJson(req.body)}`)
      .digest('hex');
    return { principal, key, requestHash, path: req.originalUrl };
  };
}

/** `idempotency` for a POST: run once for its Idempotency-Key (runOnce). */
function keyedPost(
  store: IdempotencyStore,
  onStoreError: (err: unknown, requestId: string) => void,
  principalOf: (res: Response) => string | undefined,
  answers: KeyedAnswers,
): RequestHandler {
  return runOnce(store, onStoreError, idempotencyKeyOf(principalOf), answers);
}

/**
 * A POST run once for its key (`keyOf`: an Idempotency-Key, or a workspace form's one-time id; no key, run as it is).
 * The answer is kept where every answer ends, `res.end`, whatever wrote it (`res.json`, a redirect, an empty 204):
 * only `res.send` had been kept, so a redirect or a bare `end` was not stored, and the same request sent again ran
 * again. The answers `answers` keeps are stored (the API's: any below 400 sent whole; a form's: its redirect); any
 * other frees the key, as a failure does. This is the one place a key is decided: by the handler's answer, whenever it
 * comes, whether or not the client is still there to read it.
 */
export function runOnce(
  store: IdempotencyStore,
  onStoreError: (err: unknown, requestId: string) => void,
  keyOf: (req: Request, res: Response) => RequestKey | undefined,
  answers: KeyedAnswers,
): RequestHandler {
  return async (req, res, next) => {
    const keyed = keyOf(req, res);
    if (keyed === undefined) return next();
    const { principal, key } = keyed;
    const claimed = await claimOrReplay(store, req, res, keyed, answers);
    if (claimed === null) return;

    // The outcome is stored before the response leaves, so a client that got its answer and retries is replayed.
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let settled = false;
    res.end = ((...args: unknown[]) => {
      if (settled) return end(...args);
      settled = true;
      const headers: Record<string, string> = {};
      for (const h of REPLAYED_HEADERS) {
        const v = res.getHeader(h);
        if (v !== undefined) headers[h] = String(v);
      }
      const kept = answers.kept(res);
      // A redirect is its status and Location, never a secret (a workspace form's answer, no-store as all its pages).
      const redirect = res.statusCode >= 300 && res.statusCode < 400;
      const secret = !redirect && (res.locals.holdsSecret === true || /no-store/i.test(String(res.getHeader('cache-control') ?? '')));
      const answer = secret
        ? {
            status: res.statusCode,
            headers: { ...(headers.location && { location: headers.location }), [SECRET_WITHHELD]: 'true' },
            body: '',
          }
        : { status: res.statusCode, headers, body: endedBody(args[0]) };
      (kept ? store.complete(principal, key, answer.status, answer.headers, answer.body) : store.release(principal, key))
        .catch((err) => onStoreError(err, res.locals.requestId))
        .finally(() => end(...args));
      return res;
    }) as Response['end'];
    // A client that leaves before its answer does not end its request: the handler goes on, and may still commit. The
    // key is decided when the handler answers (into the void), by that answer, as if the client had stayed: freed at
    // the close, it let the same request sent again meanwhile claim the key anew and run beside the first, both saving
    // (one actor written twice when the client left 4 ms after sending). A handler that never answers leaves its key
    // pending, taken over as abandoned after ABANDONED_MINUTES (src/idempotency/store.ts).
    // What the request saves is marked in its own transaction (savedOnce.ts): a first request cut after its COMMIT is
    // answered from what it saved when sent again.
    store.answerClaimed(principal, key, claimed, res, next);
  };
}
