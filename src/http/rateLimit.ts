import type { RequestHandler } from 'express';
import { HttpError } from './errors';

export interface RateLimit {
  /** Tokens added per second (the sustained request rate). */
  perSecond: number;
  /** Bucket size: how many requests may come at once. */
  burst: number;
}

export class TooManyRequestsError extends HttpError {
  constructor(message: string, retryAfterSeconds: number) {
    super(429, 'Too Many Requests', message, [], { 'Retry-After': String(retryAfterSeconds) });
  }
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * In-memory token buckets, one per client id. They live in this process: several server instances behind a
 * load balancer each count on their own, so a shared limit across instances needs a shared store (Redis,
 * PostgreSQL) or limits at the proxy.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit, private readonly now: () => number = () => Date.now()) {}

  /** Takes a token; returns 0 when allowed, else the seconds until one is available. */
  take(id: string): number {
    const now = this.now();
    const { perSecond, burst } = this.limit;
    const b = this.buckets.get(id) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    if (this.buckets.size > 10000) this.sweep(now);
    this.buckets.set(id, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
  }

  /** Forgets buckets that have refilled: they hold nothing a new bucket would not. */
  private sweep(now: number): void {
    for (const [id, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.limit.perSecond >= this.limit.burst) this.buckets.delete(id);
    }
  }
}

/** Limits requests per client address (before anything else is done for them). */
export function limitPerAddress(limit: RateLimit): RequestHandler {
  const buckets = new TokenBuckets(limit);
  return (req, _res, next) => {
    const wait = buckets.take(req.socket.remoteAddress ?? 'unknown');
    if (wait > 0) throw new TooManyRequestsError('Too many requests from this address: slow down.', wait);
    next();
  };
}

/** Limits requests per API key (after the key is identified); requests without a key are limited by address only. */
export function limitPerKey(limit: RateLimit): RequestHandler {
  const buckets = new TokenBuckets(limit);
  return (_req, res, next) => {
    const principal = res.locals.principal as { name: string } | undefined;
    if (principal) {
      const wait = buckets.take(principal.name);
      if (wait > 0) throw new TooManyRequestsError('Too many requests with this API key: slow down.', wait);
    }
    next();
  };
}
