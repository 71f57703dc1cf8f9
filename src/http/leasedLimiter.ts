import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../db/knex';

/** The table of migration 20261202020000: one row per limited key and window. */
export const RATE_LIMIT_TABLE = 'rate_limit_points';

/** A rate limit that takes one request at a time. */
export interface Limiter {
  /** Takes one request; resolves to 0 when it is allowed, else to the whole seconds to wait. */
  take(id: string): Promise<number>;
  /**
   * Takes one request when what the limiter holds in memory decides it: 0 when it is allowed, the whole seconds to
   * wait when it is refused; null (nothing taken) when only `take` can tell.
   */
  takeKnown(id: string): number | null;
}

/**
 * Beyond this wait for the database, a request is counted in this process's memory instead: a slow or absent
 * database must not hold every request up, or fail it, on account of a counter.
 */
const STORE_TIMEOUT_MS = 1000;
/** A lease takes at most this share of what is left of a window's allowance. */
const LEASE_SHARE = 8;
/** Windows kept in memory before the ended ones are forgotten. */
const SWEEP_AT = 10_000;
/** Every this often, rows of windows that ended over an hour ago are deleted (as rate-limiter-flexible did). */
const CLEAR_EVERY_MS = 5 * 60_000;

interface Window {
  /** When the window ends (ms since 1970), as stored in PostgreSQL. */
  end: number;
  /** Requests leased from the shared count and not used yet. */
  available: number;
  /** The allowance not yet leased by any instance, at the last lease; null before the first. */
  remaining: number | null;
  /** The allowance is spent: refused without asking the database until the window ends. */
  spent: boolean;
  /** Requests waiting for the lease in flight. */
  waiting: number;
  lease: Promise<void> | null;
}

/**
 * A fixed-window limit (`points` requests per `durationMs`) counted in PostgreSQL, so that every app instance
 * on one database counts a client's requests together, without a database write per request: an instance
 * leases requests from the shared count (one upsert adds them to the row) and spends them from memory. A lease
 * is at most an eighth of the allowance still unleased (and at least the requests waiting for it), so leases
 * shrink to one request near the limit. Leased requests are counted before they are spent, so no client gets
 * more than its allowance across instances; what an instance leased and did not spend by the window's end is
 * lost, so with several instances a client can be refused a little early (by the other instances' unspent
 * leases, each at most an eighth of what was left when it was taken). With one instance, exact.
 */
export class LeasedLimiter implements Limiter {
  private readonly windows = new Map<string, Window>();
  private readonly insurance: RateLimiterMemory;
  private readonly durationMs: number;

  constructor(
    private readonly db: Db,
    private readonly prefix: string,
    private readonly points: number,
    durationSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.durationMs = durationSeconds * 1000;
    this.insurance = new RateLimiterMemory({ keyPrefix: prefix, points, duration: durationSeconds });
  }

  takeKnown(id: string): number | null {
    return this.decide(`${this.prefix}:${id}`, this.now());
  }

  /** What `takeKnown` answers for the window of `key`, forgetting it when it has ended. */
  private decide(key: string, now: number): number | null {
    const w = this.windows.get(key);
    if (w && w.end <= now && w.lease === null) {
      this.windows.delete(key);
      return null;
    }
    if (w && w.available > 0) {
      w.available--;
      return 0;
    }
    if (w?.spent) return Math.max(1, Math.ceil((w.end - now) / 1000));
    return null;
  }

  async take(id: string): Promise<number> {
    const key = `${this.prefix}:${id}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.now();
      const known = this.decide(key, now);
      if (known !== null) return known;
      let w = this.windows.get(key);
      if (!w) {
        if (this.windows.size >= SWEEP_AT) this.sweep(now);
        w = { end: Infinity, available: 0, remaining: null, spent: false, waiting: 0, lease: null };
        this.windows.set(key, w);
      }
      w.waiting++;
      const window = w;
      window.lease ??= this.lease(key, window).finally(() => (window.lease = null));
      try {
        await withTimeout(window.lease, STORE_TIMEOUT_MS);
      } catch {
        window.waiting = 0;
        if (window.end === Infinity && this.windows.get(key) === window) this.windows.delete(key); // nothing learnt: not kept
        return this.fromMemory(id);
      }
    }
    return this.fromMemory(id);
  }

  /** Adds a lease to the shared count and keeps what of it is within the allowance. */
  private async lease(key: string, w: Window): Promise<void> {
    await Promise.resolve(); // let the requests arriving together join this lease
    const wanted = Math.max(w.waiting, 1, Math.floor((w.remaining ?? 0) / LEASE_SHARE));
    w.waiting = 0;
    const now = this.now();
    const table = `"${RATE_LIMIT_TABLE}"`;
    const { rows } = (await this.db.raw(
      `INSERT INTO ${table} (key, points, expire) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN ${table}.expire <= ? THEN EXCLUDED.points ELSE ${table}.points + EXCLUDED.points END,
         expire = CASE WHEN ${table}.expire <= ? THEN EXCLUDED.expire ELSE ${table}.expire END
       RETURNING points, expire`,
      [key, wanted, now + this.durationMs, now, now],
    )) as { rows: { points: number; expire: string | number }[] };
    const counted = rows[0].points;
    const granted = Math.max(0, Math.min(wanted, this.points - (counted - wanted)));
    w.end = Number(rows[0].expire);
    w.available += granted;
    w.remaining = Math.max(0, this.points - counted);
    w.spent = granted === 0;
  }

  private async fromMemory(id: string): Promise<number> {
    try {
      await this.insurance.consume(id);
      return 0;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      return 0;
    }
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.end <= now && w.lease === null) this.windows.delete(key);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('the rate limit store did not answer in time')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Deletes, every few minutes, the rows of windows that ended over an hour ago; a failure waits for the next turn. */
export function clearEndedWindows(db: Db): void {
  const timer = setInterval(() => {
    db.raw(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE expire < ?`, [Date.now() - 3_600_000]).catch(() => undefined);
  }, CLEAR_EVERY_MS);
  timer.unref();
}
