import type { ClientBase, QueryResult } from 'pg';
import QueryStream from 'pg-query-stream';
import { longWorkLockTimeoutMs, type Db, type LedgerConnection } from '../db/knex';
import type { NativeQuery } from '../db/sqlValues';
import { askPromptly } from '../db/promptly';

/** A connection taken from the knex pool for as long as a stream needs it; `release` is idempotent. */
export interface HeldConnection {
  client: ClientBase;
  release(): void;
  /**
   * Whether its backend is at work on its statement (running, or waiting for a lock or a disk), as PostgreSQL says on
   * another connection (askPromptly): false when it is idle (waiting for the ledger), blocked sending rows nobody takes,
   * gone, once the connection is released, or when the database does not say so within `withinMs`.
   */
  atWork(withinMs: number): Promise<boolean>;
}

/** Told of each connection an export holds, so that whoever watches the export can ask whether its database is at work on it. */
export type WatchHeld = (held: HeldConnection) => void;

/**
 * A check of its client every CLIENT_CHECK_MS while a statement runs, on every held connection: a backend sorting for
 * its first row, or waiting for a lock, sends nothing, so it had not noticed that the ledger closed the connection (its
 * client gone) and had run on to the end of its work, for nobody (tests/export/slow-first-row.test.ts). PostgreSQL 14
 * and later, on Linux, macOS and the BSDs; elsewhere PostgreSQL refuses the setting and exports run without it.
 */
const CLIENT_CHECK_MS = '1000';

function backendAtWork(db: Db, pid: number, withinMs: number): Promise<boolean> {
  // A backend blocked writing to its client (ClientWrite) has rows the ledger does not take: not at work for it.
  // Asked promptly (askPromptly): with every pooled connection lent out, a question waiting for one had had no answer
  // in time, and the watchdog had cut an export its database was at work on.
  return askPromptly<{ at_work: boolean }>(
    db,
    `SELECT state = 'active' AND wait_event IS DISTINCT FROM 'ClientWrite' AS at_work FROM pg_stat_activity WHERE pid = ?`,
    [pid],
    withinMs,
  ).then(
    (rows) => rows[0]?.at_work === true,
    () => false,
  );
}

/** Settings of PostgreSQL (GUC names and values) a held connection's statements run with. */
export type SessionSettings = Readonly<Record<string, string>>;

/**
 * A connection for a long export, in a transaction of its own (`transaction`: BEGIN's modes, e.g. an isolation level).
 * Its statements run without the pool's statement time limit, checking their client: exports are bounded instead by
 * how many may run at once (LONG_WORK_MAX) and by the stall watchdog, which cuts a reader that stops reading, and an
 * export whose database stopped feeding it (unless `watch`'s watcher, asking, hears that the database is at work on
 * it). They also run with the `settings` given (planner settings of one export). Every setting is the transaction's
 * own (set_config's is_local), so nothing outlives it: not on the pool's connection, nor, behind a transaction pooler,
 * on a server connection other clients' transactions use next. The transaction ends before the connection goes back.
 */
