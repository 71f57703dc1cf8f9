import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clusterOf, isAlive, startServer, streamedPost } from '../support/server';

/*
 * Real server processes on one data folder: SIGKILL in the middle of an import and of updates, restart (an
 * orphaned PostgreSQL and a stale postmaster.pid must not stop it), check that the database holds none or all
 * of each request; then SIGTERM with a request in flight: it completes, the process exits 0, PostgreSQL stops.
 */
jest.setTimeout(240_000);

const ADMIN = 'crash-test-admin-key';
const auth = { Authorization: `Bearer ${ADMIN}` };
let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-crash-'));
  fs.chmodSync(dataDir, 0o755);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const claimLine = (prefix: string, i: number) =>
  JSON.stringify({
    type: 'claim',
    key: `${prefix}-${i}`,
    metric: 'foreign_fighters',
    country: 'KZ',
    approximation: 'exact',
    value: i,
    value_text: String(i),
    claimant: `${prefix}-actor`,
    sources: [{ document: 1, quote: 'Kazakhstan' }],
  }) + '\n';
const actorLine = (prefix: string) =>
  JSON.stringify({ type: 'actor', key: `${prefix}-actor`, kind: 'ngo', name: `${prefix} counter` }) + '\n';

async function count(client: { query: (q: string, v?: unknown[]) => Promise<{ rows: { n: string }[] }> }, prefix: string): Promise<number> {
  return Number((await client.query(`SELECT count(*) AS n FROM claims WHERE key LIKE $1`, [`${prefix}-%`])).rows[0].n);
}

test('SIGKILL mid-import and mid-update: after restart the database holds none or all of each request', async () => {
  const first = await startServer(dataDir, { ADMIN_API_KEY: ADMIN });
  const { pid: postgresPid, client } = await clusterOf(dataDir);
  try {
    // A large import (its body is spooled whole before it runs), killed once the server has written several
    // batches into its open transaction.
    const upload = streamedPost(`${first.url}/v1/import`, auth);
    await upload.write(actorLine('crash'));
    for (let i = 0; i < 40_000; i++) await upload.write(claimLine('crash', i));
    void upload.end().catch(() => undefined);
    // Kill once the import's transaction has held its locks on claim_sources for a while (several batches written).
    let lockedPolls = 0;
    for (let waited = 0; lockedPolls < 5 && waited < 120_000; waited += 100) {
      const { rows } = await client.query(
        `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'claim_sources' AND l.granted`,
      );
      if (Number(rows[0].n) > 0) lockedPolls += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(lockedPolls).toBe(5);
    // Updates in flight as well.
    const patches = Array.from({ length: 20 }, (_, i) =>
      fetch(`${first.url}/v1/claims/1`, {
        method: 'PATCH',
        headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': '*' },
        body: JSON.stringify({ notes: `crash note ${i}`, reason: 'a test edit' }),
      }).catch(() => null),
    );
    await new Promise((r) => setTimeout(r, 30));
    first.child.kill('SIGKILL');
    await first.exited;
    await Promise.all(patches);
    await upload.response.catch(() => undefined);
  } finally {
    await client.end().catch(() => undefined);
  }

  // The cluster outlives its killed parent: the restart must deal with it.
  expect(isAlive(postgresPid)).toBe(true);
  const second = await startServer(dataDir, { ADMIN_API_KEY: ADMIN });
  try {
    expect(isAlive(postgresPid)).toBe(false);
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    const { client: c2 } = await clusterOf(dataDir);
    try {
      expect(await count(c2, 'crash')).toBe(0);
      expect(Number((await c2.query(`SELECT count(*) AS n FROM actors WHERE key = 'crash-actor'`)).rows[0].n)).toBe(0);
      // Every claim's version matches its last revision: no update is half-applied.
      const { rows } = await c2.query(
        `SELECT c.id FROM claims c WHERE c.version <> (SELECT max(version) FROM revisions r WHERE r.entity = 'claim' AND r.entity_id = c.id)`,
      );
      expect(rows).toEqual([]);
      const {
        rows: [claim1],
      } = await c2.query(`SELECT notes, version FROM claims WHERE id = 1`);
      if (claim1.version > 1) expect(claim1.notes).toMatch(/^crash note \d+$/);

      // A finished import is all there after a kill.
      const done = streamedPost(`${second.url}/v1/import`, auth);
      await done.write(actorLine('kept'));
      for (let i = 0; i < 1500; i++) await done.write(claimLine('kept', i));
      const res = await done.end();
      expect(res.status).toBe(200);
      second.child.kill('SIGKILL');
      await second.exited;
    } finally {
      await c2.end().catch(() => undefined);
    }
  } finally {
    second.child.kill('SIGKILL');
  }

  const third = await startServer(dataDir, { ADMIN_API_KEY: ADMIN });
  const { pid: thirdPostgres, client: c3 } = await clusterOf(dataDir);
  try {
    expect(await count(c3, 'kept')).toBe(1500);
    expect(await count(c3, 'crash')).toBe(0);

    // SIGTERM with an import in flight: it completes with 200, then the process exits 0 and PostgreSQL stops.
    const slow = streamedPost(`${third.url}/v1/import`, auth);
    await slow.write(actorLine('term'));
    for (let i = 0; i < 500; i++) await slow.write(claimLine('term', i));
    await new Promise((r) => setTimeout(r, 200));
    third.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 500; i < 1000; i++) await slow.write(claimLine('term', i));
    const res = await slow.end();
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).claims.created).toBe(1000);
    expect(await third.exited).toBe(0);
    expect(isAlive(thirdPostgres)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  } finally {
    await c3.end().catch(() => undefined);
    third.child.kill('SIGKILL');
  }

  const fourth = await startServer(dataDir, { ADMIN_API_KEY: ADMIN });
  const { client: c4 } = await clusterOf(dataDir);
  try {
    expect(await count(c4, 'term')).toBe(1000);
  } finally {
    await c4.end();
    fourth.child.kill('SIGTERM');
    expect(await fourth.exited).toBe(0);
  }
});
