import http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parse } from 'csv-parse';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { disconnectMidStream } from '../support/disconnect';

// A full collection before each memory reading, so that it measures what is held, not garbage waiting to be swept.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const CLAIMS = 4000;
const QUOTE_LENGTH = 600;
const BATCH = 50;

let t: TestApp;
let served: Listening;
let base: string;

beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { exportBatchSize: BATCH } });
  // Many claims, each with two sources: bulk rows made by PostgreSQL, so the test measures the export, not the set-up.
  await t.db.raw(
    `
    INSERT INTO claims (metric, country, group_slug, location, value, approximation, value_text, claimant_id, context, notes)
    SELECT 'foreign_fighters', 'KZ', 'islamic-state', '{SY}', n, 'exact', n || ' fighters', 4, 'bulk ' || n, repeat('note ', 20)
    FROM generate_series(1, ?) n`,
    [CLAIMS],
  );
  await t.db.raw(
    `
    INSERT INTO claim_sources (claim_id, document_id, quote, position)
    SELECT c.id, 1, p.pos || ': ' || repeat('quoted words, "with quotes" ', ?) || c.id, p.pos
    FROM claims c CROSS JOIN (VALUES (0), (1)) p(pos) WHERE c.context LIKE 'bulk %'`,
    [Math.ceil(QUOTE_LENGTH / 28)],
  );
  served = await listen(t.app);
  base = served.base;
});

afterAll(async () => {
  await served.close();
  await t.drop();
});

/** Backends of this test's database running (or holding open) the export query. */
async function exportBackends(): Promise<{ pid: number; state: string }[]> {
  const { rows } = await t.db.raw(`
    SELECT pid, state FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'select "c"."id" as "claim_id"%' AND state <> 'idle'`);
  return rows;
}

test('an export much larger than one cursor batch streams with flat memory, every row arriving', async () => {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  let bytes = 0;
  let nextReading = 0;
  let records = 0;
  let lastClaimId = '';
  await new Promise<void>((resolve, reject) => {
    http
      .get(`${base}/v1/export/claims?format=csv&country=KZ`, { agent: false }, (res) => {
        expect(res.statusCode).toBe(200);
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes >= nextReading) {
            gc();
            peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
            nextReading += 3 * 1024 * 1024;
          }
        });
        // A real CSV parser reads the whole stream as well.
        res
          .pipe(parse({ columns: true }))
          .on('data', (row: Record<string, string>) => {
            records++;
            lastClaimId = row.claim_id;
          })
          .on('end', resolve)
          .on('error', reject);
      })
      .on('error', reject);
  });
  expect(records).toBe(2 * CLAIMS + 7); // the bulk claims' two sources each, and the seed's seven KZ rows
  expect(Number(lastClaimId)).toBe(CLAIMS + 6);
  expect(bytes).toBeGreaterThan(2 * CLAIMS * QUOTE_LENGTH);
  // Streamed: what is held stays a small fraction of what was sent (about 6 MB; a buffered export would hold all of it and more).
  expect(peak).toBeLessThan(bytes / 3);
});

test('a client that disconnects mid-stream stops the query and gives the connection back', async () => {
  const pool = t.db.client.pool;
  const { during, after, inUse } = await disconnectMidStream(`${base}/v1/export/claims?format=ndjson`, exportBackends, pool);
  expect(during).toHaveLength(1);
  expect(after).toEqual([]);
  expect(inUse).toBe(0);
});

test('a client that disconnects from the data package download rolls its snapshot transaction back and frees the connection', async () => {
  const pool = t.db.client.pool;
  const snapshot = async () =>
    (
      await t.db.raw(`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NULL AND xact_start IS NOT NULL
      AND (query LIKE 'DECLARE package\\_%' OR query LIKE 'FETCH % FROM package\\_%')`)
    ).rows;
  const { res, during, after, inUse } = await disconnectMidStream(`${base}/v1/export/datapackage`, snapshot, pool);
  expect(res.headers['content-type']).toBe('application/zip');
  expect(during).toHaveLength(1);
  expect(after).toEqual([]);
  expect(inUse).toBe(0);
});
