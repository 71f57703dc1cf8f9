import knexFactory, { Knex } from 'knex';
import { types } from 'pg';
import { migrationSource } from '../../db/migrationSource';

// Parse once, in one place: numeric and bigint become JSON numbers, dates stay as written (no time zone shift).
types.setTypeParser(types.builtins.NUMERIC, (v) => Number(v));
types.setTypeParser(types.builtins.INT8, (v) => Number(v));
types.setTypeParser(types.builtins.DATE, (v) => v);

export type Db = Knex;

/** How the pool waits on PostgreSQL: every wait is bounded, so a database that stops answering is a quick 503, not a hang. */
export interface DbOptions {
  /** Connections in the pool. */
  poolMax?: number;
  /** Server-side limit of each statement (0: none); a statement past it is cancelled (SQLSTATE 57014). */
  statementTimeoutMs?: number;
  /** How long opening a connection may take (the TCP connect and PostgreSQL's start-up answer). */
  connectTimeoutMs?: number;
  /** How long a request may wait for a free connection of the pool. */
  acquireTimeoutMs?: number;
  /** Where knex's own warnings go (a failed connection attempt, with its stack); by default, the console. */
  log?: Knex.Logger;
}

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const { poolMax = 10, statementTimeoutMs = 0, connectTimeoutMs = 0, acquireTimeoutMs = 60_000, log } = options;
  return knexFactory({
    ...(log && { log }),
    client: 'pg',
    connection: {
      connectionString,
      ...(statementTimeoutMs > 0 && { statement_timeout: statementTimeoutMs }),
      ...(connectTimeoutMs > 0 && { connectionTimeoutMillis: connectTimeoutMs }),
    },
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: acquireTimeoutMs,
  });
}

/** Migrations (index builds over large tables among them) run without the statement time limit requests have. */
export async function migrate(db: Db): Promise<void> {
  const connection = db.client.config.connection as { connectionString?: string; statement_timeout?: number } | string;
  if (typeof connection !== 'object' || !connection.statement_timeout) {
    await db.migrate.latest({ migrationSource });
    return;
  }
  const log = (db.client.config as Knex.Config).log;
  const unlimited = knexFactory({
    client: 'pg',
    connection: { ...connection, statement_timeout: undefined },
    pool: { min: 0, max: 1 },
    ...(log && { log }),
  });
  try {
    await unlimited.migrate.latest({ migrationSource });
  } finally {
    await unlimited.destroy();
  }
}

/** A LIKE pattern matching `text` anywhere, case-folded, with its wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
}
