import { execFileSync } from 'node:child_process';
import type { ClientBase } from 'pg';
import { createDb } from '../../src/db/knex';
import { createTestDb, TestDb } from '../support/db';

/*
 * A connection to an external PostgreSQL that a firewall or NAT drops without a word (no FIN, no RST) stays open for
 * node-postgres until the operating system gives up on it: without TCP keepalive, never for an idle one, and Linux's
 * first probe otherwise comes after two hours. Every connection of the ledger's pool now asks for keepalive probes
 * after KEEPALIVE_IDLE_MS of silence. What the kernel does with the socket is read from `ss` (the socket's timer),
 * not from node-postgres' options: a drop itself cannot be made on loopback without privileges.
 */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.drop();
});

test('every connection of the pool carries a TCP keepalive timer of seconds (KEEPALIVE_IDLE_MS)', async () => {
  const db = createDb(t.url, { poolMax: 2 });
  try {
    const client = (await db.client.acquireConnection()) as ClientBase & { connection: { stream: { localPort: number } } };
    const port = client.connection.stream.localPort;
    await client.query('SELECT 1');
    db.client.releaseConnection(client);
    const line = execFileSync('ss', ['-tnoH', 'state', 'established', `( sport = :${port} )`], { encoding: 'utf8' });
    // `timer:(keepalive,9.980ms,0)` (as ss writes 9.98 s): the first probe within seconds, not the system's 119min;
    // a socket without keepalive has no timer at all.
    expect(line).toMatch(/timer:\(keepalive,\d+(\.\d+)?m?s(ec)?,/);
  } finally {
    await db.destroy();
  }
});
