/**
 * `npm start` against a DATABASE_URL it cannot write to: the run's PostgreSQL (CI's second pass runs this file against
 * the oldest supported version, as a role without superuser rights; start-failures.test.ts holds the starts that meet
 * no PostgreSQL of the run's).
 */
import { freePort } from '../../src/db/embedded';
import { createTestDb } from '../support/db';
import { noStack, runStart as run } from '../support/server';

test('a read-only DATABASE_URL (a standby, default_transaction_read_only): one line naming the cause, exit code 1', async () => {
  // Migrated already: knex still takes its lock (a write) before finding nothing to run, and had failed on knex_migrations_lock.
  const t = await createTestDb();
  try {
    const name = new URL(t.url).pathname.slice(1);
    await t.db.raw(`ALTER DATABASE "${name}" SET default_transaction_read_only = on`);
    const { code, stderr } = await run({ DATABASE_URL: t.url, PORT: String(await freePort()) });
    expect(code).toBe(1);
    const u = new URL(t.url);
    expect(stderr.trim().split('\n')).toEqual([
      `claims-ledger could not start: the database at ${u.hostname}:${u.port}/${name} (DATABASE_URL) is read-only (a standby, or default_transaction_read_only on): ` +
        'the ledger writes its migrations when it starts, so point DATABASE_URL at a database it can write to',
    ]);
    expect(stderr).not.toContain(u.password);
    noStack(stderr);
  } finally {
    await t.drop();
  }
}, 120_000);
