import type { Db } from '../db/knex';
import { askPromptly } from '../db/promptly';

/** /health answers within this long, even when PostgreSQL accepts connections but never answers (frozen). */
export const HEALTH_TIMEOUT_MS = 2000;

/** The check in flight for each database: /health requests arriving meanwhile share it. */
const inFlight = new WeakMap<Db, Promise<boolean>>();

/**
 * Whether the database answers a trivial query within `timeoutMs`, asked promptly (askPromptly: on a connection of its
 * own when every pooled one is lent out). Concurrent checks share one question (a flood of /health, answered before the
 * rate limits, opens one connection at a time at most).
 */
export function databaseAnswers(db: Db, timeoutMs: number): Promise<boolean> {
  const asking = inFlight.get(db);
  if (asking) return asking;
  const question = askPromptly(db, 'SELECT 1', [], timeoutMs)
    .then(
      () => true,
      () => false,
    )
    .finally(() => inFlight.delete(db));
  inFlight.set(db, question);
  return question;
}
