import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import request from 'supertest';
import { generateLedger, insertMetrics, ledgerSize } from '../../bench/lib/generate';
import { copyTables, makeImportSet } from '../../bench/lib/importData';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createTestDb, TestDb } from '../support/db';

let t: TestDb;
let client: Client;
beforeAll(async () => {
  t = await createTestDb();
  client = new Client({ connectionString: t.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await t.drop();
});

const count = async (sql: string) => Number((await client.query(sql)).rows[0].count);

test('the generator fills the ledger’s schema with consistent, realistic rows the API serves', async () => {
  const size = { ...ledgerSize(2000), countries: 30 };
  await generateLedger(client, size);

  expect(await count('SELECT count(*) FROM claims')).toBe(2000);
  expect(await count('SELECT count(DISTINCT country) FROM claims')).toBeGreaterThan(20);
  expect(await count('SELECT count(DISTINCT metric) FROM claims')).toBe(20);
  expect(await count('SELECT count(DISTINCT approximation) FROM claims')).toBe(8);
  // Every claim keeps its provenance: 1 to 3 sources, each of an existing document.
  expect(
    await count('SELECT count(*) FROM (SELECT claim_id, count(*) n FROM claim_sources GROUP BY 1 HAVING count(*) NOT BETWEEN 1 AND 3) x'),
  ).toBe(0);
  expect(await count('SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id)')).toBe(0);
  expect(await count('SELECT count(*) FROM claim_sources s LEFT JOIN documents d ON d.id = s.document_id WHERE d.id IS NULL')).toBe(0);
  expect(await count('SELECT count(*) FROM claims c LEFT JOIN actors a ON a.id = c.claimant_id WHERE a.id IS NULL')).toBe(0);
  expect(await count('SELECT count(*) FROM claim_sources WHERE position > 0')).toBeGreaterThan(0);
  // Supersession: superseded claims are exactly those a claim of the same country and metric supersedes.
  expect(await count(`SELECT count(*) FROM claims WHERE status = 'superseded'`)).toBeGreaterThan(0);
  expect(
    await count(`SELECT count(*) FROM claims c WHERE c.status = 'superseded' AND NOT EXISTS
    (SELECT 1 FROM claim_relations r WHERE r.type = 'supersedes' AND r.related_claim_id = c.id)`),
  ).toBe(0);
  expect(
    await count(`SELECT count(*) FROM claim_relations r JOIN claims a ON a.id = r.claim_id JOIN claims b ON b.id = r.related_claim_id
    WHERE a.country <> b.country OR a.metric <> b.metric`),
  ).toBe(0);
  expect(await count(`SELECT count(*) FROM claims WHERE status = 'retracted' AND retraction_reason IS NOT NULL`)).toBe(40);
  expect(await count(`SELECT count(*) FROM revisions WHERE entity = 'claim' AND action = 'create'`)).toBe(2000);

  // Sequences continue after the generated ids, and the API serves the generated claims.
  const app = await createApp({ db: t.db, config: loadConfig({ NODE_ENV: 'test' }) });
  const {
    rows: [top],
  } = await client.query('SELECT country, metric FROM claims GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1');
  const res = await request(app).get(`/v1/claims?country=${top.country}&metric=${top.metric}&limit=5`).expect(200);
  expect(res.body.data.length).toBeGreaterThan(0);
  expect(res.body.data[0].sources[0].document.title).toMatch(/^Synthetic report/);
  expect(res.body.data[0].sources[0].quote).toContain(res.body.data[0].value_text);
  // The ledger as recorded now is the ledger now (but for the claimant's role, which the snapshots leave null): the
  // snapshots are claims as served, relations and documents included. Before, they had no relations and their
  // sources' documents no titles, and the claim's page as recorded answered 500.
  const at = encodeURIComponent(new Date().toISOString());
  const linked = (await client.query('SELECT claim_id FROM claim_relations ORDER BY id LIMIT 1')).rows[0].claim_id;
  const now = (await request(app).get(`/v1/claims?country=${top.country}&metric=${top.metric}&limit=50`).expect(200)).body.data;
  const then = (await request(app).get(`/v1/claims?country=${top.country}&metric=${top.metric}&limit=50&as_recorded=${at}`).expect(200))
    .body.data;
  const withoutRole = (c: { claimant: object }) => ({ ...c, claimant: { ...c.claimant, role: null, organization: null } });
  expect(then).toEqual(now.map(withoutRole));
  await request(app).get(`/claims/${linked}?as_recorded=${at}`).expect(200);
  expect((await request(app).get(`/v1/claims/${linked}`).expect(200)).body.relations.length).toBeGreaterThan(0);
  const {
    rows: [next],
  } = await client.query(`INSERT INTO actors (kind, name) VALUES ('person', 'After the generator') RETURNING id`);
  expect(Number(next.id)).toBe(size.publishers + size.claimants + 1);
});

test('the COPY baseline loads the same rows as the import file into a fresh ledger', async () => {
  const fresh = await createTestDb();
  const c = new Client({ connectionString: fresh.url });
  await c.connect();
  try {
    await insertMetrics(c);
    const set = makeImportSet(200, ['KZ', 'RU', 'TJ']);
    for (const table of copyTables(set)) {
      await pipeline(
        Readable.from(table.rows()),
        c.query(copyFrom(`COPY ${table.table} (${table.columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`)),
      );
    }
    const n = async (sql: string) => Number((await c.query(sql)).rows[0].count);
    expect(await n('SELECT count(*) FROM claims')).toBe(200);
    expect(await n('SELECT count(*) FROM claim_sources')).toBe(set.claims.reduce((sum, claim) => sum + claim.sources.length, 0));
    expect(await n(`SELECT count(*) FROM claim_relations WHERE type = 'supersedes'`)).toBe(
      set.claims.filter((claim) => claim.supersedes !== null).length,
    );
    expect(await n(`SELECT count(*) FROM claims WHERE approximation = 'range' AND value IS NULL AND value_low < value_high`)).toBe(
      set.claims.filter((claim) => claim.approximation === 'range').length,
    );
  } finally {
    await c.end();
    await fresh.drop();
  }
});
