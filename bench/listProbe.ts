/**
 * The list step measured between builds:
 * `npx tsx bench/listProbe.ts <pg-data> [--rounds 5] [--seconds 8] [--warmup 10] name=bundle.js[?VAR=value…] … [bare]`.
 * `<pg-data>` is the work folder's `pg-data` of a run kept with `--keep` (its `bench_ledger` database is measured as it
 * is: nothing is generated). Each `name=bundle.js` is a compiled server started as `npm start` starts it (a copy of
 * an earlier build's dist/server/index.js, kept inside the project so that it finds the project's files), with the
 * environment variables given after `?`; `bare` adds bench/bare-server.ts. Every server first serves the
 * benchmark's 20 list pages (their JSON must be the first server's) and a warm-up (the ledger's CPU per request
 * still falls after the benchmark's 2–5 s), then the servers take turns in rounds, the order rotating each round,
 * under the benchmark's own load (32 connections). Per round and server: requests/s, CPU milliseconds per request
 * of the server process and of PostgreSQL, and about how many statements a request ran (PostgreSQL's committed and
 * rolled-back transactions in the ledger database, each statement outside a transaction being one; approximate,
 * since backends report their counts lazily). Prints medians and ranges, and each server's CPU per request over the
 * first server's in the same round.
 * `--together`: in each round every server is loaded at the same time (32 connections shared out), so that a busy
 * machine's load falls on all of them alike; only the server processes' CPU is measured then (PostgreSQL serves all).
 */
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, freePort } from '../src/db/embedded';
import { startCommand } from '../scripts/startCommand';
import { hammer, LoadResult } from './lib/load';
import { cpuSeconds, postgresCpuMeter, request, ROOT, Server, startServer } from './lib/processes';

