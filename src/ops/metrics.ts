import type { Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/knex';

/**
 * The ledger's Prometheus metrics, one registry per app (several apps in one process, as in the tests, each
 * keep their own). Database activity is read from knex's query events, so no store has to report it.
 */
export interface Metrics {
  registry: Registry;
  /** Times a finished request and counts it by method, route pattern and status (told by src/http/responseEnd.ts). */
  requestFinished(req: Request, res: Response, nanoseconds: bigint): void;
  /** Counts requests of one kind in flight (imports, exports) until their response is finished or abandoned. */
  inFlight(kind: 'import' | 'export'): RequestHandler;
  /** Reports the connections of a knex pool (in use, idle, waiting) under `name`; watches its statements. */
  observeDb(db: Db, name: string): void;
  /** Counts a statement cancelled by statement_timeout (those run through knex are counted already). */
  statementTimeout(): void;
  /** Counts rows written outside knex's query events (those are counted already). */
  rowsWritten(table: string, operation: 'insert' | 'update' | 'delete' | 'copy', rows: number): void;
}

/** Where the request was routed, as its pattern (/v1/claims/:id), never the raw URL: one series per route. */
export function routePattern(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (!route || typeof route.path !== 'string') return 'unmatched';
  const pattern = route.path;
  // req.baseUrl is reset when an error leaves a router, so the mount path is taken from the URL itself: the
  // route's pattern matched the last segments of the path, and what precedes them is where it is mounted.
  if (/[*{(]/.test(pattern)) return `${req.baseUrl}${pattern}`;
  const url = req.originalUrl;
  const query = url.indexOf('?');
  const mount = leadingSegments(url, query < 0 ? url.length : query, ownSegments(pattern)).toLowerCase();
  const full = `${mount ? `/${mount}` : ''}${pattern === '/' ? '' : pattern}`;
  return full === '' ? '/' : full;
}

/** How many segments a route's pattern has (a few patterns, counted once each). */
const segmentCounts = new Map<string, number>();
function ownSegments(pattern: string): number {
  let count = segmentCounts.get(pattern);
  if (count === undefined) {
    count = pattern.split('/').filter(Boolean).length;
    segmentCounts.set(pattern, count);
  }
  return count;
}

/**
 * The segments of `url`'s path (up to `end`) before its last `own` ones, joined by `/`: empty segments (`//`, a
 * trailing `/`) are not counted. Read in place: this runs for every response.
 */
export function leadingSegments(url: string, end: number, own: number): string {
  let segments = 0;
  for (let i = 0; i < end; i++) if (url.charCodeAt(i) !== 0x2f && (i === 0 || url.charCodeAt(i - 1) === 0x2f)) segments++;
  let keep = segments - own;
  if (keep <= 0) return '';
  let start = 0;
  while (start < end && url.charCodeAt(start) === 0x2f) start++;
  let at = start;
  for (; at < end; at++) {
    if (url.charCodeAt(at) === 0x2f && url.charCodeAt(at - 1) !== 0x2f && --keep === 0) break;
  }
  const kept = url.slice(start, at);
  // An empty segment inside is dropped, as a split would drop it.
  return kept.includes('//') ? kept.split('/').filter(Boolean).join('/') : kept;
}

const WRITES: Record<string, 'insert' | 'update' | 'delete' | 'copy'> = {
  INSERT: 'insert',
  UPDATE: 'update',
  DELETE: 'delete',
  COPY: 'copy',
};

/** The table a write statement names first (ours are `INSERT INTO t`, `UPDATE t`, `DELETE FROM t`, `COPY t`). */
function writtenTable(sql: string): string {
  const m = /\b(?:insert\s+into|update|delete\s+from|copy)\s+"?([a-z_][a-z0-9_]*)"?/i.exec(sql);
  return m ? m[1].toLowerCase() : 'unknown';
}

interface QueryEvent {
  sql?: string;
  response?: { command?: string; rowCount?: number | null };
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  // Every answered request is observed once by the duration histogram, whose counts are therefore the requests'
  // counts: the counter takes them from it when scraped instead of hashing each request's labels a second time.
  new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
    async collect() {
      const { values } = await requestDuration.get();
      this.reset(); // after the wait, so that scrapes at the same time each set the counts whole, never added twice
      for (const { metricName, labels, value } of values)
        if (metricName === 'http_request_duration_seconds_count') this.inc(labels as Record<'method' | 'route' | 'status', string>, value);
    },
  });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request arriving to its response being finished, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const inFlightGauge = new Gauge({
    name: 'claims_ledger_in_flight',
    help: 'Bulk imports and streamed exports running now.',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  inFlightGauge.set({ kind: 'import' }, 0);
  inFlightGauge.set({ kind: 'export' }, 0);
  const statementTimeouts = new Counter({
    name: 'claims_ledger_statement_timeouts_total',
    help: 'SQL statements cancelled by statement_timeout.',
    registers: [registry],
  });
  const rowsWrittenTotal = new Counter({
    name: 'claims_ledger_rows_written_total',
    help: 'Rows inserted, updated, deleted or copied into ledger tables by this instance (including in transactions later rolled back).',
    labelNames: ['table', 'operation'] as const,
    registers: [registry],
  });

  const pools = new Map<string, Db>();
  new Gauge({
    name: 'claims_ledger_db_pool_connections',
    help: 'Connections of each database pool: in use, idle, and requests waiting for one.',
    labelNames: ['pool', 'state'] as const,
    registers: [registry],
    collect() {
      for (const [name, db] of pools) {
        const pool = db.client.pool as { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
        if (!pool) continue; // destroyed
        this.set({ pool: name, state: 'in_use' }, pool.numUsed());
        this.set({ pool: name, state: 'idle' }, pool.numFree());
        this.set({ pool: name, state: 'waiting' }, pool.numPendingAcquires());
      }
    },
  });
  new Gauge({
    name: 'claims_ledger_db_pool_max',
    help: 'Most connections each database pool may open.',
    labelNames: ['pool'] as const,
    registers: [registry],
    collect() {
      for (const [name, db] of pools) {
        const max = (db.client.config as { pool?: { max?: number } }).pool?.max;
        if (typeof max === 'number') this.set({ pool: name }, max);
      }
    },
  });

  const statementTimeout = () => statementTimeouts.inc();
  const rowsWritten: Metrics['rowsWritten'] = (table, operation, rows) => {
    if (rows > 0) rowsWrittenTotal.inc({ table, operation }, rows);
  };

  return {
    registry,
    requestFinished: (req, res, took) => {
      const labels = { method: req.method, route: routePattern(req), status: String(res.statusCode) };
      requestDuration.observe(labels, Number(took) / 1e9);
    },
    inFlight: (kind) => (_req, res, next) => {
      inFlightGauge.inc({ kind });
      // 'close' comes once, whether the response finished or the client went away.
      res.once('close', () => inFlightGauge.dec({ kind }));
      next();
    },
    observeDb(db, name) {
      pools.set(name, db);
      db.on('query-error', (err: { code?: string; message?: string }) => {
        if (err?.code === '57014' && /statement timeout/i.test(err.message ?? '')) statementTimeout();
      });
      db.on('query-response', (_response: unknown, query: QueryEvent) => {
        const operation = WRITES[query?.response?.command ?? ''];
        if (operation && query.sql) rowsWritten(writtenTable(query.sql), operation, query.response?.rowCount ?? 0);
      });
    },
    statementTimeout,
    rowsWritten,
  };
}
