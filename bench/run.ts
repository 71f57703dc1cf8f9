/**
 * npm run bench [-- --quick] [-- --claims N] [-- --seconds S] [-- --repeat N] [-- --keep] [-- --no-cache]
 *
 * Builds a synthetic ledger in a fresh database (embedded PostgreSQL in a temporary folder, or the server of
 * DATABASE_URL), then measures each figure of issue 6 against its baseline in the same run: import vs COPY
 * FROM, list vs a bare node:http + pg server and vs PostGraphile, the compare views, export vs COPY TO, and
 * start time. Every step runs on its own: one that fails, or whose endpoint this build does not have (404),
 * gives a row that says so and the run goes on. Prints a table and writes bench/results/latest.json.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import http from 'node:http';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { ActorStore } from '../src/actors/store';
import { dropDatabase } from '../src/db/dropDatabase';
import { createDb, migrate } from '../src/db/knex';
import { freePort, startEmbeddedPostgres } from '../src/db/embedded';
import { generateLedger, insertMetrics, ledgerSize } from './lib/generate';
import { copyTables, makeImportSet, ndjsonLines } from './lib/importData';
import { CpuProbe, hammer, LoadResult } from './lib/load';
import {
  cpuSeconds,
  memoryMb,
  postFile,
  postgresCpuMeter,
  request,
  ROOT,
  sampleRss,
  Server,
  startServer,
  stopChild,
  waitFor200,
} from './lib/processes';
import { withClient } from './lib/probeDatabase';
import { PEER_LIST_QUERY } from './lib/queries';
import { formatTable, meets, ratio, Row } from './lib/stats';
import { measurePairs, pairsText, RatioSummary, summarizeRatios } from './lib/pairs';
import { extractRows, hostileRows } from './lib/extract';
import { countLines, EXPORT_COPY_SQL } from './lib/exportBaseline';
import { startCommand } from '../scripts/startCommand';
import { Options, parseArgs, UsageError } from './lib/options';

const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
const ADMIN_KEY = `bench-${crypto.randomBytes(12).toString('hex')}`;
const NOT_AVAILABLE = 'not available in this build';

interface Context {
  options: Options;
  work: string;
  /** URL of a database on the server, by name. */
  urlFor(database: string): string;
  ledgerUrl: string;
  /** The embedded cluster’s folder, to read PostgreSQL’s CPU time; undefined with DATABASE_URL. */
  clusterDir?: string;
  rows: Row[];
  extra: Record<string, unknown>;
}

/** A fresh, migrated database of the ledger’s schema on the bench server. */
async function freshDatabase(ctx: Context, name: string): Promise<string> {
  await withClient(ctx.urlFor('postgres'), async (c) => {
    await dropDatabase(c, name);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const url = ctx.urlFor(name);
  const db = createDb(url);
  try {
    await migrate(db);
  } finally {
    await db.destroy();
  }
  return url;
}

/**
 * Brings PostgreSQL to the same state before every measurement of a pair: no autovacuum worker still at work in
 * the benchmark's databases (waited for, up to a minute), then a CHECKPOINT, so that neither side pays for writing
 * out what the measurement before it left dirty. A role that may not CHECKPOINT (DATABASE_URL on a managed
 * server) measures without it.
 */
async function settle(ctx: Context): Promise<void> {
  await withClient(ctx.urlFor('postgres'), async (c) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await c.query(
        `SELECT count(*)::int AS workers FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname LIKE 'bench\\_%'`,
      );
      if (rows[0].workers === 0) break;
      if (Date.now() > deadline) {
        log(`autovacuum still running after a minute; measuring anyway`);
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    try {
      await c.query('CHECKPOINT');
    } catch (err) {
      if ((err as { code?: string }).code !== '42501') throw err;
    }
  });
}

/** A meter of PostgreSQL's CPU seconds from now on; null with DATABASE_URL (its server may be on another machine). */
function postgresCpu(ctx: Context): () => number | null {
  if (!ctx.clusterDir) return () => null;
  const meter = postgresCpuMeter(ctx.clusterDir);
  const start = meter();
  return () => {
    const now = meter();
    return now === null || start === null ? null : now - start;
  };
}

async function ledgerServer(ctx: Context, databaseUrl: string, name = 'ledger'): Promise<Server> {
  return startServer({
    name,
    args: startCommand().args,
    port: await freePort(),
    healthPath: '/health',
    logFile: path.join(ctx.work, `${name}.log`),
    env: {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      ADMIN_API_KEY: ADMIN_KEY,
      BODY_LIMIT: String(100 * 1024 * 1024),
      NODE_ENV: 'production',
      ...(ctx.options.noCache ? { VIEW_CACHE_ENTRIES: '0' } : {}),
    },
  });
}

/**
 * One editor's save with an Idempotency-Key (a document), as a deployed server has answered before most of its reads
 * (a workspace form's one-time id is a key too): what a keyed request leaves behind for the requests after it (Node
 * 20's AsyncLocalStorage hooks, had they stayed on) is then in every figure measured after, as it would be in use.
 */
async function keyedSave(server: Server): Promise<void> {
  const saved = await request(`${server.url}/v1/documents`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${ADMIN_KEY}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': `bench-${crypto.randomUUID()}`,
    },
    body: JSON.stringify({ kind: 'article', title: 'A keyed save before the reads', published_on: null }),
  });
  if (saved?.status !== 201) throw new Error(`a keyed POST /v1/documents answered ${saved?.status}: ${saved?.body.slice(0, 200)}`);
}

/** Runs one measurement; a failure becomes a row that says what went wrong, and the run goes on. */
async function step(ctx: Context, name: string, fn: () => Promise<void>): Promise<void> {
  log(`${name} …`);
  const started = process.hrtime.bigint();
  try {
    await fn();
    log(`${name}: done in ${seconds(started).toFixed(1)} s`);
  } catch (err) {
    const message = (err as Error).message.split('\n')[0].slice(0, 200);
    log(`${name}: FAILED: ${(err as Error).stack ?? message}`);
    ctx.rows.push({
      step: name,
      figure: '(step failed)',
      value: null,
      unit: '',
      baseline: null,
      ratio: null,
      target: '',
      met: null,
      note: `error: ${message}`,
    });
  }
}

