import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { Client } from 'pg';
import { dropDatabase } from '../../src/db/dropDatabase';
import { createDb, Db } from '../../src/db/knex';

export interface TestDb {
  db: Db;
  url: string;
  drop(): Promise<void>;
}

/** Runs `fn` on a connection to the run's PostgreSQL as its administrator (TEST_PG_ADMIN_URL). */
export async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database of its own, copied from the run's template: real PostgreSQL, never a mock. With `seed`,
 * from the template globalSetup seeded once (seeds/load.ts, through the bulk import as `npm start` seeds): loading
 * it again in each of the ~130 seeded files cost each ~0.5 s of CPU (the import's and PostgreSQL's), a copy next to none.
 * knex's own warnings go to the console unless `log` takes them (a test that drops connections on purpose: knexWarnings).
 */
export async function createTestDb(options: { seed?: boolean; log?: Knex.Logger } = {}): Promise<TestDb> {
  const template = options.seed ? process.env.TEST_PG_SEEDED_TEMPLATE! : process.env.TEST_PG_TEMPLATE!;
  const name = `${process.env.TEST_PG_TEMPLATE!}_t${crypto.randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  const db = createDb(url.toString(), { log: options.log });
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      await admin((c) => dropDatabase(c, name));
    },
  };
}

/**
 * knex's warnings kept instead of printed, for a test whose exports leave connections mid-query on purpose (a reader
 * gone, a query failed): its pool logs each as it drops it, and the test asserts that they say so.
 */
export function knexWarnings(): { log: Knex.Logger; warnings: string[] } {
  const warnings: string[] = [];
  const keep = (message: unknown) => void warnings.push(String(message));
  return { log: { warn: keep, error: keep, deprecate: keep }, warnings };
}
