import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const post = (lines: unknown[]) =>
  request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(lines.map((l) => JSON.stringify(l)).join('\n'));
const actorByName = async (name: string) => {
  const row = await t.db('actors').where({ name }).first();
  return (await request(t.app).get(`/v1/actors/${row.id}`).expect(200)).body;
};

const ORGS = [
  { type: 'actor', key: 'org-knb', kind: 'government_agency', name: 'Affiliation Test Committee' },
  { type: 'actor', key: 'org-moi', kind: 'government_agency', name: 'Affiliation Test Ministry' },
];

test('an actor line may list roles by organization key; an affiliation line adds one, or sets the dates of a role held', async () => {
  const first = await post([
    ...ORGS,
    {
      type: 'actor',
      key: 'p-chief',
      kind: 'person',
      name: 'Test Chief',
      affiliations: [{ organization: 'org-knb', role: 'deputy chairman', from: '2012', to: '2016-03' }],
    },
    { type: 'affiliation', person: 'p-chief', organization: 'org-moi', role: 'minister', from: '2016-04', reason: 'appointed' },
  ]).expect(200);
  expect(first.body.actors).toEqual({ created: 3, updated: 1, unchanged: 0 });
  const chief = await actorByName('Test Chief');
  expect(chief.affiliations).toEqual([
    { organization: { id: expect.any(Number), name: 'Affiliation Test Committee' }, role: 'deputy chairman', from: '2012', to: '2016-03' },
    { organization: { id: expect.any(Number), name: 'Affiliation Test Ministry' }, role: 'minister', from: '2016-04', to: null },
  ]);
  const revisions = await t.db('revisions').where({ entity: 'actor', entity_id: chief.id }).orderBy('version');
  expect(revisions.map((r) => [r.version, r.action, r.reason])).toEqual([
    [1, 'create', null],
    [2, 'update', 'appointed'],
  ]);

  // The same lines again change nothing; a role held gets its new dates, not a second entry.
  const again = await post([
    ...ORGS,
    { type: 'affiliation', person: 'p-chief', organization: 'org-moi', role: 'minister', from: '2016-04' },
  ]).expect(200);
  expect(again.body.actors).toEqual({ created: 0, updated: 0, unchanged: 3 });
  const ended = await post([
    { type: 'affiliation', person: chief.id, organization: 'org-moi', role: 'minister', from: '2016-04', to: '2019' },
  ]).expect(200);
  expect(ended.body.actors).toEqual({ created: 0, updated: 1, unchanged: 0 });
  expect((await actorByName('Test Chief')).affiliations.map((a: { role: string; to: string | null }) => [a.role, a.to])).toEqual([
    ['deputy chairman', '2016-03'],
    ['minister', '2019'],
  ]);
});

test('a claim imported after its claimant’s roles shows the role held when the figure was stated', async () => {
  await post([
    ...ORGS,
    { type: 'actor', key: 'p-spokes', kind: 'person', name: 'Test Spokesman' },
    { type: 'affiliation', person: 'p-spokes', organization: 'org-moi', role: 'spokesman', from: '2014', to: '2015' },
    { type: 'affiliation', person: 'p-spokes', organization: 'org-knb', role: 'adviser', from: '2016' },
    { type: 'document', key: 'aff-doc', kind: 'statement', title: 'Affiliation statement', text: 'He said 40 had returned.' },
    {
      type: 'claim',
      key: 'aff-claim',
      metric: 'returnees',
      country: 'KZ',
      approximation: 'exact',
      value: 40,
      value_text: '40',
      stated_on: '2014-06',
      claimant: 'p-spokes',
      sources: [{ document: 'aff-doc', quote: '40 had returned' }],
    },
  ]).expect(200);
  const row = await t.db('claims').where({ key: 'aff-claim' }).first();
  const claim = (await request(t.app).get(`/v1/claims/${row.id}`).expect(200)).body;
  expect(claim.claimant).toMatchObject({ name: 'Test Spokesman', role: 'spokesman', organization: { name: 'Affiliation Test Ministry' } });
});