function notAvailable(step: string, figure: string, target: string, unit = ''): Row {
  return { step, figure, value: null, unit, baseline: null, ratio: null, target, met: null, note: NOT_AVAILABLE };
}

// ---------------------------------------------------------------- 1. Import

/** The two databases an import pair writes into; a measurement starts with neither left from the one before. */
const IMPORT_DATABASES = ['bench_copy', 'bench_import'];

/**
 * The fresh-database recipe of both sides of an import pair: whatever the previous measurement wrote is dropped
 * first (with it any autovacuum of its freshly loaded tables, which would otherwise run into this measurement),
 * then a migrated database with the metrics, as the ledger needs them.
 */
async function freshImportDatabase(ctx: Context, name: string): Promise<string> {
  await withClient(ctx.urlFor('postgres'), async (c) => {
    for (const db of IMPORT_DATABASES) await dropDatabase(c, db);
  });
  const url = await freshDatabase(ctx, name);
  await withClient(url, (c) => insertMetrics(c));
  return url;
}

/** One bulk import through the server, or why it gave no rate. */
interface ImportRun {
  status: number;
  seconds: number;
  rate: number | null;
  imported: number;
  idleRssMb: number | null;
  peakRssMb: number | null;
  /** PostgreSQL's and the server's CPU seconds during the import (null when not readable). */
  cpu: { postgres: number | null; server: number | null };
  response: string;
  /** The build has no bulk import (404, 405, or 415 with no /v1/import documented). */
  notAvailable: boolean;
}

async function importStep(ctx: Context): Promise<void> {
  const name = '1. Import';
  const countries = await withClient(ctx.ledgerUrl, async (c) =>
    (await c.query(`SELECT code FROM countries WHERE kind = 'country' ORDER BY code LIMIT 200`)).rows.map((r) => r.code as string),
  );
  const set = makeImportSet(ctx.options.importClaims, countries);
  const file = path.join(ctx.work, 'import.ndjson');
  await pipeline(
    Readable.from(
      (function* () {
        for (const l of ndjsonLines(set)) yield l + '\n';
      })(),
    ),
    fs.createWriteStream(file),
  );
  const claims = set.claims.length;

  // Baseline: COPY FROM of the same rows into the same tables of a fresh database, in one transaction.
  const copyFromOnce = async () => {
    const copyUrl = await freshImportDatabase(ctx, 'bench_copy');
    return withClient(copyUrl, async (c) => {
      await settle(ctx);
      const cpu = postgresCpu(ctx);
      const started = process.hrtime.bigint();
      await c.query('BEGIN');
      for (const t of copyTables(set)) {
        await pipeline(
          Readable.from(t.rows()),
          c.query(copyFrom(`COPY ${t.table} (${t.columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`)),
        );
      }
      await c.query('COMMIT');
      const took = seconds(started);
      return { seconds: took, rate: claims / took, cpu: { postgres: cpu() } };
    });
  };

  const pairs = await measurePairs({
    repeat: ctx.options.repeat,
    baseline: copyFromOnce,
    ledger: () => importOnce(ctx, file, claims),
    ratio: (copy, run) => (run.rate === null ? null : ratio(run.rate, copy.rate)),
    log,
  });
  if (!ctx.options.keep) {
    // The last pair's databases go too, so that their autovacuum does not run into the steps after this one.
    await withClient(ctx.urlFor('postgres'), async (c) => {
      for (const db of IMPORT_DATABASES) await dropDatabase(c, db);
    });
  }
  ctx.extra.import = { claims, lines: set.actors.length + set.documents.length + claims, pairs };

  const last = pairs[pairs.length - 1];
  if (last.ratio === null) {
    const run = last.ledger;
    const baseline = { name: 'COPY FROM', value: last.baseline.rate };
    if (run.notAvailable)
      ctx.rows.push({ ...notAvailable(name, 'claims/s, bulk import vs COPY FROM', '≥ 0.5× COPY', 'claims/s'), baseline });
    else
      ctx.rows.push({
        step: name,
        figure: 'claims/s, bulk import vs COPY FROM',
        value: null,
        unit: 'claims/s',
        baseline,
        ratio: null,
        target: '≥ 0.5× COPY',
        met: false,
        note: `import answered ${run.status}, ${run.imported}/${claims} claims stored`,
      });
    return;
  }
  const summary = pairedRows(
    ctx,
    pairs.map((p) => ({ ratio: p.ratio as number, baseline: p.baseline.rate, ledger: p.ledger.rate as number, ...p.ledger })),
    {
      step: name,
      figure: 'claims/s, bulk import vs COPY FROM',
      detail: () => `${claims.toLocaleString('en-US')} claims`,
      unit: 'claims/s',
      baseline: 'COPY FROM',
      ratioTarget: 0.5,
      rssFigure: 'server peak RSS during import',
      rssTarget: 300,
    },
  );
  ctx.extra.import = { ...(ctx.extra.import as object), summary };
}

interface PairedRun {
  ratio: number;
  baseline: number;
  ledger: number;
  peakRssMb?: number | null;
  idleRssMb?: number | null;
}

/**
 * The two rows of a step measured in pairs: the median pair's rates and the median ratio against its target, and the
 * highest peak RSS of the ledger's runs (the conservative figure) against its own.
 */
