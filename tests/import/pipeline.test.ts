import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

// One pipeline prepares every new claim (POST /v1/claims, the bulk import, the seed): the same input breaks
// the same rules with the same messages; the import names the line and its own field names (references by
// key or id: /claimant for /claimant_id, /sources/0/document for /sources/0/document_id).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const TEXT = 'Officials said 150 women had travelled to the region, and 30 of them had returned home by spring.';
let claimant: number;
let document: number;
let stored: number;

beforeAll(async () => {
  claimant = (
    await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'government_agency', name: 'Pipeline Test Office' }).expect(201)
  ).body.id;
  document = (
    await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ kind: 'statement', title: 'Pipeline statement', text: TEXT })
      .expect(201)
  ).body.id;
  stored = (await request(t.app).post('/v1/claims').set(t.as.editor).send(apiClaim({})).expect(201)).body.id;
});

type Body = Record<string, unknown>;
const good = () => ({
  metric: 'women',
  country: 'KZ',
  approximation: 'exact',
  value: 150,
  value_text: '150 women',
  as_of: '2016',
  sources: [{ quote: '150 women had travelled' }] as { quote: string; document?: number }[],
});
function apiClaim(changes: Body): Body {
  const { sources, ...rest } = { ...good(), ...changes } as ReturnType<typeof good> & Body;
  return { ...rest, claimant_id: claimant, sources: sources.map((s) => ({ document_id: s.document ?? document, quote: s.quote })) };
}
function importLine(changes: Body): Body {
  const { sources, relations, ...rest } = { ...good(), ...changes } as ReturnType<typeof good> &
    Body & { relations?: { type: string; claim_id: number }[] };
  return {
    type: 'claim',
    ...rest,
    claimant,
    sources: sources.map((s) => ({ document: s.document ?? document, quote: s.quote })),
    ...(relations && { relations: relations.map((r) => ({ type: r.type, claim: r.claim_id })) }),
  };
}
const asImportField = (field: string) => field.replace(/^\/claimant_id$/, '/claimant').replace(/\/(document|claim)_id$/, '/$1');

const BAD: [string, () => Body][] = [
  ['an unknown metric', () => ({ metric: 'no_such_metric' })],
  ['an unknown country', () => ({ country: 'Atlantis' })],
  ['an unknown group', () => ({ group: 'no such group' })],
  ['an unknown place of the theatre', () => ({ location: ['SY', 'Narnia'] })],
  ['a quote the text does not hold', () => ({ sources: [{ quote: '150 men had travelled' }] })],
  ['a repeated source', () => ({ sources: [{ quote: '150 women' }, { quote: '150 women' }] })],
  ['a value outside its bounds', () => ({ approximation: 'approximately', value: 200, value_low: 100, value_high: 150 })],
  ['a range without bounds', () => ({ approximation: 'range', value: null })],
  ['a figure that needs a value', () => ({ approximation: 'at_least', value: null })],
  ['bounds in the wrong order', () => ({ approximation: 'range', value: null, value_low: 50, value_high: 10 })],
  [
    'a repeated relation',
    () => ({
      relations: [
        { type: 'corroborates', claim_id: stored },
        { type: 'corroborates', claim_id: stored },
      ],
    }),
  ],
  ['several problems at once', () => ({ metric: 'nope', country: 'Atlantis', sources: [{ quote: 'not there' }] })],
];

test.each(BAD)(
  '%s: the API and an import line give the same field errors and codes, the import at its line; nothing is written',
  async (_name, bad) => {
    const before = await tableChecksums(t.db);
    const api = await request(t.app).post('/v1/claims').set(t.as.editor).send(apiClaim(bad())).expect(422);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(api.body.errors.length).toBeGreaterThan(0);

    const lines = [{ type: 'actor', key: 'pipeline-person', kind: 'person', name: 'Pipeline Person' }, importLine({}), importLine(bad())];
    const imported = await request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .send(lines.map((l) => JSON.stringify(l)).join('\n'))
      .expect(422);
    expect(imported.body.errors).toEqual(
      api.body.errors.map((e: { field: string; message: string; code?: string }) => ({
        line: 3,
        field: asImportField(e.field),
        message: e.message,
        ...(e.code ? { code: e.code } : {}),
      })),
    );
    expect(await tableChecksums(t.db)).toEqual(before);
  },
);