interface Contender {
  name: string;
  server: Server;
  rounds: (LoadResult & { statements: number })[];
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const spread = (xs: number[], digits: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

async function main(): Promise<void> {
  const pgData = path.resolve(process.argv[2]);
  const rounds = option('rounds', 5);
  const seconds = option('seconds', 8);
  const warmup = option('warmup', 10);
  const together = process.argv.includes('--together');
  const flags = new Set(['--rounds', '--seconds', '--warmup']);
  const given = process.argv.slice(3).filter((a, i, all) => !a.startsWith('--') && !flags.has(all[i - 1]));
  const servers = given.map((a) => {
    if (a === 'bare') return { name: 'bare', bundle: null, env: {} };
    const [bundle, ...settings] = a.slice(a.indexOf('=') + 1).split('?');
    return {
      name: a.split('=')[0],
      bundle,
      env: Object.fromEntries(settings.map((s) => [s.slice(0, s.indexOf('=')), s.slice(s.indexOf('=') + 1)])) as Record<string, string>,
    };
  });
  if (servers.length === 0 || servers.some((s) => s.bundle === undefined))
    throw new Error('name the servers to measure: name=bundle.js or bare');

  const pg = await startEmbeddedPostgres({ dataDir: pgData, database: 'postgres' });
  const url = pg.urlFor('bench_ledger');
  const cluster = path.join(pgData, 'pg');
  const contenders: Contender[] = [];
  const monitor = new Client({ connectionString: url });
  await monitor.connect();
  try {
    const pairs = (
      await monitor.query(
        `SELECT country, metric FROM claims GROUP BY country, metric HAVING count(*) >= 50 ORDER BY md5(country || metric) LIMIT 20`,
      )
    ).rows as { country: string; metric: string }[];
    const paths = pairs.map((p) => `/v1/claims?country=${p.country}&metric=${p.metric}&limit=50`);
    for (const { name, bundle, env } of servers) {
      const args = bundle === null ? ['bench/bare-server.ts'] : [...startCommand().args.slice(0, -1), path.resolve(ROOT, bundle)];
      const server = await startServer({
        name,
        args,
        port: await freePort(),
        healthPath: '/health',
        logFile: path.join(pgData, '..', `probe-${name}.log`),
        env: { DATABASE_URL: url, LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
      });
      contenders.push({ name, server, rounds: [] });
    }
    const [first, ...others] = contenders;
    for (const p of paths) {
      const expected = await request(first.server.url + p);
      if (expected?.status !== 200) throw new Error(`${first.name}: GET ${p} answered ${expected?.status}`);
      for (const c of others) {
        const got = await request(c.server.url + p);
        if (!got || JSON.stringify(JSON.parse(got.body)) !== JSON.stringify(JSON.parse(expected.body)))
          throw new Error(`${c.name} does not serve ${p} as ${first.name} does`);
      }
    }
    const requests = paths.map((p) => ({ path: p }));
    for (const c of contenders) await hammer({ url: c.server.url, requests, connections: 32, seconds: warmup });

    const statementsSoFar = async () =>
      Number(
        (await monitor.query(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`)).rows[0].n,
      );
    const postgresCpu = postgresCpuMeter(cluster);
    postgresCpu();
    for (let round = 0; round < rounds; round++) {
      if (together) {
        const connections = Math.max(1, Math.round(32 / contenders.length));
        const results = await Promise.all(
          contenders.map((c) =>
            hammer({
              url: c.server.url,
              requests,
              connections,
              seconds,
              cpu: () => ({ server: cpuSeconds(c.server.pid), postgres: null }),
            }),
          ),
        );
        results.forEach((r, i) => {
          contenders[i].rounds.push({ ...r, statements: NaN });
          console.log(
            JSON.stringify({
              round,
              server: contenders[i].name,
              rps: Math.round(r.rps),
              failures: r.failures,
              cpuServerMs: r.cpuMsPerRequest?.server,
            }),
          );
        });
        continue;
      }
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
      for (const c of order) {
        await monitor.query('SELECT pg_stat_clear_snapshot()');
        const before = await statementsSoFar();
        const r = await hammer({
          url: c.server.url,
          requests,
          connections: 32,
          seconds,
          cpu: () => ({ server: cpuSeconds(c.server.pid), postgres: postgresCpu() }),
        });
        // pg_stat_database is updated when a backend reports its counts (at most once a second, and when idle).
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await monitor.query('SELECT pg_stat_clear_snapshot()');
        const statements = ((await statementsSoFar()) - before - 2) / r.requests;
        c.rounds.push({ ...r, statements });
        console.log(
          JSON.stringify({
            round,
            server: c.name,
            rps: Math.round(r.rps),
            failures: r.failures,
            cpuServerMs: r.cpuMsPerRequest?.server,
            cpuPostgresMs: r.cpuMsPerRequest?.postgres,
            statements: Number(statements.toFixed(3)),
          }),
        );
      }
    }
    console.log(`\nmedian (range) over rounds${together ? ', the servers loaded together' : ''}:`);
    for (const c of contenders) {
      const of = (f: (r: Contender['rounds'][number]) => number | null | undefined) => c.rounds.map((r) => f(r) ?? NaN);
      const server = `${c.name.padEnd(10)} server CPU ${spread(
        of((r) => r.cpuMsPerRequest?.server),
        3,
      )} ms/req, ${spread(
        of((r) => r.rps),
        0,
      )} req/s`;
      // Loaded together, the servers share one PostgreSQL: its CPU and statements are nobody's own.
      const postgres = `, PostgreSQL CPU ${spread(
        of((r) => r.cpuMsPerRequest?.postgres),
        3,
      )} ms/req, ${spread(
        of((r) => r.statements),
        2,
      )} statements/req`;
      console.log(together ? server : server + postgres);
    }
    // Within a round the machine's load is about the same for every server (the same instant with --together):
    // a build's CPU per request over the first server's in each round varies less than either does across rounds.
    const [reference, ...compared] = contenders;
    for (const c of compared) {
      const ratios = c.rounds.map((r, i) => (r.cpuMsPerRequest?.server ?? NaN) / (reference.rounds[i].cpuMsPerRequest?.server ?? NaN));
      console.log(
        `${c.name.padEnd(10)} server CPU over ${reference.name}'s in the same round ${spread(ratios, 3)}, lower in ${
          ratios.filter((x) => x < 1).length
        } of ${ratios.length}`,
      );
    }
  } finally {
    await monitor.end();
    for (const c of contenders) await c.server.stop();
    await pg.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