function pairedRows(
  ctx: Context,
  runs: PairedRun[],
  row: {
    step: string;
    figure: string;
    /** What the figure counts, from the median pair (its index in the runs given). */
    detail: (medianPair: number) => string;
    unit: string;
    baseline: string;
    ratioTarget: number;
    rssFigure: string;
    rssTarget: number;
  },
): RatioSummary {
  const summary = summarizeRatios(runs.map((r) => r.ratio));
  const median = runs[summary.medianPair];
  ctx.rows.push({
    step: row.step,
    figure: `${row.figure} (${row.detail(summary.medianPair)}; ${pairsText(summary)})`,
    value: median.ledger,
    unit: row.unit,
    baseline: { name: row.baseline, value: median.baseline },
    ratio: summary.median,
    target: `≥ ${row.ratioTarget}× COPY`,
    met: meets(summary.median, '>=', row.ratioTarget),
  });
  const peak = highestPeak(runs);
  ctx.rows.push({
    step: row.step,
    figure: `${row.rssFigure}${runs.length > 1 ? ` (the highest of ${runs.length})` : ''}`,
    value: peak.peakRssMb ?? null,
    unit: 'MB',
    baseline: { name: 'idle', value: peak.idleRssMb ?? null },
    ratio: null,
    target: `< ${row.rssTarget} MB`,
    met: peak.peakRssMb == null ? false : meets(peak.peakRssMb, '<', row.rssTarget),
  });
  return summary;
}

/** The run with the highest peak RSS (the first when none was readable). */
function highestPeak<T extends { peakRssMb?: number | null }>(runs: T[]): T {
  return runs.reduce((best, run) => ((run.peakRssMb ?? -1) > (best.peakRssMb ?? -1) ? run : best));
}

