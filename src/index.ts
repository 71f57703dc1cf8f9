import type http from 'node:http';
import { loadSeed, isEmpty } from '../seeds/load';
import { createApp } from './app';
import { LedgerChanges } from './db/ledgerCache';
import { ConfigError, loadConfig } from './config';
import { DataFolderError } from './dataFolder';
import { createDb, Db, limitsNotCarried, migrate, MigrationLockError } from './db/knex';
import { EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded';
import { createLogger } from './http/logging';
import { createLedgerServer } from './http/server';
import { removeAbandonedSpools } from './import/spool';
import { ensureAdminKey } from './keys/bootstrap';
import { loadXlsxWriter } from './export/xlsx';

const SHUTDOWN_GRACE_MS = 30_000;

/** What a start that fails half-way must undo before it exits: the pool, and the embedded PostgreSQL it started. */
const started: { db?: Db; embedded?: EmbeddedPostgres } = {};

/**
 * SIGINT or SIGTERM before the server serves: the start goes on to the end of the step it is in (starting PostgreSQL, a
 * migration, the seed: each a transaction of its own or nothing), then stops, undoing what it started. The signal's default
 * action had ended the process at once and left the embedded PostgreSQL running without its server. A second signal
 * ends the process at once.
 */
const startStop: { signal?: NodeJS.Signals } = {};

class StartStopped extends Error {}

function onSignalWhileStarting(signal: NodeJS.Signals): void {
  if (startStop.signal) process.exit(1);
  startStop.signal = signal;
}

/**
 * `npm start` runs the server through a shell (npm → sh -c → node). npm passes on the SIGINT or SIGTERM it gets (a
 * process manager's stop, `docker stop`, `kill` of npm's pid) to that shell only, and a shell that is not
 * interactive (Debian's dash) dies of it without passing it on: the server, and its embedded PostgreSQL, went on
 * running, orphaned, holding the port and the data folder. Started by an npm script, the server watches its parent
 * and, once that is gone, stops as on SIGTERM. (Started otherwise — node under systemd, nohup — a parent that goes
 * is no reason to stop.)
 */
function onLauncherGone(then: () => void): void {
  if (!process.env.npm_lifecycle_event) return;
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    then();
  }, 500);
  watch.unref();
}

/** Throws once a signal asked the start to stop. */
function goOn(): void {
  if (startStop.signal) throw new StartStopped(startStop.signal);
}

