import type { Socket } from 'node:net';
import { Client } from 'pg';
import { answeredWithin, connectionStringOf, type Db } from '../db/knex';

/** /health answers within this long, even when PostgreSQL accepts connections but never answers (frozen). */
export const HEALTH_TIMEOUT_MS = 2000;

/** The check in flight for each database: /health requests arriving meanwhile share it. */
const inFlight = new WeakMap<Db, Promise<boolean>>();

/**
 * Whether the database answers a trivial query within `timeoutMs`: through the pool when it has a connection to lend
 * (or room to open one), else on a connection of its own, opened for the question and closed after it. When every
 * pooled connection was held (requests each waiting on a table an administrator locked, slow statements), the check
 * had waited for one of them, not had it within its time, and /health had said "The database is not reachable" of a
 * database that answered, for a liveness probe to restart an instance that was sound. Through the pool otherwise: a
 * new connection costs PostgreSQL a process and its authentication, slow on a loaded machine. Concurrent checks share
 * one question (a flood of /health, answered before the rate limits, opens one connection at a time at most). A database
 * created otherwise than by createDb (no connection string known) is always asked through its pool.
 */
export function databaseAnswers(db: Db, timeoutMs: number): Promise<boolean> {
  const asking = inFlight.get(db);
  if (asking) return asking;
  const connectionString = connectionStringOf(db);
  const question = answeredWithin(
    connectionString === undefined || !poolHeld(db)
      ? db.raw('SELECT 1').then(() => true)
      : answersOnOwnConnection(connectionString, timeoutMs),
    timeoutMs,
  ).finally(() => inFlight.delete(db));
  inFlight.set(db, question);
  return question;
}

/** Whether every connection the pool may have is lent out, none idle and none left to open. */
function poolHeld(db: Db): boolean {
  const pool = db.client.pool as { max: number; numUsed(): number; numFree(): number; numPendingCreates(): number } | undefined;
  if (!pool) return false;
  return pool.numFree() === 0 && pool.numUsed() + pool.numPendingCreates() >= pool.max;
}

async function answersOnOwnConnection(connectionString: string, timeoutMs: number): Promise<boolean> {
  const client = new Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined); // a connection the database ends is a failed check, not a crash
  // Still connecting or asking when the check gives up (a frozen database, a black hole): its socket is destroyed, not
  // ended politely (an end waits for an answer that may never come).
  const close = setTimeout(() => (client as unknown as { connection: { stream: Socket } }).connection.stream.destroy(), timeoutMs);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    clearTimeout(close);
    void client.end().catch(() => undefined);
  }
}
