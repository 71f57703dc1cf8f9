import type { Db } from '../db/knex';
import { askPromptly } from '../db/promptly';
import { migrationSource } from '../../db/migrationSource';
import { counted } from '../words';

export interface Readiness {
  ready: boolean;
  /** Why not, for the 503 problem. */
  detail?: string;
  /** Migrations this build knows and the database has not applied. */
  pending: string[];
  applied: number;
}

/** /ready answers within this long, even when the database never answers (frozen) or the pool never lends. */
export const READY_TIMEOUT_MS = 2000;

/**
 * Whether this instance can serve: the database answers and has every migration this build ships. Reads
 * knex's own bookkeeping table and never writes (knex's migrate.list would create that table if missing). Asked
 * promptly (askPromptly): with every pooled connection held by requests, /ready had waited a minute, the pool's
 * acquire time limit, and called an instance whose database answered not ready.
 */
export async function checkReadiness(db: Db, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  const known = await migrationSource.getMigrations([]);
  let applied: string[];
  try {
    applied = (await askPromptly<{ name: string }>(db, 'SELECT name FROM knex_migrations', [], timeoutMs)).map((r) => r.name);
  } catch (err) {
    if ((err as { code?: string }).code === '42P01')
      return { ready: false, detail: 'The database has no migrations applied.', pending: known, applied: 0 };
    return { ready: false, detail: 'The database is not reachable.', pending: [], applied: 0 };
  }
  const done = new Set(applied);
  const pending = known.filter((name) => !done.has(name));
  if (pending.length > 0) {
    return {
      ready: false,
      detail: `${counted(pending.length, 'migration')} not applied yet: ${pending.join(', ')}.`,
      pending,
      applied: applied.length,
    };
  }
  return { ready: true, pending, applied: applied.length };
}
