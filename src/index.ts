import http from 'node:http';
import { loadSeed, isEmpty } from '../seeds/load';
import { createApp } from './app';
import { LedgerChanges } from './db/ledgerCache';
import { ConfigError, loadConfig } from './config';
import { createDb, migrate } from './db/knex';
import { EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded';
import { createLogger } from './http/logging';
import { clientErrorHandler } from './http/problem';
import { ensureAdminKey } from './keys/bootstrap';
import { KeyStore } from './keys/store';

const SHUTDOWN_GRACE_MS = 30_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'claims_ledger', log: (m) => logger.debug(m) });
    url = embedded.url;
  }
  const db = createDb(url, config.database);
  await migrate(db);
  if (await isEmpty(db)) {
    const { claims } = await loadSeed(db);
    logger.info({ claims }, 'loaded the seed data');
  }
  const keyFile = await ensureAdminKey(new KeyStore(db), config);
  if (keyFile) logger.info({ keyFile }, `created an admin API key; it is in ${keyFile}`);

  const app = await createApp({ db, config, logger });
  // ledger_changes kept short even when no request asks the ledger cache (VIEW_CACHE_ENTRIES=0).
  const changes = new LedgerChanges(db);
  setInterval(() => void changes.tick().catch(() => undefined), 60_000).unref();
  const server = http.createServer(app);
  server.on('clientError', clientErrorHandler);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as { port: number };
  logger.info(`claims-ledger is serving on http://${config.host}:${port} (API docs: http://${config.host}:${port}/docs)`);

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
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function debugLogging(): boolean {
  try {
    return loadConfig().logLevel === 'debug';
  } catch {
    return false;
  }
}

main().catch((err) => {
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else if (debugLogging()) console.error(err);
  else
    console.error(`claims-ledger could not start: ${err instanceof Error ? err.message : String(err)} (LOG_LEVEL=debug shows the stack)`);
  process.exit(1);
});
