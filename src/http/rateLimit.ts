import crypto from 'node:crypto';
import type { NextFunction, Request, RequestHandler } from 'express';
import type { Config } from '../config';
import type { Db } from '../db/knex';
import { HttpError } from './errors';
import { clearEndedWindows, LeasedLimiter, type Limiter } from './leasedLimiter';

export interface RateLimit {
  /** Requests per second, sustained. */
  perSecond: number;
  /** How many requests may come at once (the window's allowance). */
  burst: number;
}

export class TooManyRequestsError extends HttpError {
  constructor(message: string, retryAfterSeconds: number) {
    super(429, 'Too Many Requests', message, [], { 'Retry-After': String(retryAfterSeconds) });
  }
}

/**
 * A limiter whose counts live in PostgreSQL, so that every app instance on one database counts a client's
 * requests together (leased in shares, see LeasedLimiter). The limit is `burst` requests per window of
 * burst/perSecond seconds (at least one): fixed windows.
 */
export function sharedLimiter(db: Db, prefix: string, limit: RateLimit): Limiter {
  const points = Math.max(1, Math.floor(limit.burst));
  return new LeasedLimiter(db, prefix, points, Math.max(1, Math.round(points / limit.perSecond)));
}

/** Takes one request; returns 0 when allowed, else the whole seconds to wait. */
export function take(limiter: Limiter, id: string): Promise<number> {
  return limiter.take(id);
}

/**
 * Takes one request from `limiter` and calls `next`, or refuses it (429 with `refusal`). A request the limiter can
 * count from what it holds in memory (a lease with requests left, or a window already spent) is decided at once,
 * without a promise for the router to wait on; the others wait for the lease.
 */
function limit(limiter: Limiter, id: string, refusal: string, next: NextFunction): void | Promise<void> {
  const known = limiter.takeKnown(id);
  if (known === 0) return next();
  if (known !== null) throw new TooManyRequestsError(refusal, known);
  return take(limiter, id).then((wait) => {
    if (wait > 0) throw new TooManyRequestsError(refusal, wait);
    next();
  });
}

/**
 * The client's address for the limits: `req.ip`, which takes X-Forwarded-For's word only behind a trusted proxy
 * (`trustProxy`: TRUST_PROXY, as the app's `trust proxy` is set). When the proxy is known to be trusted by no one
 * (false), the socket's address is read directly: `req.ip` would parse X-Forwarded-For on every request only to set
 * it aside. Not given, `req.ip` decides.
 */
export function clientAddress(req: Request, trustProxy?: Config['trustProxy']): string {
  return (trustProxy === false ? req.socket.remoteAddress : (req.ip ?? req.socket.remoteAddress)) ?? 'unknown';
}

/** The store's keys are at most 255 characters; long names are hashed. */
function storeKey(id: string): string {
  return id.length <= 200 ? id : crypto.createHash('sha256').update(id).digest('hex');
}

export interface RateLimiters {
  /** Limits requests per client address (clientAddress: the proxy's word only with TRUST_PROXY), before anything else. */
  perAddress: RequestHandler;
  /** Limits requests per API key, after the key is identified; requests without a key are limited by address only. */
  perKey: RequestHandler;
}

export function createRateLimiters(
  db: Db,
  limits: { perAddress: RateLimit; perKey: RateLimit; trustProxy?: Config['trustProxy'] },
): RateLimiters {
  clearEndedWindows(db);
  const byAddress = sharedLimiter(db, 'address', limits.perAddress);
  const byKey = sharedLimiter(db, 'key', limits.perKey);
  return {
    perAddress: (req, _res, next) =>
      limit(byAddress, storeKey(clientAddress(req, limits.trustProxy)), 'Too many requests from this address: slow down.', next),
    perKey: (_req, res, next) => {
      const principal = res.locals.principal as { name: string } | undefined;
      if (!principal) return next();
      return limit(byKey, storeKey(principal.name), 'Too many requests with this API key: slow down.', next);
    },
  };
}

/** Makes limiters shared by every instance on one database, for parts of the app that count something of their own. */
export type LimiterFactory = (prefix: string, limit: RateLimit) => Limiter;
