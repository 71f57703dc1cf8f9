import type { Db } from '../db/knex';
import { storedDataDamaged } from '../errors';
import { runKeyed, savedResults } from './savedOnce';

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
  /** What the request's transactions returned (a JSON list), written in the last that changed the ledger (savedOnce.ts). */
  saved: string | null;
  /** When the request failed after its save committed: the same request sent again takes the key over. */
  released_at: Date | null;
}

/** A key claimed by a request, with what a first request with it saved before it failed (null: nothing). */
export interface Claimed {
  saved: unknown[] | null;
}

/** How long a stored response is replayed. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** A first request still pending after this long is taken as lost (its process died) and may be run again. */
const ABANDONED_MINUTES = 10;
/** How often a release that failed (the database unreachable) is tried again. */
const RELEASE_RETRY_MS = 1_000;

/** The results a key's row says its request saved; a row that says otherwise (repaired by hand) is damaged data. */
function savedBy(saved: string): unknown[] {
  const results = savedResults(saved);
  if (results === undefined) throw storedDataDamaged('what the first request with this key saved');
  return results;
}

export class IdempotencyStore {
  private lastSweep = 0;
  /** Releases owed: keys of requests that failed while the database was unreachable, by `principal\nkey`. */
  private readonly owed = new Map<string, { principal: string; key: string; since: number }>();
  private retrying: NodeJS.Timeout | undefined;

  constructor(private readonly db: Db) {}

  /**
   * Claims the key for this request: what it runs from (nothing, or what a first request with the key saved before it
   * failed, see savedOnce.ts) when this request must run; null when a row already exists (stored, or pending in another
   * request). The insert commits at once, so a concurrent request with the same key sees it.
   */
  async begin(row: Pick<IdempotencyRow, 'principal' | 'key' | 'method' | 'path' | 'request_hash'>): Promise<Claimed | null> {
    await this.sweep();
    const inserted = await this.db('idempotency_keys').insert(row).onConflict(['principal', 'key']).ignore().returning('key');
    if (inserted.length > 0) return { saved: null };
    const mine = this.db<IdempotencyRow>('idempotency_keys').where({ principal: row.principal, key: row.key });
    const expired = await mine
      .clone()
      .where('created_at', '<', this.db.raw(`now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`))
      .update({ ...row, status: null, headers: null, body: null, saved: null, released_at: null, created_at: this.db.fn.now() })
      .returning('key');
    if (expired.length > 0) return { saved: null };
    // A pending first request that failed after its save committed, or was lost: the same request takes over what it
    // saved; one that saved nothing is taken over by any request with the key.
    const takenOver = await mine
      .clone()
      .whereNull('status')
      .where((p) =>
        p.whereNotNull('released_at').orWhere('created_at', '<', this.db.raw(`now() - interval '${ABANDONED_MINUTES} minutes'`)),
      )
      .where((p) => p.whereNull('saved').orWhere('request_hash', row.request_hash))
      .update({ ...row, released_at: null, created_at: this.db.fn.now() })
      .returning('saved');
    if (takenOver.length === 0) return null;
    const { saved } = takenOver[0] as Pick<IdempotencyRow, 'saved'>;
    return { saved: saved === null ? null : savedBy(saved) };
  }

  /**
   * Runs `run` (the rest of a request that claimed the key) as the request of the key: what its transactions save is
   * marked in the key's row inside them, and what a first request saved before it failed is not run again but
   * answered from (savedOnce.ts).
   */
  runClaimed<T>(principal: string, key: string, claimed: Claimed, run: () => T): T {
    return runKeyed(principal, key, claimed.saved, run);
  }

  /**
   * `runClaimed` for a middleware: runs `next` (the rest of the request) as the request of the key until its answer
   * has been sent whole; when the answer was cut, until nothing of the request is left (a handler goes on after its
   * client left, and its saves must still be marked).
   */
  answerClaimed(
    principal: string,
    key: string,
    claimed: Claimed,
    res: { once(event: 'finish', listener: () => void): unknown },
    next: () => void,
  ): void {
    void this.runClaimed(
      principal,
      key,
      claimed,
      () =>
        new Promise<void>((sent) => {
          res.once('finish', () => sent());
          next();
        }),
    );
  }

  get(principal: string, key: string): Promise<IdempotencyRow | undefined> {
    return this.db<IdempotencyRow>('idempotency_keys').where({ principal, key }).first();
  }

  /** Stores the outcome. */
  async complete(principal: string, key: string, status: number, headers: Record<string, string>, body: string): Promise<void> {
    await this.db('idempotency_keys')
      .where({ principal, key })
      .whereNull('status')
      .update({ status, headers: JSON.stringify(headers), body });
  }

  /**
   * Frees a pending key whose request failed: nothing was changed, so a retry may run. A key whose save committed
   * (its `saved` written in the save's transaction, the answer lost after the COMMIT) is not freed but marked
   * released, for the same request to be answered from what it saved; the check is the database's, under the row's
   * lock, which a save still committing holds. When the database cannot be reached (the outage that failed the
   * request), the release is owed and tried again every second, so the same request sent once the database is back
   * runs at once (on any instance) instead of waiting and being refused until the key counts as abandoned; the
   * rejection still reaches the caller.
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

  private async forget(principal: string, key: string): Promise<void> {
    const pending = () => this.db('idempotency_keys').where({ principal, key }).whereNull('status');
    const freed = await pending().whereNull('saved').delete();
    if (freed === 0) await pending().whereNotNull('saved').update({ released_at: this.db.fn.now() });
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
