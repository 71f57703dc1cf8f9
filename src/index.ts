import http from 'node:http';
import pino from 'pino';
import { loadSeed, isEmpty } from '../seeds/load';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createDb, migrate } from './db/knex';
import { EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded';
import { ensureAdminKey } from './keys/bootstrap';
import { KeyStore } from './keys/store';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'claims_ledger', log: (m) => logger.debug(m) });
    url = embedded.url;
  }
  const db = createDb(url);
  await migrate(db);
  if (await isEmpty(db)) {
    const { claims } = await loadSeed(db);
    logger.info({ claims }, 'loaded the seed data');
  }
  const keyFile = await ensureAdminKey(new KeyStore(db), config);
  if (keyFile) logger.info({ keyFile }, `created an admin API key; it is in ${keyFile}`);

  const app = await createApp({ db, config, logger });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as { port: number };
  logger.info(`claims-ledger is serving on http://${config.host}:${port} (API docs: http://${config.host}:${port}/docs)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.destroy();
    if (embedded) await embedded.stop();
    logger.info('stopped');
    process.exit(0);
  };
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
  else console.error(`claims-ledger could not start: ${err instanceof Error ? err.message : String(err)} (LOG_LEVEL=debug shows the stack)`);
  process.exit(1);
});
