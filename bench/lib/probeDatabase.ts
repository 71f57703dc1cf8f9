import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { dropDatabase } from '../../src/db/dropDatabase';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { createDb, Db, migrate } from '../../src/db/knex';

/**
 * A fresh migrated database `name` for a probe (importProbe, exportProbe), on DATABASE_URL's server or else an embedded
 * PostgreSQL in a temporary folder (`work`, also for the probe's files); drop() removes the database, the cluster and
 * the folder.
 */
export async function probeDatabase(name: string): Promise<{ url: string; db: Db; work: string; drop(): Promise<void> }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-probe-'));
  fs.chmodSync(work, 0o755); // PostgreSQL, run as its own user under root, must reach its folder
  const pg = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.join(work, 'pg-data'), database: 'postgres' });
  const urlFor = (database: string) =>
    pg ? pg.urlFor(database) : Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${database}` }).toString();
  const admin = new Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  await dropDatabase(admin, name);
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  const db = createDb(urlFor(name));
  const drop = async () => {
    await db.destroy();
    await dropDatabase(admin, name);
    await admin.end();
    await pg?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  };
  try {
    await migrate(db);
  } catch (err) {
    await drop();
    throw err;
  }
  return { url: urlFor(name), db, work, drop };
}

/** A connection to `url` for the length of `fn`, closed whatever happens. */
export async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