/** One bulk import of the file through a server of its own on a fresh database (the ledger's side of an import pair). */
async function importOnce(ctx: Context, file: string, claims: number): Promise<ImportRun> {
  const importUrl = await freshImportDatabase(ctx, 'bench_import');
  const server = await ledgerServer(ctx, importUrl, 'ledger-import');
  let rss: ReturnType<typeof sampleRss> | undefined;
  try {
    const countClaims = () => withClient(importUrl, async (c) => Number((await c.query('SELECT count(*) FROM claims')).rows[0].count));
    const before = await countClaims();
    await settle(ctx);
    const idleRssMb = memoryMb(server.pid, 'VmRSS');
    const serverCpuBefore = cpuSeconds(server.pid);
    const cpu = postgresCpu(ctx);
    rss = sampleRss(server.pid);
    // NDJSON has several media type names in use; a 415 (nothing stored) is retried with the next.
    let started = process.hrtime.bigint();
    let res = await postFile(`${server.url}/v1/import`, file, 'application/x-ndjson', ADMIN_KEY);
    for (const type of ['application/ndjson', 'application/jsonl', 'text/plain']) {
      if (res.status !== 415) break;
      started = process.hrtime.bigint();
      res = await postFile(`${server.url}/v1/import`, file, type, ADMIN_KEY);
    }
    let status = res.status;
    let body = res.body;
    // An import that answers 202 is followed to its end through its Location.
    if (status === 202 && res.location) {
      for (;;) {
        const poll = await request(new URL(res.location, server.url).toString(), { headers: { Authorization: `Bearer ${ADMIN_KEY}` } });
        if (!poll) throw new Error('the import job stopped answering');
        const state = (() => {
          try {
            return (JSON.parse(poll.body) as { status?: string }).status;
          } catch {
            return undefined;
          }
        })();
        if (poll.status !== 202 && !(state && ['pending', 'running', 'queued'].includes(state))) {
          status = poll.status;
          body = poll.body;
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const took = seconds(started);
    const peakRssMb = rss.stop();
    const serverCpuAfter = cpuSeconds(server.pid);
    const postgresCpuSeconds = cpu();
    const imported = (await countClaims()) - before;
    // Without the route, express answers 404, or 415 from the JSON-only body check that runs before routing.
    const openapi = await request(`${server.url}/openapi.json`);
    const documented =
      openapi?.status === 200 &&
      Object.keys((JSON.parse(openapi.body) as { paths?: object }).paths ?? {}).some((p) => p.startsWith('/v1/import'));
    const notAvailable = status === 404 || status === 405 || (status === 415 && !documented);
    return {
      status,
      seconds: took,
      rate: notAvailable || status >= 300 || imported < claims ? null : claims / took,
      imported,
      idleRssMb,
      peakRssMb,
      cpu: {
        postgres: postgresCpuSeconds,
        server: serverCpuBefore === null || serverCpuAfter === null ? null : serverCpuAfter - serverCpuBefore,
      },
      response: body.slice(0, 500),
      notAvailable,
    };
  } finally {
    rss?.stop();
    await server.stop();
  }
}

// ---------------------------------------------------------------- 2–3. List, and the peer

/** Country and metric pairs with at least a full page of claims, spread over the ledger. */
async function listPairs(ctx: Context): Promise<{ country: string; metric: string }[]> {
  return withClient(
    ctx.ledgerUrl,
    async (c) =>
      (
        await c.query(`
    SELECT country, metric FROM claims GROUP BY country, metric HAVING count(*) >= 50
    ORDER BY md5(country || metric) LIMIT 20`)
      ).rows,
  );
}

function listRow(
  step: string,
  figure: string,
  value: number,
  baselineName: string,
  baseline: number,
  better: 'higher' | 'lower',
  unit: string,
  target: string,
  op: '>=' | '>',
  limit: number,
  withTarget: boolean,
): Row {
  const r = ratio(value, baseline, better);
  return {
    step,
    figure,
    value,
    unit,
    baseline: { name: baselineName, value: baseline },
    ratio: r,
    target: withTarget ? target : '',
    met: withTarget ? meets(r, op, limit) : null,
  };
}

function listRows(step: string, label: string, ours: LoadResult, theirs: LoadResult, target: string, op: '>=' | '>', limit: number): Row[] {
  return [
    listRow(step, 'list requests/s (32 connections)', ours.rps, label, theirs.rps, 'higher', 'req/s', target, op, limit, true),
    listRow(step, 'list p50 latency', ours.p50, label, theirs.p50, 'lower', 'ms', target, op, limit, false),
    listRow(step, 'list p99 latency', ours.p99, label, theirs.p99, 'lower', 'ms', target, op, limit, false),
    ...(['server', 'postgres'] as const).flatMap((side) => {
      const mine = ours.cpuMsPerRequest?.[side];
      const other = theirs.cpuMsPerRequest?.[side];
      if (mine === null || mine === undefined || other === null || other === undefined) return [];
      return [
        listRow(
          step,
          `CPU per request, ${side === 'server' ? 'server process' : 'PostgreSQL'}`,
          mine,
          label,
          other,
          'lower',
          'ms',
          target,
          op,
          limit,
          false,
        ),
      ];
    }),
  ];
}

type Requests = Parameters<typeof hammer>[0]['requests'];

interface Contender {
  label: string;
  server: Server;
  requests: Requests;
  rounds: LoadResult[];
}

async function listSteps(ctx: Context, ledger: Server): Promise<void> {
  const pairs = await listPairs(ctx);
  if (pairs.length === 0) throw new Error('no country and metric has 50 claims: the ledger is too small');
  const paths = pairs.map((p) => `/v1/claims?country=${p.country}&metric=${p.metric}&limit=50`);
  const contenders: Contender[] = [];
  const started: Server[] = [];

  await step(ctx, '2. List (ledger)', async () => {
    const probe = await request(ledger.url + paths[0]);
    if (probe?.status !== 200) throw new Error(`GET ${paths[0]} answered ${probe?.status}`);
    contenders.push({ label: 'ledger', server: ledger, requests: paths.map((p) => ({ path: p })), rounds: [] });
  });
  if (contenders.length === 0) return;

  if (ctx.options.only.has('list'))
    await step(ctx, '2. List: start the bare node:http + pg server', async () => {
      const bare = await startServer({
        name: 'bare',
        args: ['bench/bare-server.ts'],
        port: await freePort(),
        healthPath: '/health',
        logFile: path.join(ctx.work, 'bare.log'),
        env: { DATABASE_URL: ctx.ledgerUrl },
      });
      started.push(bare);
      // The baseline must serve what the ledger serves: the same JSON once parsed, page for page.
      let same = true;
      for (const p of paths) {
        const [a, b] = await Promise.all([request(ledger.url + p), request(bare.url + p)]);
        same &&= Boolean(a && b && JSON.stringify(JSON.parse(a.body)) === JSON.stringify(JSON.parse(b.body)));
      }
      ctx.extra.bareSameJson = same;
      if (!same) {
        // The ledger’s list changed (filters, order, fields): bench/bare-server.ts must follow it.
        log('warning: the bare server’s JSON differs from the ledger’s');
        ctx.rows.push({
          step: '2. List',
          figure: 'bare server serves the same JSON',
          value: null,
          unit: '',
          baseline: null,
          ratio: null,
          target: 'same pages',
          met: false,
          note: 'NO: update bench/bare-server.ts to the ledger’s list SQL',
        });
      }
      contenders.push({ label: 'bare node:http + pg', server: bare, requests: paths.map((p) => ({ path: p })), rounds: [] });
    });

  if (ctx.options.only.has('five'))
    await step(ctx, '2. List: start the five-statement shape (experiment)', async () => {
      const five = await startServer({
        name: 'bare-five',
        args: ['bench/bare-server.ts'],
        port: await freePort(),
        healthPath: '/health',
        logFile: path.join(ctx.work, 'bare-five.log'),
        env: { DATABASE_URL: ctx.ledgerUrl, BARE_SHAPE: 'five' },
      });
      started.push(five);
      const [a, b] = await Promise.all([request(ledger.url + paths[0]), request(five.url + paths[0])]);
      ctx.extra.fiveSameJson = Boolean(a && b && JSON.stringify(JSON.parse(a.body)) === JSON.stringify(JSON.parse(b.body)));
      contenders.push({ label: 'bare, five statements (experiment)', server: five, requests: paths.map((p) => ({ path: p })), rounds: [] });
    });

  if (ctx.options.only.has('peer'))
    await step(ctx, '3. Peer: start PostGraphile', async () => {
      const peer = await startServer({
        name: 'postgraphile',
        args: ['bench/postgraphile-server.ts'],
        port: await freePort(),
        healthPath: '/health',
        logFile: path.join(ctx.work, 'postgraphile.log'),
        env: { DATABASE_URL: ctx.ledgerUrl },
      });
      started.push(peer);
      const bodies = pairs.map((p) =>
        JSON.stringify({ query: PEER_LIST_QUERY, variables: { country: p.country, metric: p.metric, first: 50 } }),
      );
      const probe = await request(`${peer.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: bodies[0],
      });
      const parsed = probe
        ? (JSON.parse(probe.body) as { errors?: { message: string }[]; data?: { allClaims: { nodes: unknown[] } } })
        : undefined;
      if (!parsed?.data || parsed.errors)
        throw new Error(`PostGraphile query failed: ${parsed?.errors?.map((e) => e.message).join('; ') ?? probe?.status}`);
      ctx.extra.peerNodes = parsed.data.allClaims.nodes.length;
      contenders.push({
        label: 'PostGraphile 4',
        server: peer,
        rounds: [],
        requests: bodies.map((body) => ({
          method: 'POST' as const,
          path: '/graphql',
          body,
          headers: { 'Content-Type': 'application/json' },
        })),
      });
    });

  try {
    await step(ctx, '2–3. List: measure', async () => {
      // Rounds take turns (ledger, bare, peer, ledger, …) so a load that comes and goes on a shared machine
      // falls on all of them alike.
      const rounds = ctx.options.quick ? 2 : 3;
      const postgresCpu = ctx.clusterDir ? postgresCpuMeter(ctx.clusterDir) : () => null;
      postgresCpu();
      const cpuOf =
        (server: Server): CpuProbe =>
        () => ({ server: cpuSeconds(server.pid), postgres: postgresCpu() });
      for (const c of contenders) {
        await hammer({ url: c.server.url, requests: c.requests, connections: 32, seconds: ctx.options.quick ? 2 : 5 });
      }
      for (let round = 0; round < rounds; round++) {
        for (const c of contenders) {
          c.rounds.push(
            await hammer({
              url: c.server.url,
              requests: c.requests,
              connections: 32,
              seconds: Math.max(2, Math.round(ctx.options.listSeconds / rounds)),
              cpu: cpuOf(c.server),
            }),
          );
        }
      }
      const [ours, ...others] = contenders.map((c) => ({ label: c.label, result: combine(c.rounds) }));
      ctx.extra.list = Object.fromEntries(contenders.map((c) => [c.label, { combined: combine(c.rounds), rounds: c.rounds }]));
      for (const other of others) {
        if (other.label.includes('experiment'))
          ctx.rows.push(
            ...listRows('2. List', other.label, ours.result, other.result, '', '>=', 0).map((r) => ({ ...r, target: '', met: null })),
          );
        else if (other.label === 'PostGraphile 4')
          ctx.rows.push(...listRows('3. Peer', other.label, ours.result, other.result, '> 1.0× PostGraphile', '>', 1.0));
        else ctx.rows.push(...listRows('2. List', other.label, ours.result, other.result, '≥ 0.9× bare', '>=', 0.9));
      }
    });
  } finally {
    for (const s of started) await s.stop();
  }
}

/** Rounds of one server together: requests/s over all of them, the median round’s latencies, CPU per request overall. */
export function combine(rounds: LoadResult[]): LoadResult {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const ok = rounds.reduce((n, r) => n + r.rps * r.seconds, 0);
  const cpu = (side: 'server' | 'postgres') => {
    if (rounds.some((r) => r.cpuMsPerRequest?.[side] === null || r.cpuMsPerRequest?.[side] === undefined)) return null;
    return +(rounds.reduce((n, r) => n + r.cpuMsPerRequest![side]! * r.requests, 0) / requests).toFixed(3);
  };
  return {
    rps: seconds > 0 ? ok / seconds : 0,
    seconds,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    requests,
    failures: rounds.reduce((n, r) => n + r.failures, 0),
    cpuMsPerRequest: { server: cpu('server'), postgres: cpu('postgres') },
  };
}

// ---------------------------------------------------------------- 4. Compare views

async function compareSteps(ctx: Context, ledger: Server): Promise<void> {
  const name = '4. Compare';
  const { country, metric, countries } = await withClient(ctx.ledgerUrl, async (c) => {
    const top = (await c.query(`SELECT country, metric FROM claims GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`)).rows[0];
    const several = (
      await c.query(`SELECT country FROM claims WHERE metric = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 5`, [top.metric])
    ).rows.map((r) => r.country);
    return { country: top.country as string, metric: top.metric as string, countries: several.join(',') };
  });
  // The heaviest country and metric: the worst case at this size. Parameter names as in DESIGN.md; the
  // first candidate that answers 200 is measured, as a client gets it by default (sources and timeline: their
  // first page, with the summary over every claimant). `rows` names the list the answer must not have empty.
  const views: { view: string; candidates: string[]; rows: string }[] = [
    { view: 'sources', candidates: [`/v1/compare/sources?country=${country}&metric=${metric}`], rows: 'rows' },
    { view: 'timeline', candidates: [`/v1/compare/timeline?country=${country}&metric=${metric}`], rows: 'claimants' },
    {
      view: 'countries',
      candidates: [
        `/v1/compare/countries?metric=${metric}&country=${countries}`,
        `/v1/compare/countries?metric=${metric}&countries=${countries}`,
      ],
      rows: 'rows',
    },
  ];
  for (const { view, candidates, rows } of views) {
    await step(ctx, `${name} ${view}`, async () => {
      let chosen: string | undefined;
      let last: { status: number; body: string } | null = null;
      for (const candidate of candidates) {
        last = await request(ledger.url + candidate);
        if (last?.status === 200) {
          chosen = candidate;
          break;
        }
      }
      if (!chosen) {
        if (last?.status === 404) {
          ctx.rows.push(notAvailable(name, `/v1/compare/${view} p99 (p50)`, 'p99 < 50 ms', 'ms'));
          return;
        }
        throw new Error(`GET ${candidates[0]} answered ${last?.status}: ${last?.body.slice(0, 150)}`);
      }
      const listed = (JSON.parse(last!.body) as Record<string, unknown>)[rows];
      if (!Array.isArray(listed) || listed.length === 0)
        throw new Error(`GET ${chosen} answered 200 without ${rows}: ${last!.body.slice(0, 150)}`);
      // One connection: the view’s own latency, not queueing behind 31 others.
      const r = await hammer({
        url: ledger.url,
        requests: [{ path: chosen }],
        connections: 1,
        seconds: ctx.options.viewSeconds,
        warmupSeconds: 1,
      });
      ctx.extra[`compare_${view}`] = { path: chosen, ...r };
      ctx.rows.push({
        step: name,
        figure: `/v1/compare/${view} p99 (p50 ${r.p50.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s)`,
        value: r.p99,
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: 'p99 < 50 ms',
        met: meets(r.p99, '<', 50),
      });
    });
  }
}

// ---------------------------------------------------------------- 4b. Web pages

/**
 * The HTML pages of issue 10 at the heaviest country and metric (the worst case at this size): the server time
 * of each, one connection, as step 4 measures the views. The claim page is measured when this build serves it
 * (a claim page that answers 404 gives a "not available" row: the hook for the branch that builds it).
 */
async function pagesStep(ctx: Context, ledger: Server): Promise<void> {
  const name = '4b. Pages';
  const { country, metric, countries, claimId } = await withClient(ctx.ledgerUrl, async (c) => {
    const top = (await c.query(`SELECT country, metric FROM claims GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`)).rows[0];
    const several = (
      await c.query(`SELECT country FROM claims WHERE metric = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 5`, [top.metric])
    ).rows.map((r) => r.country);
    const claim = (
      await c.query(`SELECT id FROM claims WHERE country = $1 AND metric = $2 AND status = 'active' ORDER BY id DESC LIMIT 1`, [
        top.country,
        top.metric,
      ])
    ).rows[0];
    return { country: top.country as string, metric: top.metric as string, countries: several.join(','), claimId: Number(claim.id) };
  });
  const pages: { page: string; path: string }[] = [
    { page: 'country', path: `/countries/${country}` },
    { page: 'sources', path: `/compare/sources?country=${country}&metric=${metric}` },
    { page: 'timeline', path: `/compare/timeline?country=${country}&metric=${metric}` },
    { page: 'countries (5)', path: `/compare/countries?metric=${metric}&country=${countries}` },
    { page: 'countries (world)', path: `/compare/countries?metric=${metric}` },
    { page: 'claim', path: `/claims/${claimId}` },
  ];
  for (const { page, path: pagePath } of pages) {
    await step(ctx, `${name} ${page}`, async () => {
      const probeStarted = process.hrtime.bigint();
      const probe = await request(ledger.url + pagePath);
      const firstMs = Number(process.hrtime.bigint() - probeStarted) / 1e6;
      if (probe?.status === 404) {
        ctx.rows.push(notAvailable(name, `${page} page p99 (p50)`, 'p99 < 100 ms', 'ms'));
        return;
      }
      if (probe?.status !== 200 || !String(probe.headers['content-type']).startsWith('text/html'))
        throw new Error(`GET ${pagePath} answered ${probe?.status} ${probe?.headers['content-type']}: ${probe?.body.slice(0, 150)}`);
      const r = await hammer({
        url: ledger.url,
        requests: [{ path: pagePath }],
        connections: 1,
        seconds: ctx.options.viewSeconds,
        warmupSeconds: 1,
      });
      ctx.extra[`page_${page}`] = { path: pagePath, bytes: probe.body.length, firstMs, ...r };
      // No answer within the measured seconds gives autocannon's latencies of 0: that is a miss, not a met target.
      if (r.requests === 0) {
        ctx.rows.push({
          step: name,
          figure: `${page} page p99`,
          value: null,
          unit: 'ms',
          baseline: null,
          ratio: null,
          target: 'p99 < 100 ms',
          met: false,
          note: `no answer within ${ctx.options.viewSeconds} s`,
        });
        return;
      }
      ctx.rows.push({
        step: name,
        figure: `${page} page p99 (p50 ${r.p50.toFixed(1)} ms, first ${firstMs.toFixed(0)} ms, ${(probe.body.length / 1024).toFixed(0)} KB)`,
        value: r.p99,
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: 'p99 < 100 ms',
        met: meets(r.p99, '<', 100),
      });
    });
  }
}

// ---------------------------------------------------------------- 5. Export

/** One export, the baseline's COPY TO or the ledger's CSV through its server. */
interface ExportRun {
  status: number;
  rows: number;
  bytes: number;
  seconds: number;
  rate: number;
  /** PostgreSQL's CPU seconds during it, and the server's (the ledger's side only); null when not readable. */
  cpu: { postgres: number | null; server?: number | null };
  rssBeforeMb?: number | null;
  peakRssMb?: number | null;
}

/** The baseline's COPY TO once, after the same settling as the ledger's side. */
async function copyToOnce(ctx: Context): Promise<ExportRun> {
  return withClient(ctx.ledgerUrl, async (c) => {
    await settle(ctx);
    const cpu = postgresCpu(ctx);
    const started = process.hrtime.bigint();
    const { lines, bytes } = await countLines(c.query(copyTo(`COPY (${EXPORT_COPY_SQL}) TO STDOUT WITH (FORMAT csv, HEADER)`)));
    const took = seconds(started);
    return { status: 200, rows: lines - 1, bytes, seconds: took, rate: (lines - 1) / took, cpu: { postgres: cpu() } };
  });
}

/** The ledger's CSV export of all claims once, from a server started for it alone, so its peak memory is the export's. */
async function csvExportOnce(ctx: Context, name = 'ledger-export'): Promise<ExportRun> {
  const server = await ledgerServer(ctx, ctx.ledgerUrl, name);
  try {
    await settle(ctx);
    const before = memoryMb(server.pid, 'VmRSS');
    const serverCpuBefore = cpuSeconds(server.pid);
    const cpu = postgresCpu(ctx);
    const rss = sampleRss(server.pid);
    const started = process.hrtime.bigint();
    const result = await new Promise<{ status: number; lines: number; bytes: number }>((resolve, reject) => {
      http
        .get(`${server.url}/v1/export/claims?format=csv`, (res) => {
          countLines(res).then(({ lines, bytes }) => resolve({ status: res.statusCode ?? 0, lines, bytes }), reject);
        })
        .on('error', reject);
    });
    const took = seconds(started);
    const peak = rss.stop();
    const serverCpuAfter = cpuSeconds(server.pid);
    return {
      status: result.status,
      rows: result.lines - 1,
      bytes: result.bytes,
      seconds: took,
      rate: (result.lines - 1) / took,
      cpu: { postgres: cpu(), server: serverCpuBefore === null || serverCpuAfter === null ? null : serverCpuAfter - serverCpuBefore },
      rssBeforeMb: before,
      peakRssMb: peak,
    };
  } finally {
    await server.stop();
  }
}

async function exportStep(ctx: Context): Promise<void> {
  const name = '5. Export';
  // One unmeasured run of each side first, so that no measured one meets a colder cache than the other: both
  // read the same ledger, and without it the first pair's first side would read it from disk.
  const warmup = { baseline: await copyToOnce(ctx), ledger: await csvExportOnce(ctx, 'ledger-export-warmup') };
  const pairs = await measurePairs({
    repeat: warmup.ledger.status === 200 ? ctx.options.repeat : 0,
    baseline: () => copyToOnce(ctx),
    ledger: () => csvExportOnce(ctx),
    ratio: (copy, run) => (run.status === 200 ? ratio(run.rate, copy.rate) : null),
    log,
  });
  ctx.extra.export = { warmup, pairs };
  const failed = pairs.length === 0 ? warmup : pairs[pairs.length - 1];
  if (failed.ledger.status !== 200) {
    if (failed.ledger.status !== 404) throw new Error(`GET /v1/export/claims?format=csv answered ${failed.ledger.status}`);
    ctx.rows.push({
      ...notAvailable(name, 'rows/s, CSV export of all claims', '≥ 0.6× COPY', 'rows/s'),
      baseline: { name: 'COPY TO', value: failed.baseline.rate },
    });
    ctx.rows.push(notAvailable(name, 'server peak RSS during export', '< 250 MB', 'MB'));
    return;
  }
  const summary = pairedRows(
    ctx,
    pairs.map((p) => ({
      ratio: p.ratio as number,
      baseline: p.baseline.rate,
      ledger: p.ledger.rate,
      peakRssMb: p.ledger.peakRssMb,
      idleRssMb: p.ledger.rssBeforeMb,
    })),
    {
      step: name,
      figure: 'rows/s, CSV export of all claims',
      detail: (i) => `${pairs[i].ledger.rows.toLocaleString('en-US')} rows, COPY ${pairs[i].baseline.rows.toLocaleString('en-US')}`,
      unit: 'rows/s',
      baseline: 'COPY TO',
      ratioTarget: 0.6,
      rssFigure: 'server peak RSS during export',
      rssTarget: 250,
    },
  );
  const median = pairs[summary.medianPair];
  ctx.extra.export = { ...(ctx.extra.export as object), summary };
  // The workbook takes minutes at a million claims: in quick runs, or when --only also names xlsx.
  if (ctx.options.only.has('xlsx') || ctx.options.quick) await xlsxExport(ctx, median.ledger.rows, median.baseline.rate);
}

/** The same export as an Excel workbook (format=xlsx), on a server of its own: rows/s (the CSV's row count) and peak RSS. */
async function xlsxExport(ctx: Context, csvRows: number, copyRate: number): Promise<void> {
  const name = '5. Export';
  const server = await ledgerServer(ctx, ctx.ledgerUrl, 'ledger-export-xlsx');
  try {
    await settle(ctx);
    const before = memoryMb(server.pid, 'VmRSS');
    const rss = sampleRss(server.pid);
    const started = process.hrtime.bigint();
    const result = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
      http
        .get(`${server.url}/v1/export/claims?format=xlsx`, (res) => {
          countLines(res).then(({ bytes }) => resolve({ status: res.statusCode ?? 0, bytes }), reject);
        })
        .on('error', reject);
    });
    const took = seconds(started);
    const peak = rss.stop();
    ctx.extra.exportXlsx = { ...result, seconds: took, rssBeforeMb: before, peakRssMb: peak };
    // A build without the format refuses it (400 naming format).
    if (result.status === 400 || result.status === 404) {
      ctx.rows.push(notAvailable(name, 'rows/s, XLSX export of all claims', '(reported)', 'rows/s'));
      return;
    }
    if (result.status !== 200) throw new Error(`GET /v1/export/claims?format=xlsx answered ${result.status}`);
    const rate = csvRows / took;
    ctx.rows.push({
      step: name,
      figure: `rows/s, XLSX export of all claims (${(result.bytes / 1e6).toFixed(0)} MB zipped)`,
      value: rate,
      unit: 'rows/s',
      baseline: { name: 'COPY TO', value: copyRate },
      ratio: ratio(rate, copyRate),
      target: '(reported)',
      met: null,
    });
    ctx.rows.push({
      step: name,
      figure: 'server peak RSS during XLSX export',
      value: peak,
      unit: 'MB',
      baseline: { name: 'idle', value: before },
      ratio: null,
      target: '< 250 MB',
      met: meets(peak, '<', 250),
    });
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------- 6. Start

/**
 * `npm start` (node on the compiled server) on an empty data folder, then again on the same folder: seconds to the first 200 from /health.
 */
async function startStep(ctx: Context): Promise<void> {
  const name = '6. Start';
  const dataDir = fs.mkdtempSync(path.join(ctx.work, 'start-'));
  fs.chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  const times: number[] = [];
  for (const run of ['first', 'second']) {
    const port = await freePort();
    const logFile = fs.openSync(path.join(ctx.work, `start-${run}.log`), 'a');
    const started = process.hrtime.bigint();
    // detached: its own process group, so nothing it started outlives it if it has to be killed.
    const { command, args } = startCommand();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', logFile, logFile],
      detached: true,
    });
    fs.closeSync(logFile);
    try {
      await waitFor200(`http://127.0.0.1:${port}/health`, child, 240_000, 20);
      times.push(seconds(started));
    } finally {
      await stopChild(child, 20_000);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* the group is gone already */
      }
    }
  }
  ctx.extra.start = { firstSeconds: times[0], secondSeconds: times[1] };
  ctx.rows.push({
    step: name,
    figure: 'seconds to first 200 from /health, empty data folder',
    value: times[0],
    unit: 's',
    baseline: null,
    ratio: null,
    target: '(reported)',
    met: null,
  });
  ctx.rows.push({
    step: name,
    figure: 'seconds to first 200 from /health, second start',
    value: times[1],
    unit: 's',
    baseline: null,
    ratio: null,
    target: '(reported)',
    met: null,
  });
}

/**
 * 8. Search (named in --only only): the actors' name search (`q`, ActorStore.list as GET /v1/actors runs it) at 100,000
 * actors of two aliases each, in a database of its own. A q under three letters or digits gives the trigram index
 * nothing to look up and is answered by reading the stored folded names (actors.search_text, migration
 * 20261225010000): until then it folded every name and alias as it read them, 8–26 s when nothing matched.
 */
async function searchStep(ctx: Context): Promise<void> {
  const name = '8. Search';
  const actors = 100_000;
  const url = await freshDatabase(ctx, 'bench_search');
  const db = createDb(url);
  try {
    await db.raw(
      `INSERT INTO actors (kind, name, aliases)
       SELECT 'ngo', 'Actor ' || md5(i::text) || ' of ' || (i % 977), ARRAY['AA' || substr(md5((i + 1)::text), 1, 8), 'alias ' || i]
       FROM generate_series(1, ?) AS i`,
      [actors],
    );
    await db.raw('ANALYZE actors');
    const store = new ActorStore(db);
    for (const q of ['IS', 'Абв', 'alias 4242', 'nothing like it']) {
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const begun = process.hrtime.bigint();
        await store.list({ q, limit: 50 });
        times.push(Number(process.hrtime.bigint() - begun) / 1e6);
      }
      times.sort((a, b) => a - b);
      ctx.rows.push({
        step: name,
        figure: `ms per actor search q=${JSON.stringify(q)} at ${actors.toLocaleString('en-US')} actors (median of 15)`,
        value: +times[7].toFixed(1),
        unit: 'ms',
        baseline: null,
        ratio: null,
        target: '(reported)',
        met: null,
      });
    }
  } finally {
    await db.destroy();
    await withClient(ctx.urlFor('postgres'), (c) => dropDatabase(c, 'bench_search'));
  }
}

// ---------------------------------------------------------------- the run

async function machineInfo(url: string): Promise<Record<string, unknown>> {
  const pg = await withClient(url, async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string);
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model,
    memoryGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    postgresql: pg,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-bench-'));
  fs.chmodSync(work, 0o755);
  log(`${options.quick ? 'quick' : 'full'} run: ${options.claims.toLocaleString('en-US')} claims; work folder ${work}`);

  let stopPg: (() => Promise<void>) | undefined;
  let urlFor: (db: string) => string;
  let clusterDir: string | undefined;
  if (process.env.DATABASE_URL) {
    const base = process.env.DATABASE_URL;
    urlFor = (db) => {
      const u = new URL(base);
      u.pathname = `/${db}`;
      return u.toString();
    };
  } else {
    const pgDir = path.join(work, 'pg-data');
    const pg = await startEmbeddedPostgres({ dataDir: pgDir, database: 'postgres' });
    urlFor = pg.urlFor;
    clusterDir = path.join(pgDir, 'pg');
    stopPg = pg.stop;
  }
  const ctx: Context = { options, work, urlFor, clusterDir, ledgerUrl: '', rows: [], extra: {} };
  const servers: Server[] = [];
  try {
    const machine = await machineInfo(urlFor('postgres'));
    log(`machine: ${JSON.stringify(machine)}`);

    // the extractor needs no database: measured first, before the ledger loads the machine
    if (options.only.has('extract'))
      await step(ctx, '7. Extract', async () => {
        ctx.rows.push(...extractRows(options.quick ? 15 : 40));
        ctx.rows.push(...hostileRows(options.quick ? 64_000 : 1_000_000));
      });

    await step(ctx, '0. Generate', async () => {
      const url = await freshDatabase(ctx, 'bench_ledger');
      const size = ledgerSize(options.claims);
      const startedGen = process.hrtime.bigint();
      const timings = await withClient(url, (c) => generateLedger(c, size, log));
      ctx.ledgerUrl = url;
      const counts = await withClient(
        url,
        async (c) =>
          (
            await c.query(`SELECT
        (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM claim_sources) AS sources, (SELECT count(*) FROM claim_relations) AS relations,
        (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM actors) AS actors, (SELECT count(DISTINCT country) FROM claims) AS countries,
        (SELECT count(DISTINCT metric) FROM claims) AS metrics, pg_size_pretty(pg_database_size(current_database())) AS size`)
          ).rows[0],
      );
      ctx.extra.generate = { size, timings, counts, seconds: seconds(startedGen) };
      log(`ledger: ${JSON.stringify(counts)}`);
    });
    if (!ctx.ledgerUrl) throw new Error('the ledger could not be generated; nothing to measure');

    const wanted = (s: string) => options.only.has(s);
    if (wanted('import')) await step(ctx, '1. Import', () => importStep(ctx));

    let ledger: Server | undefined;
    if (wanted('list') || wanted('peer') || wanted('five') || wanted('compare') || wanted('pages'))
      await step(ctx, 'ledger server', async () => {
        ledger = await ledgerServer(ctx, ctx.ledgerUrl);
        servers.push(ledger);
        await keyedSave(ledger);
      });
    if (ledger && (wanted('list') || wanted('peer') || wanted('five'))) await listSteps(ctx, ledger);
    if (ledger && wanted('compare')) await compareSteps(ctx, ledger);
    if (ledger && wanted('pages')) await pagesStep(ctx, ledger);
    await ledger?.stop();
    if (wanted('export')) await step(ctx, '5. Export', () => exportStep(ctx));
    if (wanted('start')) await step(ctx, '6. Start', () => startStep(ctx));
    if (wanted('search')) await step(ctx, '8. Search', () => searchStep(ctx));

    const total = seconds(started);
    const table = formatTable(ctx.rows);
    console.log(
      `\n${options.quick ? 'Quick' : 'Full'} run, ${options.claims.toLocaleString('en-US')} claims, ${total.toFixed(0)} s, ${machine.cpus} CPUs, ${machine.memoryGb} GB, Node ${machine.node}, PostgreSQL ${machine.postgresql}\n`,
    );
    console.log(table);
    const out = path.join(ROOT, 'bench', 'results', 'latest.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(
      out,
      JSON.stringify(
        {
          run: options.quick ? 'quick' : 'full',
          startedAt: startedAt.toISOString(),
          seconds: +total.toFixed(1),
          options,
          machine,
          loadAverageAtEnd: os.loadavg().map((l) => +l.toFixed(2)),
          results: ctx.rows,
          details: ctx.extra,
          table,
        },
        null,
        2,
      ) + '\n',
    );
    log(`wrote ${path.relative(ROOT, out)}`);
  } finally {
    for (const s of servers) await s.stop();
    if (!stopPg && !options.keep) {
      // On the server of DATABASE_URL, the benchmark’s own databases go again.
      await withClient(urlFor('postgres'), async (c) => {
        for (const db of ['bench_ledger', 'bench_import', 'bench_copy']) await dropDatabase(c, db);
      }).catch((err: Error) => log(`could not drop the bench databases: ${err.message}`));
    }
    if (stopPg) await stopPg();
    if (!options.keep) fs.rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    // A mistyped option is the user's to mend: its message alone, not a stack.
    console.error(err instanceof UsageError ? `bench: ${err.message}` : err);
    process.exit(1);
  },
);
