import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clusterOf, isAlive, startServer } from '../support/server';
import { within } from '../support/within';

/*
 * A real server process on its embedded PostgreSQL: when PostgreSQL is killed, the server must not go on
 * answering 500 for ever; it exits non-zero at once (so that a supervisor restarts it), and the next start
 * recovers the data folder and serves again.
 */
jest.setTimeout(180_000);

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-pgdeath-'));
  fs.chmodSync(dataDir, 0o755);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('the embedded PostgreSQL killed: the server exits non-zero within seconds, and the next start serves', async () => {
  const first = await startServer(dataDir, { ADMIN_API_KEY: 'pg-death-admin-key' });
  try {
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    const { pid, client } = await clusterOf(dataDir);
    await client.end();
    process.kill(pid, 'SIGKILL');
    const code = await within(first.exited, 15_000, 'still running');
    expect(code).not.toBe('still running');
    expect(code).not.toBe(0);
    expect(first.output()).toMatch(/embedded PostgreSQL stopped unexpectedly/);
    expect(isAlive(pid)).toBe(false);
  } finally {
    first.child.kill('SIGKILL');
  }
  const second = await startServer(dataDir, { ADMIN_API_KEY: 'pg-death-admin-key' });
  try {
    expect((await fetch(`${second.url}/health`)).status).toBe(200);
    expect((await fetch(`${second.url}/v1/claims/1`)).status).toBe(200);
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
});
