import { Client } from 'pg';
import request from 'supertest';
import { generateLedger, insertMetrics, ledgerSize } from '../../bench/lib/generate';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createTestDb, TestDb } from '../support/db';

let t: TestDb;
let client: Client;
beforeAll(async () => {
  t = await createTestDb();
  client = new Client({ connectionString: t.url });
  await client.connect();
}, 600000);
afterAll(async () => { await client.end(); await t.drop(); });

test('timings', async () => {
  const n = Number(process.env.PERF_CLAIMS ?? 200000);
  await generateLedger(client, ledgerSize(n));
  void insertMetrics;
  const app = await createApp({ db: t.db, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }) });
  const claimId = (await client.query('SELECT id FROM claims ORDER BY id DESC LIMIT 1')).rows[0].id;
  const actorId = (await client.query('SELECT claimant_id FROM claims ORDER BY id DESC LIMIT 1')).rows[0].claimant_id;
  const docId = (await client.query('SELECT document_id FROM claim_sources ORDER BY id DESC LIMIT 1')).rows[0].document_id;
  const word = (await client.query("SELECT split_part(quote, ' ', 3) w FROM claim_sources LIMIT 1")).rows[0].w;
  const urls = ['/', `/?q=${word}`, '/?country=AF', `/claims/${claimId}`, `/actors/${actorId}`, `/documents/${docId}`, '/v1/claims?facets=country,metric,claimant,group,status,year'];
  for (const url of urls) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = process.hrtime.bigint();
      const res = await request(app).get(url).set('Accept', 'text/html');
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      if (res.status !== 200) console.log(url, res.status, res.text.slice(0, 300));
    }
    console.log(url, times.map((x) => x.toFixed(0)).join(' '));
  }
}, 900000);
