import knexFactory, { Knex } from 'knex';
import type { Socket } from 'node:net';
import { types, type ClientBase } from 'pg';
import { searchFold } from './nameKey';
import { sqlstateOf } from './pgErrors';
import { migrationSource } from '../../db/migrationSource';

// Parse once, in one place: numeric and bigint become JSON numbers, dates stay as written (no time zone shift).
types.setTypeParser(types.builtins.NUMERIC, (v) => Number(v));
types.setTypeParser(types.builtins.INT8, (v) => Number(v));
types.setTypeParser(types.builtins.DATE, (v) => v);

const parseTimestamp = types.getTypeParser(types.builtins.TIMESTAMPTZ);
/** PostgreSQL's text of a timestamptz in UTC (session TimeZone UTC, DateStyle ISO), to the microsecond. */
const UTC_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/**
 * A timestamptz's text as the ISO string a served record shows (`Date#toISOString`: UTC, milliseconds truncated):
 * in a UTC session by rearranging the text, which costs a fraction of building a Date and writing it out again (two
 * per claim were 12–18 % of the list's row parsing and protocol, bench/README.md, speed34); any other text through the Date.
 */
export function isoTimestamp(text: string): string {
  const utc = UTC_TIMESTAMP.exec(text);
  if (utc === null) return (parseTimestamp(text) as Date).toISOString();
  const fraction = utc[3] === undefined ? '000' : utc[3].length >= 3 ? utc[3].slice(0, 3) : utc[3].padEnd(3, '0');
  return `${utc[1]}T${utc[2]}.${fraction}Z`;
}

/** For a statement whose rows are served as they are read: timestamptz columns as ISO strings, the rest as everywhere. */
export const ISO_TIMESTAMPS = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === types.builtins.TIMESTAMPTZ ? isoTimestamp : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};

export type Db = Knex;

/** Silence on a database connection after which TCP keepalive probes start (then the system's interval and count). */
export const KEEPALIVE_IDLE_MS = 10_000;

/**
 * What stands between the ledger and PostgreSQL (DATABASE_POOLER): nothing, or a pooler such as PgBouncer keeping each
 * client on one server connection for its whole session (`session`) or only for one transaction (`transaction`).
 */
export type DatabasePooler = 'none' | 'session' | 'transaction';

/** How the pool waits on PostgreSQL: every wait is bounded, so a database that stops answering is a quick 503, not a hang. */
export interface DbOptions {
  /** Connections in the pool. */
  poolMax?: number;
  /** Server-side limit of each statement (0: none); a statement past it is cancelled (SQLSTATE 57014). */
  statementTimeoutMs?: number;
  /** Server-side limit of each wait for a lock (0: none); a statement past it is cancelled (SQLSTATE 55P03). */
  lockTimeoutMs?: number;
  /** How long opening a connection may take (the TCP connect and PostgreSQL's start-up answer). */
  connectTimeoutMs?: number;
  /** How long a request may wait for a free connection of the pool. */
  acquireTimeoutMs?: number;
  /** Further settings of every connection (PostgreSQL's names and values). */
  settings?: Readonly<Record<string, string>>;
  /** What stands between the ledger and PostgreSQL; `none` by default. */
  pooler?: DatabasePooler;
  /** How long long work (an export) waits for a lock before it is cancelled (55P03); LONG_WORK_LOCK_TIMEOUT_MS by default. */
  longWorkLockTimeoutMs?: number;
  /** Where knex's own warnings go (a failed connection attempt, with its stack); by default, the console. */
  log?: Knex.Logger;
}

/**
 * How long past its statement time limit a statement may wait without a byte from the database before its connection
 * is closed: by then PostgreSQL would have cancelled it and said so, so the path to it is gone (a black hole: a
 * firewall's dropped state, a failed-over address) and TCP would retransmit for ~15 minutes (tcp_retries2) first.
 */
export const SILENCE_MARGIN_MS = 5_000;

/** A connection of the pool, as the ledger marks it. */
export interface LedgerConnection {
  /** Behind a transaction pooler: statements are never prepared by name (a name lives on one server connection). */
  ledgerUnnamedStatements?: boolean;
  /** Held for long work (an export) whose statements may rightly be silent for long: the silence limit is off. */
  ledgerLongWork?: boolean;
}

