import type { Db } from '../../src/db/knex';

/** The knex pool behind `db`: its connections in use, those open and free, and requests waiting for one. */
export const poolOf = (db: Db) => (db.client as { pool: { numUsed(): number; numFree(): number; numPendingAcquires(): number } }).pool;

/** Waits (up to `ms`) until no connection of `db`'s pool is in use, and says how many still are. */
export async function untilPoolIdle(db: Db, ms = 10_000): Promise<number> {
  for (let waited = 0; poolOf(db).numUsed() > 0 && waited < ms; waited += 100) await new Promise((r) => setTimeout(r, 100));
  return poolOf(db).numUsed();
}
