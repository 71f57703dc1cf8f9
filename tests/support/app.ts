import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Knex } from 'knex';
import { createApp } from '../../src/app';
import { Config, loadConfig } from '../../src/config';
import type { ExtractPool } from '../../src/extract/pool';
import { ConnectionLimits, createLedgerServer } from '../../src/http/server';
import { KeyStore } from '../../src/keys/store';
import { createTestDb, TestDb } from './db';

export interface TestApp extends TestDb {
  app: Express;
  keys: { admin: string; editor: string; reader: string };
  /** Authorization headers for each role. */
  as: { admin: { Authorization: string }; editor: { Authorization: string }; reader: { Authorization: string } };
}

/** The real app on a database of its own, optionally with the seed data, and one key per role (`knexLog`: see knexWarnings). */
export async function createTestApp(
  options: { seed?: boolean; config?: Partial<Config>; knexLog?: Knex.Logger; extractPool?: ExtractPool } = {},
): Promise<TestApp> {
  const testDb = await createTestDb({ seed: options.seed, log: options.knexLog });
  const store = new KeyStore(testDb.db);
  const keys = {
    admin: (await store.create('test admin', 'admin')).secret,
    editor: (await store.create('test editor', 'editor')).secret,
    reader: (await store.create('test reader', 'reader')).secret,
  };
  const config = { ...loadConfig({ NODE_ENV: 'test' }), ...options.config };
  const app = await createApp({ db: testDb.db, config, extractPool: options.extractPool });
  const bearer = (k: string) => ({ Authorization: `Bearer ${k}` });
  return { ...testDb, app, keys, as: { admin: bearer(keys.admin), editor: bearer(keys.editor), reader: bearer(keys.reader) } };
}

export interface Listening {
  server: http.Server;
  /** http://127.0.0.1:<port> */
  base: string;
  close(): Promise<void>;
}

/**
 * The app on a free loopback port, for tests that need a real socket (streaming, hang-ups, scripts): on the server
 * src/index.ts serves on, with its limits on connections (HEADERS_TIMEOUT_MS's default unless given).
 */
export async function listen(app: Express, limits: Partial<ConnectionLimits> = {}): Promise<Listening> {
  const server = createLedgerServer(app, { headersTimeoutMs: loadConfig({ NODE_ENV: 'test' }).headersTimeoutMs, ...limits });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A seeded app served on a free port for a whole test file: created and listening before its tests, closed and its
 * database dropped after them. Read `served.t` and `served.server` inside the tests (they are set in beforeAll).
 */
export function servedApp(): { t: TestApp; server: Listening } {
  const served = {} as { t: TestApp; server: Listening };
  beforeAll(async () => {
    served.t = await createTestApp({ seed: true });
    served.server = await listen(served.t.app);
  });
  afterAll(async () => {
    await served.server.close();
    await served.t.drop();
  });
  return served;
}
