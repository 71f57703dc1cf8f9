import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, RLWrapperTimeouts } from 'rate-limiter-flexible';
import type { Db } from '../db/knex';
import { HttpError } from './errors';

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

/** The table of migration 20261202020000, in the layout rate-limiter-flexible's PostgreSQL store expects. */
export const RATE_LIMIT_TABLE = 'rate_limit_points';

/**
 * Beyond this wait for the database, a request is counted in this process's memory instead: a slow or absent
 * database must not hold every request up, or fail it, on account of a counter.
 */
const STORE_TIMEOUT_MS = 1000;

/**
 * A limiter whose counts live in PostgreSQL, so that every app instance on one database counts a client's
 * requests together. The limit is `burst` requests per window of burst/perSecond seconds (at least one), the
 * fixed windows of rate-limiter-flexible. Once a client is over, the rest of its window is refused from
 * memory without asking the database, so a flood costs the database one write per window, not one per request.
 */
export function sharedLimiter(db: Db, prefix: string, limit: RateLimit): RateLimiterAbstract {
  const points = Math.max(1, Math.floor(limit.burst));
  const duration = Math.max(1, Math.round(points / limit.perSecond));
  const insurance = new RateLimiterMemory({ keyPrefix: prefix, points, duration });
  const store = new RateLimiterPostgres({
    storeClient: db,
    storeType: 'knex',
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    keyPrefix: prefix,
    points,
    duration,
    inMemoryBlockOnConsumed: points,
    insuranceLimiter: insurance,
  });
  return new RLWrapperTimeouts({ limiter: store, timeoutMs: STORE_TIMEOUT_MS, insuranceLimiter: insurance });
}

/** Takes one point; returns 0 when allowed, else the whole seconds to wait. */
export async function take(limiter: RateLimiterAbstract, id: string): Promise<number> {
  try {
    await limiter.consume(id);
    return 0;
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
    return 0; // the store failed and so did its insurance: let the request through rather than fail it
  }
}

/** The store's keys are at most 255 characters; long names are hashed. */
function storeKey(id: string): string {
  return id.length <= 200 ? id : crypto.createHash('sha256').update(id).digest('hex');
}

export interface RateLimiters {
  /** Limits requests per client address (req.ip: the proxy's word only with TRUST_PROXY), before anything else. */
  perAddress: RequestHandler;
  /** Limits requests per API key, after the key is identified; requests without a key are limited by address only. */
  perKey: RequestHandler;
}

export function createRateLimiters(db: Db, limits: { perAddress: RateLimit; perKey: RateLimit }): RateLimiters {
  const byAddress = sharedLimiter(db, 'address', limits.perAddress);
  const byKey = sharedLimiter(db, 'key', limits.perKey);
  return {
    perAddress: async (req, _res, next) => {
      const wait = await take(byAddress, storeKey(req.ip ?? req.socket.remoteAddress ?? 'unknown'));
      if (wait > 0) throw new TooManyRequestsError('Too many requests from this address: slow down.', wait);
      next();
    },
    perKey: async (_req, res, next) => {
      const principal = res.locals.principal as { name: string } | undefined;
      if (principal) {
        const wait = await take(byKey, storeKey(principal.name));
        if (wait > 0) throw new TooManyRequestsError('Too many requests with this API key: slow down.', wait);
      }
      next();
    },
  };
}

/** Makes limiters shared by every instance on one database, for parts of the app that count something of their own. */
export type LimiterFactory = (prefix: string, limit: RateLimit) => RateLimiterAbstract;