/**
 * The settings every connection of a pool runs with, as PostgreSQL names them: the limits given (0: none of the
 * ledger's, so the database's or role's own, as an administrator set them), then `settings`.
 */
export function sessionSettings(options: Pick<DbOptions, 'statementTimeoutMs' | 'lockTimeoutMs' | 'settings'>): Record<string, string> {
  return {
    ...(options.statementTimeoutMs && { statement_timeout: String(options.statementTimeoutMs) }),
    ...(options.lockTimeoutMs && { lock_timeout: String(options.lockTimeoutMs) }),
    ...options.settings,
  };
}

/**
 * How long an export waits for a lock on what it reads (a migration building an index, an administrator's LOCK TABLE)
 * before it is a 503 naming lock_timeout: longer than a request (LOCK_TIMEOUT_MS), as its work is longer, but not for
 * ever: a lock nobody releases had held the export, its slot and its connection as long as the lock was held.
 */
export const LONG_WORK_LOCK_TIMEOUT_MS = 60_000;

/** What createDb was given, for migrate's pool of its own. */
const created = new WeakMap<Db, { connectionString: string; options: DbOptions }>();

/** The connection string `db` was created with (createDb), for a connection of its own outside the pool; none for another knex. */
export function connectionStringOf(db: Db): string | undefined {
  return created.get(db)?.connectionString;
}

/** How long long work on `db`'s connections waits for a lock (DbOptions.longWorkLockTimeoutMs). */
export function longWorkLockTimeoutMs(db: Db): number {
  return created.get(db)?.options.longWorkLockTimeoutMs ?? LONG_WORK_LOCK_TIMEOUT_MS;
}

export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const { poolMax = 10, statementTimeoutMs = 0, connectTimeoutMs = 0, acquireTimeoutMs = 60_000, pooler = 'none', log } = options;
  const settings = sessionSettings(options);
  const silenceLimitMs = statementTimeoutMs > 0 ? statementTimeoutMs + SILENCE_MARGIN_MS : 0;
  const db = knexFactory({
    ...(log && { log }),
    client: 'pg',
    connection: {
      connectionString,
      ...(connectTimeoutMs > 0 && { connectionTimeoutMillis: connectTimeoutMs }),
      // TCP keepalive probes on every connection, the first after KEEPALIVE_IDLE_MS of silence: a connection a
      // firewall or NAT between the ledger and an external PostgreSQL dropped without a word (idle in the pool, or
      // waiting on a long export) had been found dead only when the operating system gave up on it, after hours
      // (Linux sends the first probe after two hours of silence by default); now it fails within minutes, and the
      // pool drops it (knex disposes of a client whose socket failed).
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_IDLE_MS,
    },
    pool: {
      min: 0,
      max: poolMax,
      afterCreate: (connection: ClientBase & LedgerConnection, done: (err: Error | null, connection: ClientBase) => void) => {
        if (silenceLimitMs > 0) limitSilence(connection, silenceLimitMs);
        if (pooler === 'transaction') {
          // A session's settings would stay on whichever server connection the pooler lent, for other clients' transactions:
          // behind a transaction pooler they are the role's (docs/operations.md), and exports set theirs per transaction.
          connection.ledgerUnnamedStatements = true;
          done(null, connection);
          return;
        }
        if (Object.keys(settings).length === 0) {
          done(null, connection);
          return;
        }
        // Set by a statement once connected, not sent as startup parameters: PgBouncer refuses a connection whose start-up
        // packet carries statement_timeout ("unsupported startup parameter"), so every connection through it had failed.
        connection.query(
          'SELECT set_config(name, value, false) FROM unnest($1::text[], $2::text[]) AS s(name, value)',
          [Object.keys(settings), Object.values(settings)],
          (err: Error | null) => {
            // A connection the pool will not take is closed, not left open on the database.
            if (err) (connection as ClientBase & { end(): Promise<void> }).end().catch(() => undefined);
            done(err, connection);
          },
        );
      },
    },
    acquireConnectionTimeout: acquireTimeoutMs,
  });
  created.set(db, { connectionString, options });
  return db;
}

/**
 * Behind a transaction pooler the ledger sets no limit for a session (see createDb): the pool's limits the database's
 * own settings do not carry, as `name = value` (empty when they all are, or when nothing stands between).
 */