export async function holdConnection(db: Db, settings: SessionSettings = {}, watch?: WatchHeld, transaction = ''): Promise<HeldConnection> {
  const client = (await db.client.acquireConnection()) as ClientBase & LedgerConnection;
  const all = { statement_timeout: '0', lock_timeout: String(longWorkLockTimeoutMs(db)), ...settings };
  const literals = (values: string[]) => `ARRAY[${values.map((v) => client.escapeLiteral(v)).join(', ')}]::text[]`;
  let pid: number;
  try {
    // One round trip. The client check is a statement PostgreSQL may refuse (see CLIENT_CHECK_MS): caught in a block of
    // its own, so that the transaction goes on without it. The backend's process id is asked, not taken from the
    // connection's start-up: behind a pooler that one is the pooler's.
    const results = (await client.query(
      `BEGIN ${transaction};
       SELECT set_config(name, value, true) FROM unnest(${literals(Object.keys(all))}, ${literals(Object.values(all))}) AS s(name, value);
       DO $$BEGIN PERFORM set_config('client_connection_check_interval', '${CLIENT_CHECK_MS}', true); EXCEPTION WHEN OTHERS THEN NULL; END$$;
       SELECT pg_backend_pid() AS pid`,
    )) as unknown as QueryResult<{ pid: number }>[];
    pid = results[results.length - 1].rows[0].pid;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    db.client.releaseConnection(client);
    throw err;
  }
  client.ledgerLongWork = true;
  let released = false;
  const held: HeldConnection = {
    client,
    atWork: (withinMs) => (released ? Promise.resolve(false) : backendAtWork(db, pid, withinMs)),
    release: () => {
      if (released) return;
      released = true;
      client.ledgerLongWork = false;
      if ((client as { __knex__disposed?: unknown }).__knex__disposed) {
        db.client.releaseConnection(client);
        return;
      }
      // COMMIT ends a failed transaction too (as a rollback); the export only read.
      client.query('COMMIT').then(
        () => db.client.releaseConnection(client),
        () => {
          (client as { __knex__disposed?: unknown }).__knex__disposed = 'could not end the export transaction';
          db.client.releaseConnection(client);
        },
      );
    },
  };
  watch?.(held);
  return held;
}

/**
 * Rows of a query read through a server-side cursor, `batchSize` rows at a time, only as fast as the
 * consumer reads them (backpressure): memory holds at most a couple of batches however many rows match.
 * Destroying the stream closes the cursor, which ends the query on the server.
 */
export function cursorRows(client: ClientBase, query: NativeQuery, batchSize: number): QueryStream {
  return client.query(new QueryStream(query.sql, [...query.bindings], { batchSize, highWaterMark: batchSize }));
}

/**
 * A cursor on a connection of its own, given back to the pool when the stream ends. If it fails or is destroyed
 * first (a query error, a client gone away), the connection is closed instead: the cursor's protocol state is
 * unknown then, and a reused connection could hand the next query another query's messages.
 */
export async function streamQuery(db: Db, query: NativeQuery, batchSize: number, watch?: WatchHeld): Promise<QueryStream> {
  const held = await holdConnection(db, {}, watch);
  try {
    const rows = cursorRows(held.client, query, batchSize);
    releaseWhenClosed(rows, held);
    return rows;
  } catch (err) {
    held.release();
    throw err;
  }
}

/** Gives the connection back when `stream` closes after its end; closes it (see abandon) when the stream closes before. */
export function releaseWhenClosed(
  stream: NodeJS.ReadableStream & { once(event: 'end' | 'close', listener: () => void): unknown },
  held: HeldConnection,
): void {
  let finished = false;
  stream.once('end', () => {
    finished = true;
  });
  stream.once('close', () => {
    if (!finished) abandon(held.client);
    held.release();
  });
}

/** Why the pool drops a connection an export left mid-query: the message knex's pool logs as it drops it. */
export const ABANDONED_MID_STREAM = 'closed by the ledger: an export left it mid-query (its reader went away, or its query failed)';

/**
 * A connection left mid-query cannot be reused: close its socket (the backend stops at its next write) and mark it for
 * the pool to drop. knex marks a connection whose socket ends "Connection ended unexpectedly", which its pool logs as a
 * "Connection Error" when it drops it: this one was closed on purpose, and keeps saying so (the pool's log had read as
 * a database fault at every export a client left or whose query failed: six lines for tests/export/failure.test.ts).
 */
function abandon(client: ClientBase): void {
  const c = client as ClientBase & { __knex__disposed?: unknown; connection?: { stream?: { destroy(): void } } };
  c.__knex__disposed = ABANDONED_MID_STREAM;
  c.once('end', () => {
    c.__knex__disposed = ABANDONED_MID_STREAM;
  });
  c.connection?.stream?.destroy();
}
