import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startCommand } from '../../scripts/startCommand';
import { freePort } from '../../src/db/embedded';
import { isAlive, noStack, runStart as run } from '../support/server';
import { within } from '../support/within';

test('an unreachable DATABASE_URL: one line on stderr naming it (without the password), exit code 1', async () => {
  const closed = await freePort();
  const { code, stderr } = await run({
    DATABASE_URL: `postgres://ledger:s3cret-pw@127.0.0.1:${closed}/ledger`,
    PORT: String(await freePort()),
  });
  expect(code).toBe(1);
  expect(stderr.trim().split('\n')).toEqual([
    expect.stringMatching(
      new RegExp(
        `^claims-ledger could not start: cannot reach the database at 127\\.0\\.0\\.1:${closed}/ledger \\(DATABASE_URL\\): .*ECONNREFUSED`,
      ),
    ),
  ]);
  expect(stderr).not.toContain('s3cret-pw');
  noStack(stderr);
}, 120_000);

test('a port already in use: one line on stderr naming it, exit code 1, and the embedded PostgreSQL it started is stopped', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-port-'));
  fs.chmodSync(dataDir, 0o755);
  const taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const port = (taken.address() as net.AddressInfo).port;
  try {
    const env = { DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' };
    const { code, stderr } = await run(env);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `claims-ledger could not start: cannot listen on 127.0.0.1:${port}: the port is already in use (set PORT to another port)`,
    ]);
    noStack(stderr);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  } finally {
    taken.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);

test('a data folder that cannot be created: one line on stderr naming it and DATA_DIR, exit code 1', async () => {
  // A path through a regular file: no user can create it, root included (permission bits would not stop root).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-datadir-'));
  const blocker = path.join(dir, 'a-file');
  fs.writeFileSync(blocker, '');
  try {
    const { code, stderr } = await run({ DATA_DIR: path.join(blocker, 'data'), PORT: String(await freePort()), DATABASE_URL: '' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `claims-ledger could not start: the data folder ${path.join(blocker, 'data')} (DATA_DIR) cannot be created: a part of its path is a file, not a folder`,
    ]);
    noStack(stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test('SIGTERM while the server is still starting: it stops its embedded PostgreSQL, gives up the data folder and exits 0', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-early-stop-'));
  fs.chmodSync(dataDir, 0o755);
  const { command, args, cwd } = startCommand();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', DATA_DIR: dataDir, PORT: String(await freePort()), DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let postgres = 0;
  try {
    // The signal lands once PostgreSQL runs and the server is migrating a new cluster: well before it serves.
    const lock = path.join(dataDir, 'pg', 'postmaster.pid');
    for (let waited = 0; !postgres && waited < 60_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      // initdb's standalone backend writes its pid negated: the server's PostgreSQL is the first positive one.
      // The lock comes and goes while initdb runs: read it, never test for it first (it can go in between).
      let pid = 0;
      try {
        pid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0]);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (Number.isInteger(pid) && pid > 0) postgres = pid;
    }
    expect(postgres).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await within(exited, 30_000, 'still running')).toBe(0);
    expect(output).not.toMatch(/serving on/);
    expect(output).toMatch(/claims-ledger stopped \(SIGTERM\) before it served/);
    // Had stayed running without its server (the signal's default action ended the node process alone).
    for (let waited = 0; isAlive(postgres) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(postgres)).toBe(false);
    expect(fs.existsSync(lock)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'owner.pid'))).toBe(false);
  } finally {
    child.kill('SIGKILL');
    if (postgres && isAlive(postgres)) process.kill(postgres, 'SIGQUIT'); // the orphan this test's server left, if any
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
