import crypto from 'node:crypto';
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

/** A fresh, migrated database of its own, copied from the run's template: real PostgreSQL, never a mock. */
export async function createTestDb(): Promise<TestDb> {
  const template = process.env.TEST_PG_TEMPLATE!;
  const name = `${template}_t${crypto.randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  const db = createDb(url.toString());
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      await admin((c) => dropDatabase(c, name));
    },
  };
}
