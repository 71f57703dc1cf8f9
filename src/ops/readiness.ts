import type { Db } from '../db/knex';
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

/**
 * Whether this instance can serve: the database answers and has every migration this build ships. Reads
 * knex's own bookkeeping table and never writes (knex's migrate.list would create that table if missing).
 */
export async function checkReadiness(db: Db): Promise<Readiness> {
  const known = await migrationSource.getMigrations([]);
  let applied: string[];
  try {
    applied = (await db.raw<{ rows: { name: string }[] }>('SELECT name FROM knex_migrations')).rows.map((r) => r.name);
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