test('bad affiliations are reported by line and field, and nothing is written', async () => {
  await post([...ORGS, { type: 'actor', key: 'p-other', kind: 'person', name: 'Test Other' }]).expect(200);
  const before = await tableChecksums(t.db);
  const res = await post([
    { type: 'affiliation', person: 'p-other', organization: 'no-such-org', role: 'member' },
    { type: 'affiliation', person: 'no-such-person', organization: 'org-moi', role: 'member' },
    { type: 'affiliation', person: 'p-other', organization: 'p-other', role: 'member' },
    { type: 'affiliation', person: 'org-knb', organization: 'org-moi', role: 'member' },
    { type: 'affiliation', person: 'p-other', organization: 'org-moi', role: 'member', from: '2015', to: '2014' },
    { type: 'affiliation', person: 'p-other', organization: 'org-moi' },
    { type: 'actor', kind: 'person', name: 'Test Third', affiliations: [{ organization: 'missing-org', role: 'member' }] },
  ]).expect(422);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  const errors = res.body.errors.map((e: { line: number; field: string; message: string }) => [e.line, e.field, e.message]);
  expect(errors).toEqual(
    expect.arrayContaining([
      [1, '/organization', 'actor key "no-such-org" is not defined on an earlier line nor stored'],
      [2, '/person', 'actor key "no-such-person" is not defined on an earlier line nor stored'],
      [6, '/role', "must have required property 'role'"],
      [7, '/affiliations/0/organization', 'actor key "missing-org" is not defined on an earlier line nor stored'],
    ]),
  );
  expect(await tableChecksums(t.db)).toEqual(before);

  // Each rule of the actor service, one line at a time (a failing line stops the writing of those after it).
  const one = async (line: unknown) =>
    (await post([line]).expect(422)).body.errors.map((e: { line: number; field: string; message: string }) => [e.line, e.field, e.message]);
  expect(await one({ type: 'affiliation', person: 'p-other', organization: 'p-other', role: 'member' })).toEqual([
    [1, '/organization', 'must be an organization'],
  ]);
  expect(await one({ type: 'affiliation', person: 'org-knb', organization: 'org-moi', role: 'member' })).toEqual([
    [1, '/person', 'only persons have affiliations'],
  ]);
  expect(await one({ type: 'affiliation', person: 'p-other', organization: 'org-moi', role: 'member', from: '2015', to: '2014' })).toEqual([
    [1, '/to', 'must not be before from'],
  ]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('new actors are written together; a bad one among them is reported at its line, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const res = await post([
    { type: 'actor', key: 'bulk-1', kind: 'ngo', name: 'Bulk One' },
    { type: 'actor', key: 'bulk-2', kind: 'ngo', name: 'Bulk Two', country: 'Atlantis' },
    { type: 'actor', key: 'bulk-3', kind: 'ngo', name: 'Bulk Three' },
    { type: 'document', kind: 'statement', title: 'Bulk statement', publisher: 'bulk-3' },
  ]).expect(422);
  expect(res.body.errors).toEqual([
    { line: 2, field: '/country', message: '"Atlantis" is not a known country or region', code: 'unknown_place' },
  ]);
  expect(await tableChecksums(t.db)).toEqual(before);

  const ok = await post([
    { type: 'actor', key: 'bulk-1', kind: 'ngo', name: 'Bulk One' },
    { type: 'actor', key: 'bulk-2', kind: 'ngo', name: 'Bulk Two', country: 'Kazakhstan', reason: 'listed' },
    { type: 'document', key: 'bulk-doc', kind: 'statement', title: 'Bulk statement', publisher: 'bulk-2' },
  ]).expect(200);
  expect(ok.body.actors).toEqual({ created: 2, updated: 0, unchanged: 0 });
  const two = await actorByName('Bulk Two');
  expect(two).toMatchObject({ country: 'KZ', version: 1, affiliations: [] });
  const revisions = await t.db('revisions').where({ entity: 'actor', entity_id: two.id });
  expect(revisions.map((r) => [r.action, r.reason, r.snapshot])).toEqual([['create', 'listed', two]]);
  const doc = await t.db('documents').where({ key: 'bulk-doc' }).first();
  expect(doc.publisher_id).toBe(two.id);
  expect((await t.db('actors').where({ id: two.id }).first()).key).toBe('bulk-2');
});
