import type { Knex } from 'knex';
import type { Socket } from 'node:net';
import { Client } from 'pg';
import { connectionStringOf, type Db } from './knex';

/** Why a question asked promptly has no answer: the database did not give one within the time allowed. */
export class NoAnswerInTime extends Error {
  constructor(timeoutMs: number) {
    super(`the database did not answer within ${timeoutMs} ms`);
  }
}

/**
 * The one way to ask a question about the database that must not wait behind requests (/health, /ready, the export
 * watchdog's "is its backend at work"): through the pool when it has a connection to lend (or room to open one), else
 * on a connection of its own, opened for the question and closed after it. When every pooled connection was held
 * (requests each waiting on a table an administrator locked, slow statements), such a question had waited for one of
 * them and not had it in time: /health had called a database that answered unreachable, /ready had waited a minute
 * (the pool's acquire time limit) to say the same, and the watchdog had cut an export its database was at work on.
 * Through the pool otherwise: a new connection costs PostgreSQL a process and its authentication, slow on a loaded
 * machine. A database created otherwise than by createDb (no connection string known) is always asked through its pool.
 *
 * The rows of `sql` (knex's `?` bindings), or a rejection: the database's error (with its SQLSTATE `code`), or
 * NoAnswerInTime once `timeoutMs` have passed (a frozen database, a black hole, a pool that never lends).
 */
export function askPromptly<Row>(db: Db, sql: string, bindings: readonly Knex.RawBinding[], timeoutMs: number): Promise<Row[]> {
  const connectionString = connectionStringOf(db);
  const question =
    connectionString === undefined || !poolHeld(db)
      ? db.raw<{ rows: Row[] }>(sql, bindings as Knex.RawBinding[]).then((result) => result.rows)
      : askOnOwnConnection<Row>(
          connectionString,
          db
            .raw(sql, bindings as Knex.RawBinding[])
            .toSQL()
            .toNative(),
          timeoutMs,
        );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswerInTime(timeoutMs)), timeoutMs);
  });
  question.catch(() => undefined); // answered (or failed) after the time allowed: nobody waits for it any more
  return Promise.race([question, late]).finally(() => clearTimeout(timer));
}

/** Whether every connection the pool may have is lent out, none idle and none left to open. */
export function poolHeld(db: Db): boolean {
  const pool = db.client.pool as { max: number; numUsed(): number; numFree(): number; numPendingCreates(): number } | undefined;
  if (!pool) return false;
  return pool.numFree() === 0 && pool.numUsed() + pool.numPendingCreates() >= pool.max;
}

async function askOnOwnConnection<Row>(connectionString: string, query: Knex.SqlNative, timeoutMs: number): Promise<Row[]> {
  const client = new Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined); // a connection the database ends is a failed question, not a crash
  // Still connecting or asking when the question is given up (a frozen database, a black hole): its socket is
  // destroyed, not ended politely (an end waits for an answer that may never come).
  const close = setTimeout(() => (client as unknown as { connection: { stream: Socket } }).connection.stream.destroy(), timeoutMs);
  try {
    await client.connect();
    return (await client.query(query.sql, query.bindings as unknown[])).rows as Row[];
  } finally {
    clearTimeout(close);
    void client.end().catch(() => undefined);
  }
}
