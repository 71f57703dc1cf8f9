import request from 'supertest';
import { ClaimIds, ClaimVersions, CreatedClaims } from '../../src/import/createdClaims';
import { BATCH_SIZE } from '../../src/import/service';
import { createTestApp, TestApp } from '../support/app';

// The claims an import creates are known by id ranges, not a Map entry each: what a later line sees of them must
// not change (their ids resolve, their version is 1 until a line changes it).

test('created ids are known as ranges, with gaps and out-of-order ids kept right', () => {
  const created = new CreatedClaims();
  for (const id of [10, 11, 12, 20, 21, 5, 11, 40]) created.add(id);
  const known = [5, 10, 11, 12, 20, 21, 40];
  for (let id = 0; id <= 45; id++) expect([id, created.has(id)]).toEqual([id, known.includes(id)]);
  const ids = new ClaimIds(created);
  const versions = new ClaimVersions(created);
  ids.set('a-key', 99);
  versions.set(11, 3);
  expect([ids.get(12), ids.get('a-key'), ids.get(13), ids.has(40), ids.has('12')]).toEqual([12, 99, undefined, true, false]);
  expect([versions.get(10), versions.get(11), versions.get(13), versions.has(21), versions.has(22)]).toEqual([
    1,
    3,
    undefined,
    true,
    false,
  ]);
});

describe('an import that changes claims it created', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t.drop());

  test('a later line (in a later batch) updates a claim created earlier: one revision, counted as updated', async () => {
    const TEXT = 'The office counted 120 returnees in March.';
    const claim = (i: number, value: number) => ({
      type: 'claim',
      key: `cc-${i}`,
      metric: 'returnees',
      country: 'KZ',
      approximation: 'exact',
      value,
      value_text: `${value}`,
      as_of: '2019',
      claimant: 'office',
      sources: [{ document: 'doc', quote: '120 returnees' }],
    });
    const count = BATCH_SIZE + 10;
    const lines: unknown[] = [
      { type: 'actor', key: 'office', kind: 'government_agency', name: 'Created Claims Office' },
      { type: 'document', key: 'doc', kind: 'statement', title: 'Created claims statement', text: TEXT },
      ...Array.from({ length: count }, (_, i) => claim(i, 100 + i)),
      claim(0, 555),
      claim(1, 101), // as it was created: unchanged
    ];
    const res = await request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .send(lines.map((l) => JSON.stringify(l)).join('\n'))
      .expect(200);
    expect(res.body.claims).toEqual({ created: count, updated: 1, unchanged: 1 });
    const first = await t.db('claims').where({ key: 'cc-0' }).first('id', 'value', 'version');
    expect([Number(first.value), first.version]).toEqual([555, 2]);
    const revisions = await t
      .db('revisions')
      .where({ entity: 'claim', entity_id: first.id })
      .orderBy('version')
      .select('version', 'action');
    expect(revisions).toEqual([
      { version: 1, action: 'create' },
      { version: 2, action: 'update' },
    ]);
  });
});
