import knexFactory, { Knex } from 'knex';
import { types } from 'pg';
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
      // TCP keepalive probes on every connection, the first after KEEPALIVE_IDLE_MS of silence: a connection a
      // firewall or NAT between the ledger and an external PostgreSQL dropped without a word (idle in the pool, or
      // waiting on a long export) had been found dead only when the operating system gave up on it, after hours
      // (Linux sends the first probe after two hours of silence by default); now it fails within minutes, and the
      // pool drops it (knex disposes of a client whose socket failed).
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_IDLE_MS,
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

/**
 * A LIKE pattern matching `text` anywhere, case-folded, with its wildcards taken literally. A column searched so needs a
 * trigram index (gin_trgm_ops, as migration 20261215020000's) or every search reads the whole table.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
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

/** What a question to the database answers, or false when it fails or has not answered within `timeoutMs`. */
export async function answeredWithin(question: Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([question.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}
