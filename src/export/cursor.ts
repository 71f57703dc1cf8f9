import type { ClientBase } from 'pg';
import QueryStream from 'pg-query-stream';
import type { Db } from '../db/knex';
import type { NativeQuery } from '../db/sqlValues';

/** A connection taken from the knex pool for as long as a stream needs it; `release` is idempotent. */
export interface HeldConnection {
  client: ClientBase;
  release(): void;
}

/** Settings of PostgreSQL (GUC names and values) a held connection's statements run with. */
export type SessionSettings = Readonly<Record<string, string>>;

/**
 * A connection for a long export. Its statements run without the pool's statement time limit (a COPY of the whole
 * ledger is one statement): exports are bounded instead by how many may run at once (LONG_WORK_MAX) and by the
 * stall watchdog, which cuts a reader that stops reading. They also run with the `settings` given (planner settings
 * of one export). The limit and the settings are restored before the connection goes back.
 */
export async function holdConnection(db: Db, settings: SessionSettings = {}): Promise<HeldConnection> {
  const client = (await db.client.acquireConnection()) as ClientBase;
  const names = ['statement_timeout', ...Object.keys(settings)];
  try {
    await client.query('SELECT set_config(name, value, false) FROM unnest($1::text[], $2::text[]) AS s(name, value)', [
      names,
      ['0', ...Object.values(settings)],
    ]);
  } catch (err) {
    db.client.releaseConnection(client);
    throw err;
  }
  let released = false;
  return {
    client,
    release: () => {
      if (released) return;
      released = true;
      if ((client as { __knex__disposed?: unknown }).__knex__disposed) {
        db.client.releaseConnection(client);
        return;
      }
      client.query(names.map((name) => `RESET ${client.escapeIdentifier(name)}`).join('; ')).then(
        () => db.client.releaseConnection(client),
        () => {
          (client as { __knex__disposed?: unknown }).__knex__disposed = 'could not restore the statement time limit and settings';
          db.client.releaseConnection(client);
        },
      );
    },
  };
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
export async function streamQuery(db: Db, query: NativeQuery, batchSize: number): Promise<QueryStream> {
  const held = await holdConnection(db);
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

/**
 * A connection left mid-query cannot be reused: close its socket (the backend stops at its next write) and mark it for the pool to drop.
 */
function abandon(client: ClientBase): void {
  const c = client as ClientBase & { __knex__disposed?: unknown; connection?: { stream?: { destroy(): void } } };
  c.__knex__disposed = 'stream abandoned';
  c.connection?.stream?.destroy();
}