export async function limitsNotCarried(db: Db): Promise<string[]> {
  const { options } = created.get(db) ?? { options: {} as DbOptions };
  if (options.pooler !== 'transaction') return [];
  const wanted = sessionSettings({ statementTimeoutMs: options.statementTimeoutMs, lockTimeoutMs: options.lockTimeoutMs });
  const { rows } = await db.raw<{ rows: { name: string; setting: string }[] }>(
    'SELECT name, setting FROM pg_settings WHERE name = ANY(?::text[])',
    [Object.keys(wanted)],
  );
  return rows.filter((r) => r.setting !== wanted[r.name]).map((r) => `${r.name} = ${wanted[r.name]}`);
}

/**
 * Closes `connection` when a statement on it has heard nothing from the database for `limitMs` (see SILENCE_MARGIN_MS):
 * the request is answered 503 (a lost connection), and the pool, told by the socket's error, drops it instead of
 * lending it out stuck. A connection idle in the pool, or held for long work, may be silent for as long as it likes.
 */
function limitSilence(connection: ClientBase & LedgerConnection, limitMs: number): void {
  const client = connection as ClientBase & LedgerConnection & { _getActiveQuery?(): unknown; connection?: { stream?: Socket } };
  const socket = client.connection?.stream;
  if (!socket || typeof socket.setTimeout !== 'function') return;
  socket.setTimeout(limitMs);
  socket.on('timeout', () => {
    if (client.ledgerLongWork || !client._getActiveQuery?.()) return;
    socket.destroy(
      Object.assign(new Error(`the database sent nothing for ${limitMs} ms during a statement: connection closed`), { code: 'ETIMEDOUT' }),
    );
  });
}

/** How the migrations wait for the locks they need (see migrate). */
export interface MigrationLockWaits {
  /** The longest wait for one lock (lock_timeout), after which all the migrations not yet applied are tried again. */
  lockTimeoutMs: number;
  /** How many times they are tried before the start gives up. */
  attempts: number;
  /** The pause between two tries. */
  retryAfterMs: number;
}

/** A minute in all: twelve tries of five seconds, a second apart. */
export const MIGRATION_LOCK_WAITS: MigrationLockWaits = { lockTimeoutMs: 5_000, attempts: 12, retryAfterMs: 1_000 };

/** Migrations that could not take the locks they need: the start fails in one line, naming who holds them. */
export class MigrationLockError extends Error {}

/** Whether `err` is a wait for a lock cut by lock_timeout (knex's migrator keeps only the words of its own lock's). */
function waitedForLock(err: unknown): boolean {
  return sqlstateOf(err) === '55P03' || /lock timeout/i.test(err instanceof Error ? err.message : '');
}

/**
 * Migrations (index builds over large tables among them) run without the statement time limit requests have, on
 * `migrationUrl` when given (a direct connection past a transaction pooler). Each lock is waited for at most
 * `waits.lockTimeoutMs`: a migration waiting for one (a table an administrator's open transaction holds) makes every
 * later statement on that table wait behind it, so the ledger's other instances would stall with it, and the start had
 * waited for as long as the lock was held; it gives way instead and is tried again, and after `waits.attempts` tries the
 * start fails naming who holds the lock.
 */
export async function migrate(db: Db, migrationUrl?: string, waits: MigrationLockWaits = MIGRATION_LOCK_WAITS): Promise<void> {
  const { connectionString, options } = created.get(db) ?? { connectionString: '', options: {} };
  const unlimited = createDb(migrationUrl ?? connectionString, {
    poolMax: 1,
    // None, whatever the role's or database's: an index build over a large table takes what it takes.
    settings: { statement_timeout: '0' },
    lockTimeoutMs: waits.lockTimeoutMs,
    connectTimeoutMs: options.connectTimeoutMs,
    pooler: migrationUrl ? 'none' : options.pooler,
    log: options.log,
  });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await unlimited.migrate.latest({ migrationSource });
        return;
      } catch (err) {
        if (!waitedForLock(err)) throw err;
        if (attempt >= waits.attempts) throw new MigrationLockError(await lockHolders(unlimited, waits));
        await new Promise((resolve) => setTimeout(resolve, waits.retryAfterMs));
      }
    }
  } finally {
    await unlimited.destroy();
  }
}

