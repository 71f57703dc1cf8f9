/**
 * Start time and memory of the server: the compiled bundle that `npm start` runs (node dist/server/index.js)
 * against the TypeScript sources through tsx (what `npm start` ran before). Both start on one external
 * PostgreSQL that is already migrated and seeded, so that the figures are the server's own, not initdb's.
 *
 *   npx tsx bench/start.ts [--runs 5]
 *
 * Prints, per variant, the median seconds from spawn to the first 200 from /health, resident memory (VmRSS)
 * right after, and after 500 requests to the claims list.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startEmbeddedPostgres, freePort } from '../src/db/embedded';
import { createDb, migrate } from '../src/db/knex';
import { loadSeed } from '../seeds/load';
import { startCommand } from '../scripts/startCommand';
import { memoryMb, request, ROOT, stopChild, waitFor200 } from './lib/processes';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-start-bench-'));
  fs.chmodSync(work, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: work, database: 'ledger' });
  try {
    const db = createDb(pg.url);
    await migrate(db);
    await loadSeed(db);
    await db.destroy();
    const compiled = startCommand();
    const variants: Record<string, string[]> = {
      'compiled (node dist/server/index.js)': compiled.args,
      'sources (tsx src/index.ts)': ['--import', 'tsx', 'src/index.ts'],
    };
    for (const [name, args] of Object.entries(variants)) {
      const seconds: number[] = [];
      const rssStart: number[] = [];
      const rssLoaded: number[] = [];
      for (let run = 0; run < runs; run++) {
        const port = await freePort();
        const child = spawn(process.execPath, args, {
          cwd: ROOT,
          stdio: 'ignore',
          env: {
            ...process.env,
            DATABASE_URL: pg.url,
            PORT: String(port),
            LOG_LEVEL: 'warn',
            NODE_ENV: 'production',
            ADMIN_API_KEY: 'start-bench-key',
          },
        });
        try {
          seconds.push(await waitFor200(`http://127.0.0.1:${port}/health`, child, 120_000, 10));
          rssStart.push(memoryMb(child.pid!, 'VmRSS') ?? NaN);
          for (let i = 0; i < 500; i++) await request(`http://127.0.0.1:${port}/v1/claims?limit=50`);
          rssLoaded.push(memoryMb(child.pid!, 'VmRSS') ?? NaN);
        } finally {
          await stopChild(child);
        }
      }
      console.log(
        `${name}: start ${median(seconds).toFixed(2)} s (runs: ${seconds.map((s) => s.toFixed(2)).join(', ')}), ` +
          `RSS ${median(rssStart).toFixed(0)} MB after start, ${median(rssLoaded).toFixed(0)} MB after 500 requests`,
      );
    }
  } finally {
    await pg.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
