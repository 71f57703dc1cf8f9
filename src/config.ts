import net from 'node:net';
import path from 'node:path';
import type { DatabasePooler } from './db/knex';

/** The only reader of process.env: everything else receives a Config. */
export interface Config {
  /** External PostgreSQL; when absent an embedded one is started in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Accepted as an admin key when set. */
  adminApiKey: string | undefined;
  /** Whether reads need a key. */
  readAccess: 'public' | 'key';
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  logLevel: string;
  /** Rows fetched per round trip by the cursors of streamed exports. */
  exportBatchSize: number;
  /** Token bucket per client address (RATE_LIMIT_PER_ADDRESS requests/s, RATE_LIMIT_PER_ADDRESS_BURST at once). */
  rateLimitPerAddress: { perSecond: number; burst: number };
  /** Token bucket per API key (RATE_LIMIT_PER_KEY, RATE_LIMIT_PER_KEY_BURST). */
  rateLimitPerKey: { perSecond: number; burst: number };
  /** Origins allowed to call the API from browsers (CORS_ORIGINS, comma-separated); empty: CORS off. */
  corsOrigins: string[];
  /**
   * Database waits (issue 14): pool size, statement and lock limits, connect and acquire timeouts, in ms, and what stands
   * between the ledger and PostgreSQL (DATABASE_POOLER; see DbOptions).
   */
  database: {
    poolMax: number;
    statementTimeoutMs: number;
    lockTimeoutMs: number;
    connectTimeoutMs: number;
    acquireTimeoutMs: number;
    pooler: DatabasePooler;
  };
  /** Where the migrations run when not through DATABASE_URL (MIGRATION_DATABASE_URL: a direct connection past a pooler). */
  migrationDatabaseUrl: string | undefined;
  /** A read (GET, HEAD) still unanswered after this many ms is answered 503 with Retry-After (READ_TIMEOUT_MS). */
  readTimeoutMs: number;
  /** Exports and imports running at once (LONG_WORK_MAX); the other connections stay free for short requests. */
  longWorkMax: number;
  /**
   * How long an export or import waits, in turn, for one of those slots before it is a 503 with Retry-After
   * (LONG_WORK_WAIT_MS). At most ten waiters per slot wait; more are turned away at once.
   */
  longWorkWaitMs: number;
  /** A response whose reader takes nothing for this many ms is cut, and its connection freed (STALL_TIMEOUT_MS). */
  stallTimeoutMs: number;
  /** A JSON or form body not fully received this many ms after its request began is a 408, its connection closed (BODY_TIMEOUT_MS). */
  bodyTimeoutMs: number;
  /** A request's line and headers not fully received this many ms after they began is a 408, its connection closed (HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** Connections one client address may hold open at once; one more is a 503 and closed (CONNECTIONS_PER_ADDRESS; 0: no limit). */
  connectionsPerAddress: number;
  /** Largest import body, in bytes after decompression (IMPORT_BODY_LIMIT); it is spooled to a temporary file before it runs. */
  importBodyLimit: number;
  /**
   * Comparison views and page figures kept in memory until the ledger changes (VIEW_CACHE_ENTRIES answers at most; 0
   * turns the cache off). Exact: a change committed by any instance on the database is seen by the next request.
   */
  viewCacheEntries: number;
  /** How long a web workspace session lasts after sign-in (SESSION_HOURS). */
  sessionHours: number;
  /**
   * Which proxies' X-Forwarded-For/-Proto to believe (TRUST_PROXY): false (default: none, the socket's address is
   * the client's), a number of hops, or a list of addresses, CIDR ranges and express's names (loopback,
   * linklocal, uniquelocal). Given to express's `trust proxy`.
   */
  trustProxy: false | number | string[];
  /** Who may read GET /metrics (METRICS_ACCESS): `public`, or `key` (any valid API key). */
  metricsAccess: 'public' | 'key';
}

export class ConfigError extends Error {}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: unset or `false`, a hop count, or a comma-separated list of addresses, CIDR ranges and names. */
function oneOf<T extends string>(name: string, raw: string | undefined, values: readonly T[]): T {
  if (raw === undefined || raw === '') return values[0];
  if (!(values as readonly string[]).includes(raw))
    throw new ConfigError(`${name} must be ${values.map((v) => `"${v}"`).join(' or ')}, got "${raw}"`);
  return raw as T;
}

