import type { Response } from 'express';
import { HttpError } from './errors';

/** Seconds a client turned away is asked to wait before it tries again. */
const RETRY_AFTER_S = 5;
/** How long a request may wait for a slot before it is turned away: short exports free theirs in milliseconds. */
const MAX_WAIT_MS = 2000;

export class ServiceUnavailableError extends HttpError {
  constructor(message: string, retryAfterSeconds: number, field = 'request') {
    super(503, 'Service Unavailable', message, [{ field, message }], { 'Retry-After': String(retryAfterSeconds) });
  }
}

/**
 * Slots for long work (exports, imports): each holds a database connection for as long as it runs, so only
 * `max` may run at once, fewer than the pool has connections. A request finding none free waits for one, in
 * turn, at most MAX_WAIT_MS (no connection held meanwhile), then is turned away with a 503 and Retry-After:
 * the connections that short requests need are always there.
 */
export class LongWorkGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly max: number,
    private readonly maxWaitMs = MAX_WAIT_MS,
  ) {}

  get inUse(): number {
    return this.running;
  }

  /** Takes a slot until the response closes (finished, failed or cut), or throws a 503 when none frees in time. */
  async enter(res: Response, what: string): Promise<void> {
    if (res.locals.longWork) return;
    if (this.running >= this.max) {
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
      if (!granted) {
        throw new ServiceUnavailableError(
          `Too many exports and imports are running (${this.max} at once): retry ${what} in a few seconds.`,
          RETRY_AFTER_S,
        );
      }
    } else this.running += 1;
    if (res.destroyed || res.closed) {
      // The client left while it waited: the slot goes on at once ('close' has fired already).
      this.leave();
      throw new ServiceUnavailableError(`The client closed the connection before ${what} could start.`, RETRY_AFTER_S);
    }
    res.locals.longWork = true;
    res.once('close', () => this.leave());
  }

  /** Hands the slot to the next waiting request, or frees it. */
  private leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