/** Which sessions have held locks on the ledger's tables for longer than one wait, said for a person. */
async function lockHolders(db: Db, waits: MigrationLockWaits): Promise<string> {
  const what = `the migrations waited ${waits.attempts} times ${waits.lockTimeoutMs} ms for a lock another session holds`;
  const { rows } = await db
    .raw<{ rows: { pid: number; state: string; since: string }[] }>(
      `SELECT DISTINCT a.pid, a.state, to_char(a.xact_start, 'YYYY-MM-DD"T"HH24:MI:SSOF') AS since
         FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.granted AND a.pid <> pg_backend_pid() AND c.relnamespace = current_schema()::regnamespace
          AND a.xact_start < now() - make_interval(secs => ?)
        ORDER BY a.pid`,
      [waits.lockTimeoutMs / 1000],
    )
    .catch(() => ({ rows: [] }));
  const holders = rows.map((r) => `pid ${r.pid} (${r.state}, in a transaction since ${r.since})`).join(', ');
  return `${what}${holders ? `: ${holders}` : ''}; end that session (pg_terminate_backend) or let it finish, then start again`;
}

/**
 * A LIKE pattern matching `text` anywhere, folded as searches fold (searchFold), with its wildcards taken literally. A
 * column searched so needs a trigram index (gin_trgm_ops, as migration 20261215020000's) or every search reads the
 * whole table.
 */
export function containsPattern(text: string): string {
  return `%${searchFold(text).replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * Whether a trigram index can answer a search for `text` anywhere (containsPattern): pg_trgm looks up the trigrams of
 * the pattern's runs of three letters or digits, and ASCII ones are letters and digits in every locale (in the C
 * locale, the embedded PostgreSQL's, no other character is: a search for "Абв" or "IS" has none). Without any, the
 * index would be read whole: such a search is better left to the plan it had before, walking the rows in the order
 * asked for until a page of them is found.
 */
export function trigramSearchable(text: string): boolean {
  return /[A-Za-z0-9]{3}/.test(text);
}

/**
 * Which index answers the actors' and documents' `q`: pg_trgm's (migration 20261215020000), or where pg_trgm could not be
 * created, their names' word parts (migration 20261217010000, which makes its indexes only then).
 */
export type NameSearchIndex = 'trigrams' | 'word_parts';

export async function nameSearchIndex(db: Knex): Promise<NameSearchIndex> {
  const { rows } = await db.raw(`SELECT to_regclass('actors_search_parts_idx') IS NOT NULL AS parts`);
  return rows[0].parts ? 'word_parts' : 'trigrams';
}

/**
 * The condition the word-parts index answers for a search of `text` (the lower-cased SQL expression it is built on), one
 * binding: q, folded as containsPattern folds it. Every name containing q meets it (the exact LIKE is checked
 * besides); undefined when q has no word (only ASCII spaces and punctuation, where the migration splits words: no
 * letter or digit of ASCII, nor any character beyond it), which the index cannot look up.
 */
function wordPartsCondition(text: string, q: string): string | undefined {
  return /[A-Za-z0-9\u0080-\u{10ffff}]/u.test(q) ? `name_search_parts(${text}) @@ name_search_query(?)` : undefined;
}

/**
 * Orders a name search's page by the table's integer `key`. A search the trigram index answers (`index`, q) is ordered
 * by `key + 0`, which PostgreSQL cannot answer by walking the key's index: ordered by the key itself, a search with a
 * LIMIT may be planned as that walk, testing every row until it has its page, when the planner's guess of how many rows
 * match is high (a title search for "number 77777" read every document so, on a sample's statistics); so the search's
 * own index is read and its matches sorted. Same order, same paging. A q that gives the index nothing to look up (or no
 * q) keeps the walk: a short q matches early.
 */
export function orderByKey(query: Knex.QueryBuilder, key: string, index: NameSearchIndex, q: string | undefined): void {
  if (q && index === 'trigrams' && trigramSearchable(q)) query.orderByRaw(`${key} + 0`);
  else query.orderBy(key);
}

/**
 * Adds to `query` the word parts' test of `text` for q where the ledger searches names by word parts (`index`) and q
 * has a word to look up; whether it did (the caller's other index test or the exact LIKE alone serves otherwise).
 */
export function whereWordParts(query: Knex.QueryBuilder, index: NameSearchIndex, text: string, q: string): boolean {
  const condition = index === 'word_parts' ? wordPartsCondition(text, q) : undefined;
  if (condition) query.whereRaw(condition, [searchFold(q)]);
  return condition !== undefined;
}
