import { Connection } from 'pg';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createTestApp, TestApp } from '../support/app';
import { downloadDataPackage } from '../support/datapackage';

/**
 * Round trips to PostgreSQL: every simple query (`Q`) and every execute of the extended protocol (one per
 * statement, and one per batch a cursor fetches) waits for the server once.
 */
function countRoundTrips(): { count(): number; restore(): void } {
  const proto = Connection.prototype as unknown as Record<'query' | 'execute', (...args: unknown[]) => unknown>;
  const original = { query: proto.query, execute: proto.execute };
  let n = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    n += 1;
    return original.query.apply(this, args);
  };
  proto.execute = function (this: unknown, ...args: unknown[]) {
    n += 1;
    return original.execute.apply(this, args);
  };
  return { count: () => n, restore: () => Object.assign(proto, original) };
}

let t: TestApp;
/** The same ledger served with batches of 3 rows. */
let small: TestApp['app'];
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  small = await createApp({ db: t.db, config: { ...loadConfig({ NODE_ENV: 'test' }), exportBatchSize: 3 } });
});
afterAll(() => t.drop());

/** The package without its creation time, which differs between downloads. */
const content = (files: Map<string, string>) =>
  [...files.entries()].map(([name, text]) => [
    name,
    name === 'datapackage.json' ? text.replace(/"(created|path)": "http[^"]+"|"created": "[^"]+"/g, '') : text,
  ]);

test('the data package reads a ledger smaller than a batch in a few round trips: the catalog once, every table at once', async () => {
  await downloadDataPackage(t.app); // warms the app's own caches (keys, vocabularies)
  const counter = countRoundTrips();
  try {
    await downloadDataPackage(t.app);
  } finally {
    counter.restore();
  }
  // SET statement_timeout, SET client_connection_check_interval (a statement of its own: a system may refuse it),
  // BEGIN + catalog, DECLARE + first batches, COMMIT, RESET (was 37 with a cursor per table).
  expect(counter.count()).toBeLessThanOrEqual(7);
});

test('tables larger than a batch are fetched batch by batch, and the package is the same whatever the batch size', async () => {
  const whole = await downloadDataPackage(t.app);
  const counter = countRoundTrips();
  let batched: Awaited<ReturnType<typeof downloadDataPackage>>;
  try {
    batched = await downloadDataPackage(small);
  } finally {
    counter.restore();
  }
  expect(content(batched.files)).toEqual(content(whole.files));
  const rows = [...whole.files.entries()].filter(([name]) => name.endsWith('.csv')).map(([, text]) => text.split('\r\n').length - 2);
  expect(rows.reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
  // One fetch per further batch of 3 rows, no more.
  const furtherBatches = rows.reduce((sum, n) => sum + Math.floor(n / 3), 0);
  expect(counter.count()).toBeLessThanOrEqual(7 + furtherBatches);
});
