import { answeredWithin, type Db } from '../db/knex';

/** /health answers within this long, even when PostgreSQL accepts connections but never answers (frozen). */
export const HEALTH_TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query within `timeoutMs`. */
export function databaseAnswers(db: Db, timeoutMs: number): Promise<boolean> {
  return answeredWithin(
    db.raw('SELECT 1').then(() => true),
    timeoutMs,
  );
}
