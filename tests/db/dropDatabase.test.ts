import crypto from 'node:crypto';
import { Client } from 'pg';
import { dropDatabase } from '../../src/db/dropDatabase';

async function connect(database?: string): Promise<Client> {
  const url = new URL(process.env.TEST_PG_ADMIN_URL!);
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}

const exists = async (admin: Client, name: string) =>
  (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;

test('a database is dropped with a client still connected to it, and dropping it again is no error', async () => {
  const admin = await connect();
  const name = `drop_test_${crypto.randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const inside = await connect(name);
  inside.on('error', () => undefined); // its connection is ended by the drop
  try {
    await inside.query('CREATE TABLE t AS SELECT generate_series(1, 1000) AS n');
    await dropDatabase(admin, name);
    expect(await exists(admin, name)).toBe(false);
    await expect(dropDatabase(admin, name)).resolves.toBeUndefined();
  } finally {
    await inside.end().catch(() => undefined);
    await admin.end();
  }
});
