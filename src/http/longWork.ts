import type { Response } from 'express';
import { HttpError } from './errors';

/** Seconds a client turned away is asked to wait before it tries again. */
const RETRY_AFTER_S = 5;
/** Requests that may wait for each slot; more are turned away at once, so a flood holds no memory. */
const WAITERS_PER_SLOT = 10;

export class ServiceUnavailableError extends HttpError {
  constructor(message: string, retryAfterSeconds: number, field = 'request') {
    super(503, 'Service Unavailable', message, [{ field, message }], { 'Retry-After': String(retryAfterSeconds) });
  }
}

/**
 * Slots for long work (exports, imports): each holds a database connection for as long as it runs, so only
 * `max` may run at once, fewer than the pool has connections. A request finding none free waits for one, in
 * turn, at most `maxWaitMs` (no connection held meanwhile), then is turned away with a 503 and Retry-After;
 * so is one that finds WAITERS_PER_SLOT × `max` waiting already. The connections that short requests need are
 * always there. The wait is long enough for a busy server: an export's every query waits its turn behind
 * other requests' work, so even a small one can take seconds under load.
 */
export class LongWorkGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly max: number,
    private readonly maxWaitMs: number,
  ) {}

  get inUse(): number {
    return this.running;
  }

  /** Takes a slot until the response closes (finished, failed or cut), or throws a 503 when none frees in time. */
  async enter(res: Response, what: string): Promise<void> {
    if (res.locals.longWork) return;
    if (this.running >= this.max) {
      if (this.waiting.length >= this.max * WAITERS_PER_SLOT) throw this.turnedAway(what);
      const granted = await new Promise<boolean>((resolve) => {
        const turn = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          const i = this.waiting.indexOf(turn);
          if (i >= 0) this.waiting.splice(i, 1);
          resolve(false);
        }, this.maxWaitMs);
        this.waiting.push(turn);
      });
      if (!granted) throw this.turnedAway(what);
    } else this.running += 1;
    if (res.destroyed || res.closed) {
      // The client left while it waited: the slot goes on at once ('close' has fired already).
      this.leave();
      throw new ServiceUnavailableError(`The client closed the connection before ${what} could start.`, RETRY_AFTER_S);
    }
    res.locals.longWork = true;
    res.once('close', () => this.leave());
  }

  private turnedAway(what: string): ServiceUnavailableError {
    return new ServiceUnavailableError(
      `Too many exports and imports are running (${this.max} at once, ${this.waiting.length} waiting): retry ${what} in a few seconds.`,
      RETRY_AFTER_S,
    );
  }

  /** Hands the slot to the next waiting request, or frees it. */
  private leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
