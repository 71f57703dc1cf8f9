import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const DAMAGE: [string, string][] = [
  ['garbage', `'"garbage"'::jsonb`],
  ['value', `jsonb_set(snapshot, '{value}', '"x"')`],
  ['id', `jsonb_set(snapshot, '{id}', '99999')`],
  ['sources', `jsonb_set(snapshot, '{sources}', '{}')`],
];

test('sweep', async () => {
  const orig = (await t.db.raw(`SELECT id, snapshot FROM revisions WHERE entity='claim' AND entity_id=4`)).rows;
  const c = await t.db('claims').where({ id: 4 }).first();
  for (const [name, expr] of DAMAGE) {
    for (const o of orig) await t.db('revisions').where({ id: o.id }).update({ snapshot: JSON.stringify(o.snapshot) });
    await t.db.raw(`UPDATE revisions SET snapshot = ${expr} WHERE entity='claim' AND entity_id=4`);
    await new Promise((r) => setTimeout(r, 5));
    const at = encodeURIComponent(new Date().toISOString());
    const urls = [
      `/v1/claims`, `/v1/claims?as_recorded=${at}`, `/v1/claims/4`, `/v1/claims/4?as_recorded=${at}`, `/v1/claims/4/history`,
      `/v1/claims/4/citation`, `/v1/claims/4/citation?as_recorded=${at}`, `/v1/claims/4/citation?format=bibtex`,
      `/v1/compare/countries?metric=${c.metric}&as_recorded=${at}`, `/v1/compare/sources?metric=${c.metric}&country=${c.country}&as_recorded=${at}`,
      `/v1/compare/timeline?metric=${c.metric}&country=${c.country}&as_recorded=${at}`,
      `/v1/compare/sources/citation?metric=${c.metric}&country=${c.country}&as_recorded=${at}`,
      `/`, `/?as_recorded=${at}`, `/claims/4`, `/claims/4?as_recorded=${at}`, `/claims/4/history`,
      `/compare/sources?metric=${c.metric}&country=${c.country}&as_recorded=${at}`, `/compare/timeline?metric=${c.metric}&country=${c.country}&as_recorded=${at}`,
      `/compare/countries?metric=${c.metric}&as_recorded=${at}`, `/countries/${c.country}?as_recorded=${at}`, `/countries/${c.country}`,
      `/actors/${c.claimant_id}?as_recorded=${at}`, `/documents/1?as_recorded=${at}`,
      `/v1/actors/${c.claimant_id}?as_recorded=${at}`, `/v1/documents/1?as_recorded=${at}`,
      `/v1/export/claims?format=ndjson&include=revisions`, `/v1/export/claims?format=csv&as_recorded=${at}`, `/v1/export/datapackage`,
    ];
    for (const url of urls) {
      const res = await request(t.app).get(url);
      const code = res.type.includes('json') && res.body ? res.body.code : '';
      process.stderr.write(`SWEEP ${name} ${res.status} ${code ?? ''} ${url}\n`);
    }
  }
}, 300000);
