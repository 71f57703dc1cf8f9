import type { Db } from '../db/knex';

export interface IdempotencyRow {
  principal: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
  created_at: Date;
}

/** How long a stored response is replayed. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** A first request still pending after this long is taken as lost (its process died) and may be run again. */
const ABANDONED_MINUTES = 10;
/** How often a release that failed (the database unreachable) is tried again. */
const RELEASE_RETRY_MS = 1_000;

export class IdempotencyStore {
  private lastSweep = 0;
  /** Releases owed: keys of requests that failed while the database was unreachable, by `principal\nkey`. */
  private readonly owed = new Map<string, { principal: string; key: string; since: number }>();
  private retrying: NodeJS.Timeout | undefined;

  constructor(private readonly db: Db) {}

  /**
   * Claims the key for this request: true when this request is the first and must run; false when a row
   * already exists (stored, or pending in another request). The insert commits at once, so a concurrent
   * request with the same key sees it.
   */
  async begin(row: Pick<IdempotencyRow, 'principal' | 'key' | 'method' | 'path' | 'request_hash'>): Promise<boolean> {
    await this.sweep();
    const inserted = await this.db('idempotency_keys').insert(row).onConflict(['principal', 'key']).ignore().returning('key');
    if (inserted.length > 0) return true;
    const takenOver = await this.db('idempotency_keys')
      .where({ principal: row.principal, key: row.key })
      .where((w) =>
        w
          .where('created_at', '<', this.db.raw(`now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`))
          .orWhere((p) => p.whereNull('status').where('created_at', '<', this.db.raw(`now() - interval '${ABANDONED_MINUTES} minutes'`))),
      )
      .update({ ...row, status: null, headers: null, body: null, created_at: this.db.fn.now() })
      .returning('key');
    return takenOver.length > 0;
  }

  get(principal: string, key: string): Promise<IdempotencyRow | undefined> {
    return this.db<IdempotencyRow>('idempotency_keys').where({ principal, key }).first();
  }

  /** Stores the outcome; a streamed request also records the hash of its body, known only once it was read. */
  async complete(
    principal: string,
    key: string,
    status: number,
    headers: Record<string, string>,
    body: string,
    requestHash?: string,
  ): Promise<void> {
    await this.db('idempotency_keys')
      .where({ principal, key })
      .whereNull('status')
      .update({ status, headers: JSON.stringify(headers), body, ...(requestHash && { request_hash: requestHash }) });
  }

  /**
   * Forgets a pending key whose request failed: nothing was changed, so a retry may run. When the database cannot be
   * reached (the outage that failed the request), the release is owed and tried again every second, so the same
   * request sent once the database is back runs at once (on any instance) instead of waiting and being refused until
   * the key counts as abandoned; the rejection still reaches the caller.
   */
  async release(principal: string, key: string): Promise<void> {
    try {
      await this.forget(principal, key);
    } catch (err) {
      this.owed.set(`${principal}\n${key}`, { principal, key, since: Date.now() });
      this.retryOwed();
      throw err;
    }
  }

  private forget(principal: string, key: string): Promise<number> {
    return this.db('idempotency_keys').where({ principal, key }).whereNull('status').delete();
  }

  /** Tries the owed releases again after a while, until each is done or its key counts as abandoned. */
  private retryOwed(): void {
    if (this.retrying) return;
    this.retrying = setTimeout(() => {
      void (async () => {
        for (const [id, { principal, key, since }] of this.owed) {
          // A key is taken over 10 minutes after its request began: a release is retried only half as long after the
          // failure, so it never deletes a row another request took over (unless its own request ran 5 minutes first).
          if (Date.now() - since >= (ABANDONED_MINUTES / 2) * 60_000) this.owed.delete(id);
          else
            await this.forget(principal, key).then(
              () => this.owed.delete(id),
              () => undefined,
            );
        }
        this.retrying = undefined;
        if (this.owed.size > 0) this.retryOwed();
      })();
    }, RELEASE_RETRY_MS);
    this.retrying.unref();
  }

  /** Deletes expired rows, at most once a minute per process. */
  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < 60_000) return;
    this.lastSweep = Date.now();
    await this.db('idempotency_keys')
      .where('created_at', '<', this.db.raw(`now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`))
      .delete();
  }
}
