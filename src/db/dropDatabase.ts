import type { Client } from 'pg';

const INSUFFICIENT_PRIVILEGE = '42501';
const IN_USE = '55006';
const ATTEMPTS = 10;

const sqlState = (err: unknown): string | undefined => (err as { code?: unknown })?.code as string | undefined;

/**
 * Drops a database (when it exists) with the connections still open to it, also as a role without superuser
 * rights, as managed services give.
 *
 * WITH (FORCE) refuses such a role while an autovacuum worker is in the database (PostgreSQL 15 counts the worker
 * as another role's process). A plain DROP stops autovacuum workers itself, so that refusal is answered with a
 * plain DROP, and the whole is tried again while clients are still connected.
 */
export async function dropDatabase(client: Client, name: string): Promise<void> {
  const database = client.escapeIdentifier(name);
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      return;
    } catch (err) {
      if (sqlState(err) !== INSUFFICIENT_PRIVILEGE) throw err;
    }
    try {
      await client.query(`DROP DATABASE IF EXISTS ${database}`);
      return;
    } catch (err) {
      if (sqlState(err) !== IN_USE || attempt >= ATTEMPTS) throw err;
    }
  }
}
