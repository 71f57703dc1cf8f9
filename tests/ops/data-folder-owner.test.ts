/**
 * One data folder, one server: `npm start` twice at once on the same folder (embedded PostgreSQL, not the run's: CI's
 * second pass leaves this file out).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive, startServer } from '../support/server';

test('two servers started at once on one data folder: one serves, the other refuses loudly and leaves it alone', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-twice-'));
  fs.chmodSync(dataDir, 0o755);
  const started = await Promise.allSettled([startServer(dataDir), startServer(dataDir)]);
  const serving = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const refused = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
  try {
    expect(serving).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/exited with 1/);
    expect(refused[0]).toMatch(/data folder .* (is in use by|is being claimed by) server process \d+/);
    // The refused start did not stop or restart the PostgreSQL of the one that serves.
    const health = await fetch(`${serving[0].url}/health`);
    expect(health.status).toBe(200);
    expect(Number(fs.readFileSync(path.join(dataDir, 'owner.pid'), 'utf8'))).toBe(serving[0].child.pid);

    // A third start while it serves is refused as well.
    await expect(startServer(dataDir)).rejects.toThrow(/is in use by server process \d+/);
    expect((await fetch(`${serving[0].url}/v1/claims?limit=1`)).status).toBe(200);
  } finally {
    for (const s of serving) {
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  expect(serving.every((s) => !isAlive(s.child.pid!))).toBe(true);
}, 240_000);
