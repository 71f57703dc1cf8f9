import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { downloadDataPackage } from '../support/datapackage';

/*
 * A create revision stores no `changes` (they repeat its snapshot) and serves them derived. Served identically
 * means: the same bytes as when the create's changes were stored as they used to be (every field of the snapshot
 * but id, version and the times, those not null, each from null) — which this test stores back to compare.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const TEXT = 'The ministry said that about 400 nationals had left to fight in Syria, and over 90 had come back.';

/** What a create stored as its changes before migration 20261203010000 (revisions/store.ts's diff from nothing). */
function changesAsStoredBefore(snapshot: Record<string, unknown>): Record<string, { from: null; to: unknown }> {
  return Object.fromEntries(
    Object.entries(snapshot)
      .filter(([k, v]) => !['id', 'version', 'created_at', 'updated_at'].includes(k) && v !== null)
      .map(([k, v]) => [k, { from: null, to: v }]),
  );
}

/** Everything that serves a claim's revisions: its history, the revision export (CSV and NDJSON) and the data package's revisions. */
async function served(claimId: number) {
  const history = await request(t.app).get(`/v1/claims/${claimId}/history`).expect(200);
  const { claimant_id: claimant } = await t.db('claims').where({ id: claimId }).first();
  const csv = await request(t.app).get(`/v1/export/claims?include=revisions&format=csv&claimant=${claimant}`).expect(200);
  const ndjson = await request(t.app).get(`/v1/export/claims?include=revisions&format=ndjson&claimant=${claimant}`).expect(200);
  const { files } = await downloadDataPackage(t.app);
  const packaged = (parse(files.get('data/revisions.csv')!, { columns: true }) as Record<string, string>[]).filter(
    (r) => r.entity === 'claim' && r.entity_id === String(claimId),
  );
  return { history: history.text, csv: csv.text, ndjson: ndjson.text, packaged };
}

async function expectServedAsBefore(claimId: number) {
  const [stored] = await t.db('revisions').where({ entity: 'claim', entity_id: claimId, action: 'create' });
  // Stored without its changes ...
  expect(stored.changes).toBeNull();
  const now = await served(claimId);
  const history = JSON.parse(now.history) as { revisions: { action: string; changes: Record<string, unknown> }[] };
  // ... served with every field of the snapshot, from null ...
  expect(history.revisions[0]).toMatchObject({ action: 'create', changes: changesAsStoredBefore(stored.snapshot) });
  expect(Object.keys(history.revisions[0].changes)).toEqual(expect.arrayContaining(['metric', 'country', 'value', 'claimant', 'sources']));
  expect(JSON.parse(now.packaged[0].changes)).toEqual(changesAsStoredBefore(stored.snapshot));
  // ... byte for byte as when a create stored them (a row written before the migration keeps its changes).
  await t
    .db('revisions')
    .where({ id: stored.id })
    .update({ changes: JSON.stringify(changesAsStoredBefore(stored.snapshot)) });
  try {
    expect(await served(claimId)).toEqual(now);
  } finally {
    await t.db('revisions').where({ id: stored.id }).update({ changes: null });
  }
}

test('a claim created through the API: its create revision is served as before, from its snapshot', async () => {
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'KZ',
      approximation: 'exact',
      value: 40,
      value_text: '40',
      claimant_id: 4,
      notes: 'API-made',
      sources: [{ document_id: 1, quote: (await t.db('claim_sources').where({ claim_id: 1 }).first()).quote }],
    })
    .expect(201);
  await expectServedAsBefore(claim.body.id);
});

test('a claim created by the bulk import: its create revision is served as before, from its snapshot', async () => {
  const body =
    [
      { type: 'actor', key: 'rev-moi', kind: 'government_agency', name: 'Revision Test Ministry', country: 'KZ' },
      { type: 'document', key: 'rev-doc', kind: 'statement', title: 'Ministry statement', publisher: 'rev-moi', text: TEXT },
      {
        type: 'claim',
        key: 'rev-400',
        metric: 'foreign_fighters',
        country: 'KZ',
        approximation: 'approximately',
        value: 400,
        value_text: 'about 400',
        as_of: '2015',
        claimant: 'rev-moi',
        sources: [{ document: 'rev-doc', quote: 'about 400 nationals had left' }],
      },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n') + '\n';
  await request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'application/x-ndjson').send(body).expect(200);
  const claim = await t.db('claims').where({ key: 'rev-400' }).first();
  await expectServedAsBefore(Number(claim.id));
  // Actors and documents are created the same way.
  const actor = await t
    .db('revisions')
    .where({ entity: 'actor', action: 'create' })
    .whereIn('entity_id', t.db('actors').select('id').where({ name: 'Revision Test Ministry' }))
    .first();
  expect(actor.changes).toBeNull();
});

test('only a create may be stored without its changes', async () => {
  const [rev] = await t.db('revisions').where({ action: 'update' }).limit(1);
  await expect(t.db('revisions').where({ id: rev.id }).update({ changes: null })).rejects.toThrow(/revisions_changes_stored/);
});
