import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCommand } from '../../scripts/startCommand';
import { freePort } from '../../src/db/embedded';
import { isAlive } from '../support/server';

/** `npm start` as a new user runs it: a real process (the compiled server), an empty data folder, no DATABASE_URL. */
let dataDir: string;

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

async function start(port: number): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  delete env.ADMIN_API_KEY;
  // What `npm start` runs: the compiled server (built from the sources when they changed), under plain node.
  const { command, args, cwd } = startCommand();
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "serving on" line within 60 s:\n${output}`)), 60000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /serving on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => reject(new Error(`server exited early:\n${output}`)));
  });
  return { child, url, exited };
}

function postgresPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-start-'));
  fs.chmodSync(dataDir, 0o755);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('npm start serves the seeded ledger on embedded PostgreSQL, stops cleanly on SIGTERM, and reuses its data', async () => {
  const port = await freePort();
  const first = await start(port);
  expect(first.url).toBe(`http://127.0.0.1:${port}`);
  expect(await (await fetch(`${first.url}/health`)).json()).toEqual({ status: 'ok', database: 'ok' });
  const kz = (await (await fetch(`${first.url}/v1/claims?country=KZ`)).json()) as { data: unknown[] };
  expect(kz.data).toHaveLength(4);
  // It is compiled JavaScript under node, no TypeScript loader, and finds every file it reads at run time
  // (migrations' data, seeds and schemas above; citation styles, web assets and the docs here) from the build.
  const cmdline = fs.readFileSync(`/proc/${first.child.pid}/cmdline`, 'utf8').split('\0');
  expect(cmdline).toContain('dist/server/index.js');
  expect(cmdline.join(' ')).not.toMatch(/tsx|\.ts\b/);
  // Its heap is capped at 1 GB, which lowers V8's old-space growth factor from 4 to ~1.6 (docs/operations.md).
  expect(cmdline).toContain('--max-old-space-size=1024');
  // Its young generation may grow to 64 MB, which halves the list's scavenges (docs/operations.md).
  expect(cmdline).toContain('--max-semi-space-size=32');
  const apa = await fetch(`${first.url}/v1/claims/2/citation?style=apa`);
  expect(await apa.text()).toContain('Paraszczuk, J. (n.d.).');
  expect((await fetch(`${first.url}/assets/app.js`)).status).toBe(200);
  expect((await fetch(`${first.url}/assets/style.css`)).status).toBe(200);
  expect(await (await fetch(`${first.url}/docs`)).text()).toContain('<html');
  expect((await fetch(`${first.url}/ready`)).status).toBe(200);

  const keyFile = path.join(dataDir, 'admin-api-key');
  expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
  const key = fs.readFileSync(keyFile, 'utf8').trim();
  const created = await fetch(`${first.url}/v1/metrics`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: 'widows', label: 'Widows', unit: 'people', definition: 'Women whose husbands were killed.' }),
  });
  expect(created.status).toBe(201);

  const pgPid = postgresPid();
  expect(isAlive(pgPid)).toBe(true);
  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  expect(isAlive(pgPid)).toBe(false);

  const second = await start(await freePort());
  try {
    const all = (await (await fetch(`${second.url}/v1/claims?limit=500`)).json()) as { data: unknown[] };
    expect(all.data).toHaveLength(6);
    expect((await fetch(`${second.url}/v1/metrics/widows`)).status).toBe(200);
    expect(fs.readFileSync(keyFile, 'utf8').trim()).toBe(key);
  } finally {
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  }
});

test('a start whose log pipe has lost its reader still stops on SIGTERM, and stops its PostgreSQL', async () => {
  // As a server orphaned while starting: its stdout and stderr are pipes whose reading end is closed (the process
  // that started it is gone), so every line it logs meets EPIPE. A server seen once so had ignored SIGTERM for over 60 s.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.ADMIN_API_KEY;
  const { command, args, cwd } = startCommand();
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  const stale = fs.existsSync(pidFile) ? postgresPid() : undefined;
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdout!.destroy();
  child.stderr!.destroy();
  try {
    // Still starting: its PostgreSQL is up (a postmaster.pid of a live process, not the last run's).
    let pg: number | undefined;
    for (const until = Date.now() + 60_000; !pg && Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
      const pid = fs.existsSync(pidFile) ? postgresPid() : NaN;
      if (pid && pid !== stale && isAlive(pid)) pg = pid;
    }
    expect(pg).toBeDefined();
    child.kill('SIGTERM');
    expect(await Promise.race([exited.then(() => 'exited'), new Promise((r) => setTimeout(() => r('still running'), 30_000))])).toBe(
      'exited',
    );
    expect(await gone(pg!, 20000)).toBe(true);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
      const left = fs.existsSync(pidFile) ? postgresPid() : NaN;
      if (left && isAlive(left)) process.kill(left, 'SIGQUIT');
    }
  }
});

/** The pids whose parent is `pid` (Linux's /proc). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const until = Date.now() + withinMs; Date.now() < until; await new Promise((r) => setTimeout(r, 100)))
    if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

test('a SIGTERM sent to npm start alone stops the server and its PostgreSQL, though the shell npm runs it in does not pass it on', async () => {
  startCommand(); // builds the server when the sources changed; npm's prestart build is skipped below
  const ownDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-ledger-npm-start-'));
  fs.chmodSync(ownDataDir, 0o755);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: ownDataDir, PORT: String(port), LOG_LEVEL: 'info', NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  delete env.ADMIN_API_KEY;
  // As a process manager runs it: npm → sh -c → node; `--ignore-scripts` leaves out prestart's build, not start.
  const npm = spawn('npm', ['start', '--ignore-scripts'], {
    cwd: path.join(__dirname, '..', '..'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let server: number | undefined;
  try {
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "serving on" line within 60 s:\n${output}`)), 60000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/serving on http/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      npm.stdout!.on('data', onData);
      npm.stderr!.on('data', onData);
    });
    const [shell] = childrenOf(npm.pid!);
    [server] = childrenOf(shell);
    expect(fs.readFileSync(`/proc/${server}/cmdline`, 'utf8').split('\0')).toContain('dist/server/index.js');
    const pgPid = Number(fs.readFileSync(path.join(ownDataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    npm.kill('SIGTERM');
    expect(await gone(server, 20000)).toBe(true);
    expect(await gone(pgPid, 20000)).toBe(true);
  } finally {
    npm.kill('SIGKILL');
    if (server && isAlive(server)) {
      // only when the test failed: stopped as a signal sent to it stops it, with its PostgreSQL
      process.kill(server, 'SIGTERM');
      await gone(server, 30000);
    }
    fs.rmSync(ownDataDir, { recursive: true, force: true });
  }
});