test('the same good input makes the same claim and create revision through the API and through an import', async () => {
  const input = { ...good(), key: undefined, location: ['Syria'], group: 'ISIS', context: 'in 2016', credibility: 2, notes: 'pipeline' };
  const viaApi = (
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({ ...apiClaim(input), key: 'pipe-api' })
      .expect(201)
  ).body;
  await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(JSON.stringify({ ...importLine(input), key: 'pipe-import' }))
    .expect(200);
  const row = await t.db('claims').where({ key: 'pipe-import' }).first();
  const viaImport = (await request(t.app).get(`/v1/claims/${row.id}`).expect(200)).body;
  const comparable = (c: Body) => ({ ...c, id: 0, key: null, created_at: null, updated_at: null });
  expect(comparable(viaImport)).toEqual(comparable(viaApi));
  expect(viaImport).toMatchObject({ group: 'islamic-state', location: ['SY'], country: 'KZ', status: 'active', version: 1 });
  const snapshots = await t
    .db('revisions')
    .where({ entity: 'claim', action: 'create' })
    .whereIn('entity_id', [viaApi.id, row.id])
    .orderBy('entity_id')
    .select('snapshot', 'changes');
  expect(snapshots.map((s) => s.changes)).toEqual([null, null]);
  expect(comparable(snapshots[1].snapshot)).toEqual(comparable(snapshots[0].snapshot));
  expect(snapshots[0].snapshot).toEqual(viaApi);
});

test('a claim after a line that changes its document or claimant is checked against, and shows, the changed record', async () => {
  const res = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(
      [
        { type: 'actor', key: 'cache-office', kind: 'government_agency', name: 'Cache Office' },
        { type: 'document', key: 'cache-doc', kind: 'statement', title: 'First title', text: 'At first 10 had left.' },
        {
          type: 'claim',
          key: 'cache-1',
          metric: 'women',
          country: 'KZ',
          approximation: 'exact',
          value: 10,
          value_text: '10',
          claimant: 'cache-office',
          sources: [{ document: 'cache-doc', quote: '10 had left' }],
        },
        { type: 'document', key: 'cache-doc', kind: 'statement', title: 'Second title', text: 'At first 10 had left. Later 20 had left.' },
        { type: 'actor', key: 'cache-office', kind: 'government_agency', name: 'Cache Office, renamed' },
        {
          type: 'claim',
          key: 'cache-2',
          metric: 'women',
          country: 'KZ',
          approximation: 'exact',
          value: 20,
          value_text: '20',
          claimant: 'cache-office',
          sources: [{ document: 'cache-doc', quote: '20 had left' }],
        },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    )
    .expect(200);
  expect(res.body.claims).toEqual({ created: 2, updated: 0, unchanged: 0 });
  const row = await t.db('claims').where({ key: 'cache-2' }).first();
  const claim = (await request(t.app).get(`/v1/claims/${row.id}`).expect(200)).body;
  expect(claim.claimant.name).toBe('Cache Office, renamed');
  expect(claim.sources[0]).toMatchObject({ document: { title: 'Second title' }, start: 'At first 10 had left. Later '.length });
  const [created] = await t.db('revisions').where({ entity: 'claim', entity_id: row.id, action: 'create' }).select('snapshot');
  expect({ ...created.snapshot, created_at: null, updated_at: null }).toEqual({ ...claim, created_at: null, updated_at: null });
});

test('a claim the import supersedes gets the revision the API writes: its status, by the superseding claim', async () => {
  const old = (
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({ ...apiClaim({ value: 150 }), key: 'sup-old' })
      .expect(201)
  ).body;
  await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(JSON.stringify({ ...importLine({ relations: [{ type: 'supersedes', claim_id: old.id }] }), key: 'sup-new' }))
    .expect(200);
  const superseding = await t.db('claims').where({ key: 'sup-new' }).first();
  const revisions = await t.db('revisions').where({ entity: 'claim', entity_id: old.id }).orderBy('version');
  expect(revisions.map((r) => [r.version, r.action, r.reason, r.snapshot.status])).toEqual([
    [1, 'create', null, 'active'],
    [2, 'update', `superseded by claim ${superseding.id}`, 'superseded'],
  ]);
});
