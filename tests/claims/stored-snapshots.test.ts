import { Writable } from 'node:stream';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/http/logging';
import { createValidator } from '../../src/validate';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';

/*
 * Revision snapshots are stored data of any age: written by an older version (before a field existed), restored or
 * repaired by hand, or made by the benchmark's generator (bench/lib/generate.ts), whose snapshots had no relations
 * and sources without their documents' titles. Every reader of them (the claim's page and the list as recorded, the
 * history's changes, the exports and views as recorded, an actor's or document's page as recorded) must serve a
 * snapshot it can complete and answer one it cannot as 503 `stored_data_damaged`, naming the record: it had answered
 * 500 (the claim's page), 400 `value_not_valid` (blaming the client for the ledger's own data), or served `"garbage"`
 * as a claim in the list.
 */
let t: TestApp;
let claimId: number;
let original: { id: number; snapshot: unknown }[];
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  claimId = (await t.db('claims').orderBy('id').first('id')).id;
  original = await t.db('revisions').where({ entity: 'claim', entity_id: claimId }).select('id', 'snapshot');
});
afterAll(() => t.drop());

/** Rewrites every snapshot of the claim with an SQL expression over `snapshot`; the instant after it, to read it as recorded. */
async function storeSnapshots(expression: string): Promise<string> {
  for (const o of original)
    await t
      .db('revisions')
      .where({ id: o.id })
      .update({ snapshot: JSON.stringify(o.snapshot) });
  await t.db.raw(`UPDATE revisions SET snapshot = ${expression} WHERE entity = 'claim' AND entity_id = ?`, [claimId]);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return encodeURIComponent(new Date().toISOString());
}

afterEach(() => storeSnapshots('snapshot'));

test('a snapshot written before some fields existed is served with them null or empty, as the schema says', async () => {
  const at = await storeSnapshots(
    `snapshot - 'relations' - 'retraction_reason' - 'credibility' - 'notes' - 'context'
       || jsonb_build_object('claimant', (snapshot->'claimant') - 'role' - 'organization')`,
  );
  const list = await request(t.app).get(`/v1/claims?as_recorded=${at}&limit=500`).expect(200);
  expect(() => createValidator().body('compare.json#/$defs/ClaimPage', list.body)).not.toThrow();
  const served = list.body.data.find((c: { id: number }) => c.id === claimId);
  expect(served).toMatchObject({ relations: [], retraction_reason: null, credibility: null, notes: null, context: null });
  expect(served.claimant).toMatchObject({ role: null, organization: null });
  const page = await request(t.app).get(`/claims/${claimId}?as_recorded=${at}`).expect(200);
  expect(page.text).toContain(served.value_text);
});

/** Snapshots no reader can take whole, each as an SQL expression over the stored one. */
const DAMAGED: [string, string][] = [
  // The benchmark generator's sources (bench/lib/generate.ts before this change): documents without their titles.
  [
    'sources whose documents have no title',
    `jsonb_set(snapshot, '{sources}', (SELECT jsonb_agg(jsonb_build_object('document', jsonb_build_object('id', x#>'{document,id}'), 'quote', x->'quote')) FROM jsonb_array_elements(snapshot->'sources') x))`,
  ],
  ['a value that is not a number', `jsonb_set(snapshot, '{value}', '"not a number"')`],
  ['relations that are not a list', `jsonb_set(snapshot, '{relations}', '{"a": 1}')`],
  ['sources that are not a list', `jsonb_set(snapshot, '{sources}', '{}')`],
  ['a snapshot of another claim', `jsonb_set(snapshot, '{id}', '987654')`],
  ['no claimant', `jsonb_set(snapshot, '{claimant}', 'null')`],
  ['a snapshot that is not an object', `'"garbage"'::jsonb`],
];

