/**
 * One bulk import measured in a process of its own, with its memory sampled: `npx tsx bench/importProbe.ts [claims]`
 * (default 100,000; the benchmark's import file, into an empty migrated ledger). Prints claims/s, and the peaks of
 * RSS, V8's heap and external memory (Buffers) during the import, against that process's before. Quicker than the
 * benchmark's import step (no ledger generated, no server started) for trying a change. Node flags given to the
 * probe reach the importing process: `node --import tsx --trace-gc bench/importProbe.ts 100000`. Uses DATABASE_URL
 * when set, else an embedded PostgreSQL in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { Client } from 'pg';
import { createDb } from '../src/db/knex';
import { ImportService } from '../src/import/service';
import { createValidator } from '../src/validate';
import { PlaceIndex } from '../src/vocab/store';
import { insertMetrics } from './lib/generate';
import { makeImportSet, ndjsonLines } from './lib/importData';
import { memorySampler } from './lib/memory';
import { probeDatabase } from './lib/probeDatabase';

async function main(): Promise<void> {
  const claims = Number(process.argv[2] ?? 100_000);
  const { url, work, drop } = await probeDatabase('probe_import');
  try {
    const client = new Client({ connectionString: url });
    await client.connect();
    await insertMetrics(client);
    const countries = (await client.query(`SELECT code FROM countries WHERE kind = 'country' ORDER BY code LIMIT 200`)).rows.map(
      (r) => r.code as string,
    );
    await client.end();
    const file = path.join(work, 'import.ndjson');
    fs.writeFileSync(file, [...ndjsonLines(makeImportSet(claims, countries))].join('\n') + '\n');
    // The import set made above is garbage this process may not have collected: the import runs in a fresh one.
    execFileSync(process.execPath, [...process.execArgv, __filename, '--run', file, url], { stdio: 'inherit' });
  } finally {
    await drop();
  }
}

/**
 * Every allocation sampled, also of objects collected since (PROBE_ALLOCATIONS=file.heapprofile: where an import
 * allocates, which --heap-prof does not show, as it keeps only what is alive at the end). Opens in Chrome's DevTools.
 * With PROBE_PROMOTED_ONLY=1, only what no scavenge collected: what reaches the old generation, whose growth is the peak.
 */
async function allocationProfile(): Promise<{ stop(): Promise<object> }> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<object>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result ?? {}))));
  await post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: !process.env.PROBE_PROMOTED_ONLY,
  });
  return { stop: async () => ((await post('HeapProfiler.stopSampling')) as { profile: object }).profile };
}

/** The import itself, in the child process. */
async function run(file: string, url: string): Promise<void> {
  const db = createDb(url);
  try {
    const imports = new ImportService({ db, places: await PlaceIndex.load(db), validator: createValidator() });
    const profile = process.env.PROBE_ALLOCATIONS ? await allocationProfile() : null;
    // PROBE_SNAPSHOT_MS=n: a heap snapshot (what is alive, after a full GC) n ms into the import, in the temporary folder.
    const snapshotAt = Number(process.env.PROBE_SNAPSHOT_MS ?? 0);
    const snapshot =
      snapshotAt > 0
        ? setTimeout(
            () => console.log(v8.writeHeapSnapshot(path.join(os.tmpdir(), `import-probe-${process.pid}.heapsnapshot`))),
            snapshotAt,
          )
        : null;
    const memory = memorySampler();
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const result = await imports.run(fs.createReadStream(file), { name: 'probe', role: 'admin' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { user, system } = process.cpuUsage(cpu);
    const peak = memory.stop();
    if (snapshot) clearTimeout(snapshot);
    if (profile) fs.writeFileSync(process.env.PROBE_ALLOCATIONS!, JSON.stringify(await profile.stop()));
    const claimsPerSecond = Math.round(result.claims.created / seconds);
    console.log(
      JSON.stringify({
        claims: result.claims.created,
        seconds: Number(seconds.toFixed(2)),
        claimsPerSecond,
        cpuSeconds: Number(((user + system) / 1e6).toFixed(2)),
        ...peak,
      }),
    );
  } finally {
    await db.destroy();
  }
}

(process.argv[2] === '--run' ? run(process.argv[3], process.argv[4]) : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
