import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

test('defaults: embedded database in .data, port 3000, public reads', () => {
  const config = loadConfig({});
  expect(config).toMatchObject({
    databaseUrl: undefined,
    dataDir: path.resolve('.data'),
    port: 3000,
    readAccess: 'public',
    adminApiKey: undefined,
  });
  expect(Object.isFrozen(config)).toBe(true);
});

test('reads the environment it documents', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://u:p@db/x',
    DATA_DIR: '/var/lib/ledger',
    PORT: '8080',
    ADMIN_API_KEY: 'k',
    READ_ACCESS: 'key',
    BODY_LIMIT: '2048',
  });
  expect(config).toMatchObject({
    databaseUrl: 'postgres://u:p@db/x',
    dataDir: '/var/lib/ledger',
    port: 8080,
    adminApiKey: 'k',
    readAccess: 'key',
    bodyLimit: 2048,
  });
});

test.each([
  [{ PORT: 'abc' }, /PORT/],
  [{ PORT: '70000' }, /PORT/],
  [{ READ_ACCESS: 'private' }, /READ_ACCESS/],
  [{ BODY_LIMIT: '-1' }, /BODY_LIMIT/],
])('refuses %p with a message naming the variable', (env, message) => {
  expect(() => loadConfig(env)).toThrow(ConfigError);
  expect(() => loadConfig(env)).toThrow(message);
});

test('availability limits: defaults, and long work must leave connections to short requests', () => {
  expect(loadConfig({})).toMatchObject({
    database: {
      poolMax: 10,
      statementTimeoutMs: 5000,
      lockTimeoutMs: 4000,
      connectTimeoutMs: 3000,
      acquireTimeoutMs: 5000,
      pooler: 'none',
    },
    longWorkMax: 3,
    longWorkWaitMs: 20000,
    stallTimeoutMs: 30000,
    readTimeoutMs: 8000,
    headersTimeoutMs: 20000,
    connectionsPerAddress: 256,
  });
  expect(loadConfig({ DB_POOL_MAX: '20', LONG_WORK_MAX: '5', STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({
    database: { poolMax: 20, statementTimeoutMs: 0 },
    longWorkMax: 5,
  });
  expect(() => loadConfig({ DB_POOL_MAX: '4', LONG_WORK_MAX: '4' })).toThrow(/LONG_WORK_MAX/);
  expect(() => loadConfig({ STALL_TIMEOUT_MS: 'soon' })).toThrow(/STALL_TIMEOUT_MS/);
  expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '0' })).toThrow(/HEADERS_TIMEOUT_MS/);
  expect(loadConfig({ DATABASE_POOLER: 'transaction', MIGRATION_DATABASE_URL: 'postgres://direct/ledger' })).toMatchObject({
    database: { pooler: 'transaction' },
    migrationDatabaseUrl: 'postgres://direct/ledger',
  });
  expect(() => loadConfig({ DATABASE_POOLER: 'pgbouncer' })).toThrow(/DATABASE_POOLER/);
});