test.each(DAMAGED)(
  'a snapshot with %s is answered 503 stored_data_damaged, naming the claim, never 500 or 400',
  async (_what, expression) => {
    const at = await storeSnapshots(expression);
    const api = await request(t.app).get(`/v1/claims?as_recorded=${at}&limit=500`);
    expect({ status: api.status, type: api.type, code: api.body.code }).toEqual({
      status: 503,
      type: 'application/problem+json',
      code: 'stored_data_damaged',
    });
    expect(api.body.detail).toContain(`claim ${claimId}`);
    expect(api.text).not.toMatch(/\bat \w+ \(|SELECT|jsonb|invalid input/);
    // The claim's page as recorded, and the pages listing it as recorded.
    for (const url of [`/claims/${claimId}?as_recorded=${at}`, `/?as_recorded=${at}`]) {
      const page = await request(t.app).get(url);
      expect({ url, status: page.status, html: page.type }).toEqual({ url, status: 503, html: 'text/html' });
      expect(page.text).not.toMatch(/\bat \w+ \(|SELECT|jsonb/);
    }
    // Now, the ledger is served as it is: the claim's page too, whose history marks what it cannot read.
    await request(t.app).get(`/claims/${claimId}`).expect(200);
    await request(t.app).get('/v1/claims?limit=500').expect(200);
  },
);

test('SQL readers of snapshots (exports, views as recorded, the history) answer 503 stored_data_damaged, not 400', async () => {
  const at = await storeSnapshots(`jsonb_set(snapshot, '{value}', '"not a number"')`);
  const urls = [
    `/v1/export/claims?format=csv&as_recorded=${at}`,
    `/v1/export/claims?format=ndjson&as_recorded=${at}`,
    `/v1/export/claims?format=xlsx&as_recorded=${at}`,
    `/v1/compare/sources?as_recorded=${at}&metric=foreign_fighters&country=KZ`,
    `/v1/compare/timeline?as_recorded=${at}&metric=foreign_fighters&country=KZ`,
    `/v1/claims?as_recorded=${at}&facets=country`,
  ];
  const answers = [];
  for (const url of urls) {
    const res = await request(t.app).get(url);
    answers.push({ url, status: res.status, code: res.body.code });
  }
  expect(answers).toEqual(urls.map((url) => ({ url, status: 503, code: 'stored_data_damaged' })));
  // A snapshot that is not an object: the history's changes are derived from it in SQL (revision_changes).
  await storeSnapshots(`'[1, 2]'::jsonb`);
  for (const url of [`/v1/claims/${claimId}/history`, '/v1/export/claims?format=csv&include=revisions']) {
    const res = await request(t.app).get(url);
    expect({ url, status: res.status, code: res.body.code }).toEqual({ url, status: 503, code: 'stored_data_damaged' });
  }
});

test.each([
  ['that is not an object', `'"garbage"'::jsonb`],
  ['of another claim', `jsonb_set(snapshot, '{id}', '987654')`],
])('a snapshot %s stops the exports and views as recorded with 503 naming the claim, never a 200 without it', async (_what, expression) => {
  const at = await storeSnapshots(expression);
  const { metric, country } = await t.db('claims').where({ id: claimId }).first('metric', 'country');
  const urls = [
    `/v1/export/claims?format=csv&as_recorded=${at}`,
    `/v1/export/claims?format=ndjson&as_recorded=${at}`,
    `/v1/compare/sources?as_recorded=${at}&metric=${metric}&country=${country}`,
    `/v1/compare/timeline?as_recorded=${at}&metric=${metric}&country=${country}`,
    `/v1/claims?as_recorded=${at}&facets=country`,
  ];
  const answers = [];
  for (const url of urls) {
    const res = await request(t.app).get(url);
    answers.push({ url, status: res.status, code: res.body.code, named: String(res.body.detail).includes(`claim ${claimId}, revision`) });
  }
  expect(answers).toEqual(urls.map((url) => ({ url, status: 503, code: 'stored_data_damaged', named: true })));
  for (const url of [`/compare/sources?as_recorded=${at}&metric=${metric}&country=${country}`, `/countries/${country}?as_recorded=${at}`]) {
    expect({ url, status: (await request(t.app).get(url)).status }).toEqual({ url, status: 503 });
  }
});

test('a damaged past revision is marked on the claim page, which serves the claim as it is; the history API answers 503 naming it', async () => {
  // Another claim than the one the tests above damage whole: this one gets a revision of its own.
  const { id } = await t.db('claims').whereNot({ id: claimId }).orderBy('id').first('id');
  const before = await request(t.app).get(`/v1/claims/${id}`).expect(200);
  await request(t.app)
    .patch(`/v1/claims/${id}`)
    .set(t.as.editor)
    .set('If-Match', `"v${before.body.version}"`)
    .send({ reason: 'a test edit', notes: 'Checked against the recording.' })
    .expect(200);
  const revisions = await t.db('revisions').where({ entity: 'claim', entity_id: id }).orderBy('version').select('id', 'version', 'action');
  const [created, edited] = [revisions[0], revisions[revisions.length - 1]];
  expect([created.action, edited.action]).toEqual(['create', 'update']);
  // A create's changes are read from its snapshot (revision_changes): one that is not an object leaves them unreadable;
  // an edit's are stored, here as JSON null.
  await t.db.raw(`UPDATE revisions SET snapshot = '"garbage"' WHERE id = ?`, [created.id]);
  await t.db.raw(`UPDATE revisions SET changes = 'null' WHERE id = ?`, [edited.id]);
  const history = await request(t.app).get(`/v1/claims/${id}/history`);
  expect({ status: history.status, type: history.type, code: history.body.code }).toEqual({
    status: 503,
    type: 'application/problem+json',
    code: 'stored_data_damaged',
  });
  expect(history.body.detail).toContain(`(claim ${id}, revision ${created.version}, at /changes)`);
  const claim = await request(t.app).get(`/v1/claims/${id}`).expect(200);
  const page = await request(t.app).get(`/claims/${id}`).expect(200);
  expect(page.text).toContain(claim.body.value_text);
  expect(page.text).toContain('Checked against the recording.');
  for (const source of claim.body.sources as { quote: string }[]) expect(page.text).toContain(source.quote.slice(0, 40));
  const marked = [...page.text.matchAll(/<p class="damaged">(.*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
  expect(marked).toEqual(
    [created, edited].map((r) => expect.stringContaining(`cannot be shown (claim ${id}, revision ${r.version}, at /changes)`)),
  );
  expect(page.text).not.toMatch(/\bat \w+ \(|SELECT|jsonb/);
});

test('a revision whose stored changes are not an object of changes stops the revisions export, never a 200 serving them', async () => {
  const { id } = await t.db('claims').whereNot({ id: claimId }).orderBy('id', 'desc').first('id');
  const before = await request(t.app).get(`/v1/claims/${id}`).expect(200);
  await request(t.app)
    .patch(`/v1/claims/${id}`)
    .set(t.as.editor)
    .set('If-Match', `"v${before.body.version}"`)
    .send({ reason: 'a test edit', notes: 'Checked twice.' })
    .expect(200);
  const edited = await t.db('revisions').where({ entity: 'claim', entity_id: id }).orderBy('version', 'desc').first('id', 'version');
  const url = `/v1/export/claims?include=revisions&claimant=${before.body.claimant.id}`;
  for (const changes of [`'"value"'`, `'[1, 2]'`, `'null'`, `'{"value": 5}'`]) {
    await t.db.raw(`UPDATE revisions SET changes = ${changes}::jsonb WHERE id = ?`, [edited.id]);
    for (const format of ['csv', 'ndjson']) {
      // Refused before its first byte (a 503 naming the revision), or broken off after it: never whole.
      const answer = await request(t.app)
        .get(`${url}&format=${format}`)
        .then(
          (res) => ({ status: res.status, detail: String(res.body?.detail) }),
          (err: Error) => ({ broken: err.message }),
        );
      expect({ changes, format, answer }).toEqual({
        changes,
        format,
        answer: expect.objectContaining(
          'broken' in answer
            ? { broken: 'aborted' }
            : { status: 503, detail: expect.stringContaining(`(claim ${id}, revision ${edited.version}, at /changes`) },
        ),
      });
    }
  }
});

test('the claim page logs its damaged past revisions once, naming the claim and revisions, never what they store', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = await createApp({ db: t.db, config: loadConfig({ NODE_ENV: 'test' }), logger: createLogger('info', sink) });
  const created = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ notes: 'Logged claim.' }))
    .expect(201);
  const id = created.body.id as number;
  await request(t.app)
    .patch(`/v1/claims/${id}`)
    .set(t.as.editor)
    .set('If-Match', '"v1"')
    .send({ reason: 'a test edit', notes: 'Edited once.' })
    .expect(200);
  await request(t.app)
    .patch(`/v1/claims/${id}`)
    .set(t.as.editor)
    .set('If-Match', '"v2"')
    .send({ reason: 'a test edit', notes: 'Edited twice.' })
    .expect(200);
  // The first edit's changes are stored as a list, the second's name a field of stored words that is no change.
  await t.db.raw(`UPDATE revisions SET changes = '[1, 2]' WHERE entity = 'claim' AND entity_id = ? AND version = 2`, [id]);
  await t.db.raw(`UPDATE revisions SET changes = '{"private words": 5}' WHERE entity = 'claim' AND entity_id = ? AND version = 3`, [id]);

  const page = await request(app).get(`/claims/${id}`).expect(200);
  expect(page.text).toContain('Edited twice.');
  const damaged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'stored data cannot be read');
  expect(damaged).toEqual([
    expect.objectContaining({ level: 50, method: 'GET', url: `/claims/${id}`, detail: `claim ${id}, revision 2, revision 3` }),
  ]);
  expect(JSON.stringify(damaged)).not.toMatch(/private words|Edited|Logged claim/);
  // A page whose history is whole logs nothing of it.
  await request(app).get(`/claims/${claimId}`);
  expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'stored data cannot be read')).toHaveLength(1);
});
