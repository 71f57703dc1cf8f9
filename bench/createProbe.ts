/**
 * Claim creates between builds, with and without an `Idempotency-Key`, and the reads before and after a keyed request:
 * `npx tsx bench/createProbe.ts [--rounds 4] [--creates 200] [--reads 400] [--keyed-first name,…] [--read-paths p,…]
 * name=bundle.js …`.
 * Each `name=bundle.js` is a compiled server (dist/server/index.js of a worktree: it finds its own migrations and seed
 * from there) started as `npm start` starts it, on a database of its own on one embedded PostgreSQL in a temporary
 * folder, seeded as `npm start` seeds an empty one. After a warm-up, `--rounds` rounds of `--reads` reads (the first
 * page of claims and claim 1, as JSON: answers the creates do not change; or `--read-paths`, e.g. pages) before the
 * creates, when no keyed request has reached a server but those named by `--keyed-first` (one keyed create each,
 * before the warm-up); then `--rounds`
 * rounds of `--creates` claim creates without a key, as many with a key each, and the same reads again (4 requests at
 * a time; the seed's claim body with notes of its own). Servers take turns, the order rotating each round; only one is
 * loaded at a time. Per round, server and phase: requests/s, and CPU milliseconds per request of the server process
 * and of PostgreSQL. Reads before and after a keyed request (or the same bundle started twice, one `--keyed-first`)
 * tell whether a server pays for a keyed request's bookkeeping on every request after it (an AsyncLocalStorage's
 * hooks, once run).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, startEmbeddedPostgres } from '../src/db/embedded';
import { startCommand } from '../scripts/startCommand';
import { cpuSeconds, postgresCpuMeter, request, ROOT, Server, startServer } from './lib/processes';
import { seedClaimBody } from '../tests/support/seedClaim';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const spread = (xs: number[], digits: number) =>
  xs.length === 0 ? '—' : `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

const KEY = `create-probe-${crypto.randomBytes(8).toString('hex')}`;
const CONCURRENCY = 4;
const PHASES = ['creates', 'keyed creates', 'reads'] as const;
type Phase = (typeof PHASES)[number] | 'first reads';

interface Measured {
  rps: number;
  serverMs: number | null;
  postgresMs: number | null;
}

/** `count` requests made by `make(i)`, CONCURRENCY at a time; every answer must have the status expected. */
async function send(
  server: Server,
  postgresCpu: () => number | null,
  count: number,
  make: (i: number) => { path: string; method?: string; headers?: Record<string, string>; body?: string; status: number },
): Promise<Measured> {
  let next = 0;
  const server0 = cpuSeconds(server.pid);
  const pg0 = postgresCpu();
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < count; i = next++) {
        const r = make(i);
        const res = await request(server.url + r.path, r);
        if (res?.status !== r.status) throw new Error(`${r.method ?? 'GET'} ${r.path} answered ${res?.status}: ${res?.body.slice(0, 200)}`);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const server1 = cpuSeconds(server.pid);
  const pg1 = postgresCpu();
  const perRequest = (a: number | null, b: number | null) => (a === null || b === null ? null : ((b - a) * 1000) / count);
  return { rps: count / seconds, serverMs: perRequest(server0, server1), postgresMs: perRequest(pg0, pg1) };
}