async function main(): Promise<void> {
  process.on('SIGINT', onSignalWhileStarting);
  process.on('SIGTERM', onSignalWhileStarting);
  // Like a first signal, never a second: a terminal's Ctrl-C reaches the server and its shell at once.
  let launcherGone = () => void (startStop.signal ??= 'SIGTERM');
  onLauncherGone(() => launcherGone());
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'claims_ledger', log: (m) => logger.debug(m) });
    started.embedded = embedded;
    url = embedded.url;
  }
  goOn();
  // knex's own warnings (a failed connection attempt, with its stack) go to the debug log, not the console.
  const knexLog = (message: unknown) => logger.debug({ knex: String(message) }, 'knex');
  const db = createDb(url, { ...config.database, log: { warn: knexLog, error: knexLog, deprecate: knexLog, debug: knexLog } });
  started.db = db;
  await reachable(db, config.databaseUrl);
  await writable(db, config.databaseUrl);
  const notCarried = await limitsNotCarried(db);
  if (notCarried.length > 0)
    logger.warn(
      { settings: notCarried },
      `behind a transaction pooler the ledger cannot set its limits for a session, and the database does not carry them: ALTER DATABASE … SET ${notCarried.join(', SET ')} (docs/operations.md, "Through PgBouncer")`,
    );
  goOn();
  await migrate(db, config.migrationDatabaseUrl);
  goOn();
  if (await isEmpty(db)) {
    const { claims } = await loadSeed(db);
    logger.info({ claims }, 'loaded the seed data');
  }
  goOn();
  const created = await ensureAdminKey(db, config);
  if (created)
    logger.info(
      { keyFile: created.file },
      `created an admin API key; it is in ${created.file}` +
        (created.kept ? ` (${created.kept}, which holds no admin key of this database, is left as it was)` : ''),
    );

  const abandoned = await removeAbandonedSpools();
  if (abandoned.length > 0) logger.info({ folders: abandoned.length }, 'removed the import bodies that killed servers had left');
  const app = await createApp({ db, config, logger });
  // ledger_changes kept short even when no request asks the ledger cache (VIEW_CACHE_ENTRIES=0).
  const changes = new LedgerChanges(db);
  setInterval(() => void changes.tick().catch(() => undefined), 60_000).unref();
  const server = createLedgerServer(app, {
    headersTimeoutMs: config.headersTimeoutMs,
    connectionsPerAddress: config.connectionsPerAddress,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE' || err.code === 'EACCES'
          ? new StartError(
              `cannot listen on ${config.host}:${config.port}: ${err.code === 'EADDRINUSE' ? 'the port is already in use' : 'permission denied'} (set PORT to another port)`,
            )
          : err,
      ),
    );
    server.listen(config.port, config.host, resolve);
  });
  if (startStop.signal) {
    server.close();
    goOn();
  }
  const { port } = server.address() as { port: number };
  logger.info(`claims-ledger is serving on http://${config.host}:${port} (API docs: http://${config.host}:${port}/docs)`);
  // The XLSX writer (~0.4 s of loading in this thread) now, not in the first export's request, which held every other.
  loadXlsxWriter().catch((err: unknown) => logger.warn({ err }, 'could not load the XLSX writer ahead: the first XLSX export loads it'));

  // SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (closing keep-alive connections
  // as they fall idle), then close the pool and stop the embedded PostgreSQL. Requests still running after
  // SHUTDOWN_GRACE_MS are cut, and their transactions roll back.
  let stopping = false;
  // Without its PostgreSQL the server can only answer 503: exit non-zero, so that a supervisor restarts it
  // (the next start recovers the data folder, as after a crash).
  embedded?.onUnexpectedExit((reason) => {
    if (stopping) return;
    logger.fatal({ reason }, 'the embedded PostgreSQL stopped unexpectedly: exiting so that the server is restarted');
    process.exit(70);
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const grace = setTimeout(() => {
      logger.warn('requests still running after the grace period: closing their connections');
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    server.closeIdleConnections();
    await closed;
    clearInterval(idle);
    clearTimeout(grace);
    await db.destroy();
    if (embedded) await embedded.stop();
    logger.info('stopped');
    process.exit(0);
  };
  server.on('request', (_req, res: http.ServerResponse) => {
    if (stopping) res.setHeader('Connection', 'close');
  });
  process.removeListener('SIGINT', onSignalWhileStarting);
  process.removeListener('SIGTERM', onSignalWhileStarting);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  launcherGone = () => void stop('its launcher (npm start) is gone');
}

/** A start that cannot go on, said in one line (no stack: nothing in the code is at fault). */
class StartError extends Error {}

/** Where DATABASE_URL points, without the password. */
function databaseNamed(databaseUrl: string): string {
  try {
    const u = new URL(databaseUrl);
    return `the database at ${u.hostname}:${u.port || 5432}${u.pathname} (DATABASE_URL)`;
  } catch {
    return 'DATABASE_URL'; // an unparsable URL is named as the variable only
  }
}

/** Fails the start in one line when the database cannot be reached, naming where it was looked for (without the password). */
async function reachable(db: Db, databaseUrl: string | undefined): Promise<void> {
  try {
    await db.raw('select 1');
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : String(err);
    if (!databaseUrl) throw err;
    throw new StartError(`cannot reach ${databaseNamed(databaseUrl)}: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`);
  }
}

/**
 * Fails the start in one line that names the cause when the database will not write (a standby, or
 * default_transaction_read_only on): the migrations write first (knex takes its lock even when there are none to run),
 * and had failed saying only that knex_migrations_lock could not be updated "in a read-only transaction".
 */
async function writable(db: Db, databaseUrl: string | undefined): Promise<void> {
  const { rows } = await db.raw<{ rows: { read_only: boolean }[] }>(`SELECT current_setting('transaction_read_only') = 'on' AS read_only`);
  if (!rows[0].read_only) return;
  throw new StartError(
    `${databaseUrl ? databaseNamed(databaseUrl) : 'the database'} is read-only (a standby, or default_transaction_read_only on): ` +
      'the ledger writes its migrations when it starts, so point DATABASE_URL at a database it can write to',
  );
}

function debugLogging(): boolean {
  try {
    return loadConfig().logLevel === 'debug';
  } catch {
    return false;
  }
}

async function undoStart(): Promise<void> {
  await started.db?.destroy().catch(() => undefined);
  await started.embedded?.stop().catch(() => undefined);
}

main().catch(async (err) => {
  await undoStart();
  if (startStop.signal) {
    // Whatever the step in progress met (its own error, or StartStopped after it), the start was asked to stop.
    console.error(`claims-ledger stopped (${startStop.signal}) before it served: what it had started is stopped`);
    process.exit(0);
  }
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else if (err instanceof StartError || err instanceof DataFolderError || err instanceof MigrationLockError)
    console.error(`claims-ledger could not start: ${err.message}`);
  else if (debugLogging()) console.error(err);
  else
    console.error(`claims-ledger could not start: ${err instanceof Error ? err.message : String(err)} (LOG_LEVEL=debug shows the stack)`);
  process.exit(1);
});