export function parseTrustProxy(raw: string | undefined): false | number | string[] {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) return integer('TRUST_PROXY', value, 0, 0, 100) || false;
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const prefixOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(PROXY_NAMES.has(entry) || (family !== 0 && prefixOk && rest.length === 0))) {
      throw new ConfigError(
        `TRUST_PROXY must be false, a number of proxy hops, or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal; "${entry}" is none of these`,
      );
    }
  }
  return entries;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const readAccess = env.READ_ACCESS ?? 'public';
  if (readAccess !== 'public' && readAccess !== 'key') {
    throw new ConfigError(`READ_ACCESS must be "public" or "key", got "${readAccess}"`);
  }
  return Object.freeze({
    databaseUrl: env.DATABASE_URL || undefined,
    migrationDatabaseUrl: env.MIGRATION_DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    port: integer('PORT', env.PORT, 3000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    adminApiKey: env.ADMIN_API_KEY || undefined,
    readAccess,
    bodyLimit: integer('BODY_LIMIT', env.BODY_LIMIT, 1024 * 1024, 1024, 100 * 1024 * 1024),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    exportBatchSize: integer('EXPORT_BATCH_SIZE', env.EXPORT_BATCH_SIZE, 500, 1, 100000),
    // Defaults are high: they stop floods, not a busy client on loopback (tests and the benchmark run unthrottled).
    rateLimitPerAddress: Object.freeze({
      perSecond: integer('RATE_LIMIT_PER_ADDRESS', env.RATE_LIMIT_PER_ADDRESS, 10000, 1, 10_000_000),
      burst: integer('RATE_LIMIT_PER_ADDRESS_BURST', env.RATE_LIMIT_PER_ADDRESS_BURST, 20000, 1, 10_000_000),
    }),
    rateLimitPerKey: Object.freeze({
      perSecond: integer('RATE_LIMIT_PER_KEY', env.RATE_LIMIT_PER_KEY, 10000, 1, 10_000_000),
      burst: integer('RATE_LIMIT_PER_KEY_BURST', env.RATE_LIMIT_PER_KEY_BURST, 20000, 1, 10_000_000),
    }),
    viewCacheEntries: integer('VIEW_CACHE_ENTRIES', env.VIEW_CACHE_ENTRIES, 200, 0, 100_000),
    sessionHours: integer('SESSION_HOURS', env.SESSION_HOURS, 12, 1, 24 * 30),
    corsOrigins: Object.freeze(
      (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ) as string[],
    ...availability(env),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metricsAccess: oneOf('METRICS_ACCESS', env.METRICS_ACCESS, ['key', 'public'] as const),
  });
}

/** The limits that keep one client, or a database that stops answering, from taking the ledger down. */
function availability(
  env: NodeJS.ProcessEnv,
): Pick<
  Config,
  | 'database'
  | 'readTimeoutMs'
  | 'longWorkMax'
  | 'longWorkWaitMs'
  | 'stallTimeoutMs'
  | 'bodyTimeoutMs'
  | 'headersTimeoutMs'
  | 'connectionsPerAddress'
  | 'importBodyLimit'
> {
  const database = Object.freeze({
    poolMax: integer('DB_POOL_MAX', env.DB_POOL_MAX, 10, 2, 1000),
    statementTimeoutMs: integer('STATEMENT_TIMEOUT_MS', env.STATEMENT_TIMEOUT_MS, 5000, 0, 3_600_000),
    // Below the statement limit, so that a request waiting on another session's lock is answered naming the lock.
    lockTimeoutMs: integer('LOCK_TIMEOUT_MS', env.LOCK_TIMEOUT_MS, 4000, 0, 3_600_000),
    connectTimeoutMs: integer('DB_CONNECT_TIMEOUT_MS', env.DB_CONNECT_TIMEOUT_MS, 3000, 100, 600_000),
    acquireTimeoutMs: integer('DB_ACQUIRE_TIMEOUT_MS', env.DB_ACQUIRE_TIMEOUT_MS, 5000, 100, 600_000),
    pooler: oneOf('DATABASE_POOLER', env.DATABASE_POOLER, ['none', 'session', 'transaction'] as const),
  });
  const longWorkMax = integer('LONG_WORK_MAX', env.LONG_WORK_MAX, Math.max(1, Math.floor(database.poolMax / 3)), 1, 1000);
  if (longWorkMax >= database.poolMax) {
    throw new ConfigError(
      `LONG_WORK_MAX (${longWorkMax}) must be less than DB_POOL_MAX (${database.poolMax}): short requests need connections of their own`,
    );
  }
  return {
    database,
    readTimeoutMs: integer('READ_TIMEOUT_MS', env.READ_TIMEOUT_MS, 8000, 100, 3_600_000),
    longWorkMax,
    longWorkWaitMs: integer('LONG_WORK_WAIT_MS', env.LONG_WORK_WAIT_MS, 20_000, 0, 600_000),
    stallTimeoutMs: integer('STALL_TIMEOUT_MS', env.STALL_TIMEOUT_MS, 30_000, 100, 3_600_000),
    bodyTimeoutMs: integer('BODY_TIMEOUT_MS', env.BODY_TIMEOUT_MS, 30_000, 100, 3_600_000),
    headersTimeoutMs: integer('HEADERS_TIMEOUT_MS', env.HEADERS_TIMEOUT_MS, 20_000, 100, 600_000),
    connectionsPerAddress: integer('CONNECTIONS_PER_ADDRESS', env.CONNECTIONS_PER_ADDRESS, 256, 0, 1_000_000),
    importBodyLimit: integer('IMPORT_BODY_LIMIT', env.IMPORT_BODY_LIMIT, 1024 * 1024 * 1024, 1024, 64 * 1024 * 1024 * 1024),
  };
}