async function main(): Promise<void> {
  const rounds = option('rounds', 4);
  const creates = option('creates', 200);
  const reads = option('reads', 400);
  const flags = new Set(['--rounds', '--creates', '--reads', '--keyed-first', '--read-paths']);
  const builds = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith('--') && !flags.has(all[i - 1]))
    .map((a) => ({ name: a.slice(0, a.indexOf('=')), bundle: path.resolve(ROOT, a.slice(a.indexOf('=') + 1)) }));
  if (builds.length === 0 || builds.some((b) => !b.name || !fs.existsSync(b.bundle))) throw new Error('name the builds: name=bundle.js …');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'create-probe-'));
  fs.chmodSync(work, 0o755); // the embedded PostgreSQL runs as postgres when started as root
  const pg = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg-data'), database: 'postgres' });
  const postgresCpu = postgresCpuMeter(path.join(work, 'pg-data', 'pg'));
  const servers: Server[] = [];
  try {
    const admin = new Client({ connectionString: pg.urlFor('postgres') });
    await admin.connect();
    for (const { name } of builds) await admin.query(`CREATE DATABASE create_probe_${name.replace(/\W/g, '_')}`);
    await admin.end();
    for (const { name, bundle } of builds) {
      servers.push(
        await startServer({
          name,
          args: [...startCommand().args.slice(0, -1), bundle],
          port: await freePort(),
          healthPath: '/health',
          logFile: path.join(work, `${name}.log`),
          env: {
            DATABASE_URL: pg.urlFor(`create_probe_${name.replace(/\W/g, '_')}`),
            ADMIN_API_KEY: KEY,
            LOG_LEVEL: 'warn',
            NODE_ENV: 'production',
          },
        }),
      );
    }
    const results = new Map<string, Map<Phase | 'first reads', Measured[]>>(
      builds.map((b) => [b.name, new Map((['first reads', ...PHASES] as const).map((p) => [p, []]))]),
    );
    const auth = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
    const body = (notes: string) => JSON.stringify(seedClaimBody({ notes }));
    // Reads whose answers the creates do not change: the first page of all claims (the creates come after it by id).
    const readPaths = textOption('read-paths')?.split(',') ?? ['/v1/claims?limit=50', '/v1/claims/1'];
    const reading = (server: Server) => send(server, postgresCpu, reads, (i) => ({ path: readPaths[i % readPaths.length], status: 200 }));
    const report = (round: string, name: string, measured: Partial<Record<Phase, Measured>>) =>
      console.log(
        `${round} ${name}: ${Object.entries(measured)
          .map(([p, m]) => `${p} ${m.rps.toFixed(0)}/s server ${m.serverMs?.toFixed(3)} ms pg ${m.postgresMs?.toFixed(3)} ms`)
          .join('; ')}`,
      );
    // --keyed-first a,b: those servers answer one keyed create before the warm-up, so that their first reads are after
    // one (the same bundle started twice, once so and once not, measures what a keyed request leaves behind).
    const keyedFirst = new Set((textOption('keyed-first') ?? '').split(',').filter(Boolean));
    for (const [at, server] of servers.entries())
      if (keyedFirst.has(builds[at].name))
        await send(server, postgresCpu, 1, () => ({
          path: '/v1/claims',
          method: 'POST',
          headers: { ...auth, 'Idempotency-Key': `probe-first-${crypto.randomBytes(4).toString('hex')}` },
          body: body('keyed first'),
          status: 201,
        }));
    for (const server of servers) await reading(server); // warm-up, not counted
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < servers.length; k++) {
        const at = (round + k) % servers.length;
        const measured = { 'first reads': await reading(servers[at]) };
        results.get(builds[at].name)!.get('first reads')!.push(measured['first reads']);
        report(`round ${round + 1}, reads before the creates`, builds[at].name, measured as never);
      }
    }
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < servers.length; k++) {
        const at = (round + k) % servers.length;
        const server = servers[at];
        const mine = results.get(builds[at].name)!;
        const measured = {
          creates: await send(server, postgresCpu, creates, (i) => ({
            path: '/v1/claims',
            method: 'POST',
            headers: auth,
            body: body(`create probe ${round}.${i}`),
            status: 201,
          })),
          'keyed creates': await send(server, postgresCpu, creates, (i) => ({
            path: '/v1/claims',
            method: 'POST',
            headers: { ...auth, 'Idempotency-Key': `probe-${round}-${i}-${crypto.randomBytes(4).toString('hex')}` },
            body: body(`keyed probe ${round}.${i}`),
            status: 201,
          })),
          reads: await reading(server),
        };
        for (const phase of PHASES) mine.get(phase)!.push(measured[phase]);
        report(`round ${round + 1}`, builds[at].name, measured);
      }
    }
    console.log(
      `\nmedians (min–max) over ${rounds} rounds, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    const rows = [];
    for (const { name } of builds)
      for (const [phase, runs] of results.get(name)!)
        rows.push({
          build: name,
          phase,
          'req/s': spread(
            runs.map((r) => r.rps),
            0,
          ),
          'server CPU ms/req': spread(
            runs.flatMap((r) => (r.serverMs === null ? [] : [r.serverMs])),
            3,
          ),
          'PostgreSQL CPU ms/req': spread(
            runs.flatMap((r) => (r.postgresMs === null ? [] : [r.postgresMs])),
            3,
          ),
        });
    console.table(rows);
  } finally {
    for (const s of servers) await s.stop();
    await pg.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
