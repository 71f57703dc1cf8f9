import type { Db } from './knex';

/**
 * How long an answer may be kept at most, changed or not; also how long `ledger_changes` keeps the row of a finished
 * transaction (every cache on the database, in any instance, must have dropped the answers that could need it).
 */
const TTL_MS = 5 * 60_000;
/** How often the cache notes the oldest running transaction, to forget rows no kept answer can need. */
const HORIZON_EVERY_MS = 30_000;

interface Entry {
  /** The snapshot taken before the answer was computed: every change it shows is in the answer (maybe more). */
  snapshot: string;
  at: number;
  value: Promise<unknown>;
}

/**
 * Answers computed from the ledger (a comparison view, a page's figures), kept until the ledger changes, in any
 * instance on the database. Whether it did is exact, not a guess on time: every writing transaction leaves its id in
 * `ledger_changes` (a statement trigger on each table read, migration 20261204040000), and an answer is still
 * current while no transaction visible now was invisible in the snapshot taken before it was computed. A transaction
 * that commits while an answer is computed makes the next request compute it again. Asking costs one statement.
 *
 * Answers are shared: each request gets its own copy, so a page may sort or change what it was given.
 */
export class LedgerCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: Db,
    private readonly maxEntries: number,
  ) {}

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.maxEntries <= 0) return compute();
    const now = Date.now();
    let entry = this.entries.get(key);
    if (entry && now - entry.at > TTL_MS) entry = undefined;
    const { rows } = await this.db.raw(
      `
      SELECT pg_current_snapshot()::text AS snapshot,
        ${
          entry
            ? `EXISTS (SELECT 1 FROM ledger_changes WHERE xid >= pg_snapshot_xmin(?::pg_snapshot)
          AND pg_visible_in_snapshot(xid, pg_current_snapshot()) AND NOT pg_visible_in_snapshot(xid, ?::pg_snapshot))`
            : 'true'
        } AS changed`,
      entry ? [entry.snapshot, entry.snapshot] : [],
    );
    const { snapshot, changed } = rows[0] as { snapshot: string; changed: boolean };
    if (entry && !changed) {
      this.entries.delete(key);
      this.entries.set(key, entry); // most recently used last
      return structuredClone((await entry.value) as T);
    }
    const value = compute();
    const fresh: Entry = { snapshot, at: now, value };
    this.entries.set(key, fresh);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    try {
      return structuredClone(await value);
    } catch (err) {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
      throw err;
    }
  }
}

/**
 * Keeps `ledger_changes` short. It notes the oldest running transaction now and then; once a noted one is older than
 * the longest an answer is kept, rows of transactions before it are forgotten: every answer kept anywhere was
 * computed after that, so its snapshot already shows them (the oldest running transaction only ever moves forward).
 * The server ticks it on a timer (src/index.ts), whether the cache is on or off.
 */
export class LedgerChanges {
  private horizons: { at: number; xmin: string }[] = [];

  constructor(private readonly db: Db) {}

  async tick(): Promise<void> {
    const { rows } = await this.db.raw('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin');
    this.note(Date.now(), (rows[0] as { xmin: string }).xmin);
  }

  note(now: number, xmin: string): void {
    const last = this.horizons[this.horizons.length - 1];
    if (!last || now - last.at >= HORIZON_EVERY_MS) this.horizons.push({ at: now, xmin });
    const old = this.horizons.filter((h) => now - h.at > TTL_MS);
    if (old.length === 0) return;
    this.horizons = this.horizons.filter((h) => now - h.at <= TTL_MS);
    void this.db.raw('DELETE FROM ledger_changes WHERE xid < ?::xid8', [old[old.length - 1].xmin]).catch(() => undefined);
  }
}
