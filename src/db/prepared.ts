import type { Knex } from 'knex';
import type { CustomTypesConfig, QueryResult } from 'pg';

/**
 * A statement PostgreSQL plans once per connection and then only executes: its name (unique in the app) and its text
 * with $n placeholders. For a statement run on every request whose planning is a large share of its cost (the list's
 * LOAD_SQL: ~0.9 ms of planning for ~4 ms of execution at 50 claims), not for statements whose text varies.
 */
export interface PreparedStatement {
  name: string;
  text: string;
  /** How its columns are parsed, when not as everywhere (pg's type parsers as src/db/knex.ts sets them). */
  types?: CustomTypesConfig;
}

/** A statement as this file sends it: by name when prepared, with its own parsers, its rows as arrays of values. */
interface Statement {
  name?: string;
  text: string;
  values: readonly unknown[];
  types?: CustomTypesConfig;
  rowMode?: 'array';
}

/** The part of a pg connection this file uses: a query, by name when prepared (the driver prepares it on its first use there). */
interface PgConnection {
  query(config: Statement, callback: (err: Error | null, result: QueryResult) => void): void;
  query(text: string, values: readonly unknown[], callback: (err: Error | null, result: QueryResult) => void): void;
  __knexUid?: string;
  __knexTxId?: string;
  /** Set behind a transaction pooler (LedgerConnection): a name prepared on one server connection is unknown on the next. */
  ledgerUnnamedStatements?: boolean;
}

/**
 * Runs a prepared statement on one of the pool's connections (in a transaction, on the transaction's connection), as
 * knex runs a query (see runOnConnection). knex itself cannot prepare a statement by name.
 */
export function queryPrepared<Row>(db: Knex | Knex.Transaction, statement: PreparedStatement, values: readonly unknown[]): Promise<Row[]> {
  return runOnConnection(db, { name: statement.name, text: statement.text, values, types: statement.types }, rowsOf<Row>);
}

const rowsOf = <Row>(result: QueryResult): Row[] => result.rows as Row[];

/** The statements whose columns were found as their readers expect (queryPreparedValues): each is checked once. */
const columnsChecked = new WeakSet<PreparedStatement>();

/**
 * Runs a prepared statement whose rows are read by position: pg hands each row as the array of its values (`rowMode:
 * 'array'`), where a row by name costs an object built column by column. `columns` are the names the reader expects,
 * in order; the statement's fields are checked against them on its first answer, and a statement that does not
 * select them so fails instead of being misread.
 */
export function queryPreparedValues(
  db: Knex | Knex.Transaction,
  statement: PreparedStatement,
  columns: readonly string[],
  values: readonly unknown[],
): Promise<unknown[][]> {
  return runOnConnection(db, { name: statement.name, text: statement.text, values, types: statement.types, rowMode: 'array' }, (result) => {
    if (!columnsChecked.has(statement)) {
      const names = result.fields.map((f) => f.name);
      if (names.length !== columns.length || names.some((name, i) => name !== columns[i]))
        throw new Error(`${statement.name} selects ${names.join(', ')}; its reader expects ${columns.join(', ')}`);
      columnsChecked.add(statement);
    }
    return result.rows as unknown[][];
  });
}

/** A query as knex would send it to PostgreSQL: its text with $n placeholders, and its values. */
export interface NativeQuery {
  sql: string;
  bindings: readonly unknown[];
}

/**
 * Runs a query knex built (`toSQL().toNative()`, see CompiledQueries) straight on a pool connection, without knex's
 * runner: for a statement every list request runs, whose text depends on the filter (the list's page of ids).
 */
export function queryNative<Row>(db: Knex | Knex.Transaction, query: NativeQuery): Promise<Row[]> {
  return runOnConnection(db, { text: query.sql, values: query.bindings }, rowsOf<Row>);
}

/**
 * The last `size` queries knex built, by a key that determines them (the filter they were built from, as JSON), so
 * that a query asked for again is not built and compiled again: knex's building and compiling of the list's page
 * query cost more server CPU than anything else of the request outside pg, express and the JSON (bench/README.md).
 */
export class CompiledQueries {
  private readonly queries = new Map<string, NativeQuery>();

  constructor(private readonly size: number) {}

  get(key: string, build: () => Knex.QueryBuilder): NativeQuery {
    let query = this.queries.get(key);
    if (query) {
      this.queries.delete(key); // to the end: the least recently used go first
    } else {
      const { sql, bindings } = build().toSQL().toNative();
      query = { sql, bindings };
      if (this.queries.size >= this.size) this.queries.delete(this.queries.keys().next().value!);
    }
    this.queries.set(key, query);
    return query;
  }
}

/**
 * Runs a statement on a connection of `db`'s pool as knex runs a query: knex's `query`, `query-response` and
 * `query-error` events are emitted with the statement's text and values, so that whatever watches the database through
 * them (the metrics' statement timeouts, tests that count statements) sees it like any other. With a name, the driver
 * prepares the statement on its first use on that connection.
 */
async function runOnConnection<Answer>(
  db: Knex | Knex.Transaction,
  statement: Statement,
  read: (result: QueryResult) => Answer,
): Promise<Answer> {
  const client = db.client as Knex.Client & {
    acquireConnection(): Promise<PgConnection>;
    releaseConnection(c: PgConnection): Promise<void>;
  };
  const connection = await client.acquireConnection();
  const event = {
    __knexUid: connection.__knexUid,
    __knexTxId: connection.__knexTxId,
    method: 'raw',
    sql: statement.text,
    bindings: statement.values,
  };
  let result: QueryResult;
  try {
    client.emit('query', event);
    result = await send(connection, statement);
    client.emit('query-response', result, event);
  } catch (err) {
    // As pg does for the promise it returns: a stack that leads back to the caller, not to the socket's read.
    if (err instanceof Error) Error.captureStackTrace(err);
    client.emit('query-error', err, event);
    throw err;
  } finally {
    await client.releaseConnection(connection);
  }
  return read(result);
}

/**
 * The statement sent with a callback, as knex's runner and pg's Pool send theirs, not through the promise pg's
 * `query` returns without one: that promise (and the `.catch` pg chains to it) kept each page's result, its 50 parsed
 * rows with their sources, alive through the next two scavenges: under the list's load V8 promoted ~1.8–1.9 MB to the
 * old generation per scavenge (0.25 MB with the callback at one connection, 0.7 MB at 32) and ran more mark-compacts
 * (bench/README.md, speed26). Why V8 kept that promise's value was not found; that it did was measured.
 */
function send(connection: PgConnection, statement: Statement): Promise<QueryResult> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, result: QueryResult) => (err ? reject(err) : resolve(result));
    // A statement without a name goes as text and values, as pg's Pool is given the bare server's page query: pg copies
    // a query given as an object property by property (`cloneQueryConfig`, ~1% of a list request's server CPU in the
    // profiles of speed27), and a prepared statement needs the object for its name, a statement with its own parsers
    // for them, a statement read by position for its row mode (behind a transaction pooler, without its name).
    const unnamed = statement.name === undefined || connection.ledgerUnnamedStatements;
    if (unnamed && !statement.types && !statement.rowMode) connection.query(statement.text, statement.values, done);
    else
      connection.query(
        unnamed ? { text: statement.text, values: statement.values, types: statement.types, rowMode: statement.rowMode } : statement,
        done,
      );
  });
}
