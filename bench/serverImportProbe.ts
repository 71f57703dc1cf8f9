/**
 * The benchmark's import through the server, with nothing else: `npx tsx bench/serverImportProbe.ts [claims] [runs]`
 * (default 100,000 claims, 3 runs). Each run migrates a fresh database, starts the compiled server on it as the
 * benchmark does (`startCommand`, the same environment), posts the benchmark's NDJSON file to /v1/import and prints
 * the seconds, claims/s and the server's idle and peak RSS (VmRSS every 50 ms and VmHWM, as the benchmark reads it),
 * without the COPY baseline or the generated ledger. Node flags for the server come from BENCH_NODE_ARGS (e.g.
 * `--trace-gc`); PROBE_KEEP=folder copies the servers' logs there; PROBE_SIGNAL_MS=n sends the server SIGUSR2 n ms into
 * the import (with `--heapsnapshot-signal=SIGUSR2`, a heap snapshot); PROBE_PROMOTED=file.heapprofile samples what the
 * server allocates that no scavenge collects. Uses DATABASE_URL when set, else an embedded PostgreSQL in a temporary folder.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import { dropDatabase } from '../src/db/dropDatabase';
import { createDb, migrate } from '../src/db/knex';
import { freePort } from '../src/db/embedded';
import { startCommand } from '../scripts/startCommand';
import { insertMetrics } from './lib/generate';
import { makeImportSet, ndjsonLines } from './lib/importData';
import { memoryMb, postFile, sampleRss, startServer } from './lib/processes';
import { probeDatabase, withClient } from './lib/probeDatabase';

const ADMIN_KEY = `probe-${crypto.randomBytes(12).toString('hex')}`;

/** Sampling of the allocations no scavenge collected, in the server at the inspector's port 9339. */
async function inspectorSampling(): Promise<{ stop(): Promise<object> }> {
  const list = await new Promise<string>((resolve, reject) =>
    http
      .get('http://127.0.0.1:9339/json/list', (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve(body));
      })
      .on('error', reject),
  );
  const ws = new WebSocket((JSON.parse(list) as { webSocketDebuggerUrl: string }[])[0].webSocketDebuggerUrl);
  await new Promise((resolve) => ws.on('open', resolve));
  let next = 1;
  const pending = new Map<number, (r: object) => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { id?: number; result?: object };
    if (m.id && pending.has(m.id)) pending.get(m.id)!(m.result ?? {});
  });
  const post = (method: string, params?: object) =>
    new Promise<object>((resolve) => {
      const id = next++;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  await post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  });
  return {
    stop: async () => {
      const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: object };
      ws.close();
      return profile;
    },
  };
}

async function main(): Promise<void> {
  const claims = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 3);
  // The server's inspector, for PROBE_PROMOTED: startServer passes BENCH_NODE_ARGS to the server's node.
  if (process.env.PROBE_PROMOTED) process.env.BENCH_NODE_ARGS = `${process.env.BENCH_NODE_ARGS ?? ''} --inspect=127.0.0.1:9339`;
  const { url, db, work, drop } = await probeDatabase('probe_server_import_setup');
  try {
    await db.destroy();
    const countries = await withClient(url, async (c) => {
      await insertMetrics(c);
      return (await c.query(`SELECT code FROM countries WHERE kind = 'country' ORDER BY code LIMIT 200`)).rows.map((r) => r.code as string);
    });
    const file = path.join(work, 'import.ndjson');
    fs.writeFileSync(file, [...ndjsonLines(makeImportSet(claims, countries))].join('\n') + '\n');
    const admin = url.replace(/\/probe_server_import_setup$/, '/postgres');
    for (let run = 1; run <= runs; run++) {
      const name = 'probe_server_import';
      await withClient(admin, async (c) => {
        await dropDatabase(c, name);
        await c.query(`CREATE DATABASE ${name}`);
      });
      const importUrl = admin.replace(/\/postgres$/, `/${name}`);
      const migrated = createDb(importUrl);
      await migrate(migrated);
      await migrated.destroy();
      await withClient(importUrl, async (c) => {
        await insertMetrics(c);
        await c.query('CHECKPOINT');
      });
      const server = await startServer({
        name: 'ledger-import',
        args: startCommand().args,
        port: await freePort(),
        healthPath: '/health',
        logFile: path.join(work, `server-${run}.log`),
        env: {
          DATABASE_URL: importUrl,
          LOG_LEVEL: 'warn',
          ADMIN_API_KEY: ADMIN_KEY,
          BODY_LIMIT: String(100 * 1024 * 1024),
          NODE_ENV: 'production',
        },
      });
      try {
        // PROBE_PROMOTED=file.heapprofile: the server's allocations that no scavenge collected (promoted to the old
        // generation, or still alive at the end), sampled through its inspector (see main).
        const promoted = process.env.PROBE_PROMOTED ? await inspectorSampling() : null;
        const idle = memoryMb(server.pid, 'VmRSS');
        const rss = sampleRss(server.pid);
        const started = process.hrtime.bigint();
        // PROBE_SIGNAL_MS=n: SIGUSR2 to the server n ms into the import (a heap snapshot, with --heapsnapshot-signal=SIGUSR2).
        const signalAt = Number(process.env.PROBE_SIGNAL_MS ?? 0);
        const signal = signalAt > 0 ? setTimeout(() => process.kill(server.pid, 'SIGUSR2'), signalAt) : null;
        const res = await postFile(`${server.url}/v1/import`, file, 'application/x-ndjson', ADMIN_KEY);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const peak = rss.stop();
        if (signal) clearTimeout(signal);
        if (promoted) fs.writeFileSync(process.env.PROBE_PROMOTED!, JSON.stringify(await promoted.stop()));
        if (res.status !== 200) throw new Error(`import answered ${res.status}: ${res.body.slice(0, 300)}`);
        console.log(
          JSON.stringify({
            run,
            claims,
            seconds: Number(seconds.toFixed(2)),
            claimsPerSecond: Math.round(claims / seconds),
            idleRssMb: idle === null ? null : Math.round(idle),
            peakRssMb: peak === null ? null : Math.round(peak),
          }),
        );
      } finally {
        await server.stop();
      }
    }
    if (process.env.PROBE_KEEP) {
      for (const f of fs.readdirSync(work).filter((f) => f.endsWith('.log')))
        fs.copyFileSync(path.join(work, f), path.join(process.env.PROBE_KEEP, f));
    }
  } finally {
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
