import type { Response } from 'express';
import { HttpError } from './errors';

/** Seconds a client turned away is asked to wait before it tries again. */
const RETRY_AFTER_S = 5;

export class ServiceUnavailableError extends HttpError {
  constructor(message: string, retryAfterSeconds: number, field = 'request') {
    super(503, 'Service Unavailable', message, [{ field, message }], { 'Retry-After': String(retryAfterSeconds) });
  }
}

/**
 * Slots for long work (exports, imports): each holds a database connection for as long as it runs, so only
 * `max` may run at once, fewer than the pool has connections; the others are turned away at once with a 503
 * and Retry-After, never queued, so the connections that short requests need are always there.
 */
export class LongWorkGate {
  private running = 0;

  constructor(readonly max: number) {}

  get inUse(): number {
    return this.running;
  }

  /** Takes a slot until the response closes (finished, failed or cut), or throws a 503 when none is free. */
  enter(res: Response, what: string): void {
    if (res.locals.longWork) return;
    if (this.running >= this.max) {
      throw new ServiceUnavailableError(`Too many exports and imports are running (${this.max} at once): retry ${what} in a few seconds.`, RETRY_AFTER_S);
    }
    this.running += 1;
    res.locals.longWork = true;
    res.once('close', () => { this.running -= 1; });
  }
}
