import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadSeed } from '../../seeds/load';
import { createDb, Db, migrate } from '../../src/db/knex';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { stopOnSignals } from './stopOnSignals';

/**
 * Makes the run's own cluster non-durable (throwawayCluster.sql says why): every test file's database is dropped, and a
 * DROP DATABASE waits for a checkpoint, which with fsync on writes every file's dirty pages to disk first.
 */
async function throwaway(adminUrl: string): Promise<void> {
  const statements = fs.readFileSync(path.join(__dirname, 'throwawayCluster.sql'), 'utf8').split('\n');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const statement of statements.filter((line) => line && !line.startsWith('--'))) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Runs `fn` on the database `name` of the run's server, closing its connections after. */
async function withDb(adminUrl: string, name: string, fn: (db: Db) => Promise<unknown>): Promise<void> {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  try {
    await fn(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Starts one real PostgreSQL for the run (embedded, or the server of DATABASE_URL), migrates a template database and
 * copies it into a second one holding the seed; each test file then copies one of them into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  // The bundles as the sources stand (each quick when up to date): `npm test` builds them here only (a `pretest` that
  // built them too cost ~1.7 s of CPU in three npm processes before tsc, lint and jest could start), and `npx jest`
  // alone tests what `npm test` does: the extractor reads long texts in a worker thread built from the server's
  // bundle, tests that start the server run it, and the browser tests load the client script.
  for (const script of ['build-web.mjs', 'build-server.mjs']) {
    execFileSync(process.execPath, [path.join(__dirname, '../../scripts', script)], { stdio: 'inherit' });
  }
  const template = `claims_ledger_template_${process.pid}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-test-'));
    fs.chmodSync(dataDir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir, database: 'postgres' });
    let stopping = false;
    const stop = async () => {
      stopping = true;
      await pg.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
    // A signal during this set-up stops the cluster under it, and jest exits on the set-up's error before stop ends.
    process.once('exit', () => stopping && fs.rmSync(dataDir, { recursive: true, force: true }));
    // globalTeardown stops it; a run stopped by a signal, which jest ends without its teardown, stops it so
    (globalThis as Record<string, unknown>).__EMBEDDED_PG__ = { stop, forgetSignals: stopOnSignals(stop) };
    adminUrl = pg.url;
    await throwaway(adminUrl);
  }
  const seeded = `${template}_seeded`;
  // Set before the databases are made: a set-up that fails after making one still has it dropped by globalTeardown.
  (globalThis as Record<string, unknown>).__TEST_TEMPLATE__ = { adminUrl, template, seeded };
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of [seeded, template]) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await withDb(adminUrl, template, migrate);
    await admin.query(`CREATE DATABASE ${seeded} TEMPLATE ${template}`);
    await withDb(adminUrl, seeded, loadSeed);
  } finally {
    await admin.end();
  }
  process.env.TEST_PG_ADMIN_URL = adminUrl;
  process.env.TEST_PG_TEMPLATE = template;
  process.env.TEST_PG_SEEDED_TEMPLATE = seeded;
}
