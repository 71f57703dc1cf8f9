import request from 'supertest';
import { ClaimStore } from '../../src/claims/store';
import { createTestApp, TestApp } from '../support/app';

// A claim that a later claim of the same bulk write supersedes is written already superseded (no UPDATE, no reading
// back); one superseded by a claim written later goes through refreshSuperseded. Either way its row and revisions
// must be the same: the create revision of the claim as written, then the status revision of the claim as served
// once its superseding claim is written.

const TEXT = 'The ministry counted 300 fighters in 2014; by 2015 it said 450, and later 520, of whom 150 were women.';
const HEADER = [
  { type: 'actor', key: 'ministry', kind: 'government_agency', name: 'In-Batch Ministry' },
  { type: 'actor', key: 'analyst', kind: 'person', name: 'In-Batch Analyst' },
  { type: 'document', key: 'report', kind: 'report', title: 'In-batch report', text: TEXT },
];

function claim(key: string, value: number, quote: string, relations?: { type: string; claim: string; asserted_by?: string }[]) {
  return {
    type: 'claim',
    key,
    metric: 'foreign_fighters',
    country: 'KZ',
    approximation: 'exact',
    value,
    value_text: String(value),
    as_of: `20${10 + (value % 10)}`,
    claimant: 'ministry',
    sources: [{ document: 'report', quote }],
    ...(relations && { relations }),
    reason: `line ${key}`,
  };
}

/**
 * A chain (s-300 ← s-450 ← s-520) with links of other types to the superseded claims before their superseding
 * claim: nothing links to a superseded claim after the claim that supersedes it, so that claim's status revision is
 * the same whether it is written with its batch or after it.
 */
const CLAIMS = [
  claim('s-300', 300, '300 fighters'),
  claim('s-150', 150, '150 were women', [{ type: 'part_of', claim: 's-300' }]),
  claim('s-x', 300, '300 fighters', [{ type: 'contradicts', claim: 's-300', asserted_by: 'analyst' }]),
  claim('s-d', 450, 'said 450', [{ type: 'derived_from', claim: 's-300' }]),
  claim('s-450', 450, 'said 450', [{ type: 'supersedes', claim: 's-300' }]),
  claim('s-520', 520, 'later 520', [{ type: 'supersedes', claim: 's-450' }]),
];

const ndjson = (lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n');

async function importLines(t: TestApp, lines: unknown[]) {
  return request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'application/x-ndjson').send(ndjson(lines)).expect(200);
}

interface StoredClaim {
  row: Record<string, unknown>;
  revisions: Record<string, unknown>[];
}

/**
 * A claim's row and revisions as stored, by key. Times are the import's transaction's: each is checked to be that,
 * then left out, so that two imports compare.
 */
async function stored(t: TestApp, keys: string[]): Promise<Map<string, StoredClaim>> {
  const rows = await t.db('claims').whereIn('key', keys).orderBy('id');
  const out = new Map<string, StoredClaim>();
  for (const { created_at, updated_at, ...row } of rows) {
    const revisions = await t
      .db('revisions')
      .where({ entity: 'claim', entity_id: row.id })
      .orderBy('version')
      .select('entity_id', 'version', 'action', 'author', 'reason', 'changes', 'snapshot', 'created_at');
    for (const r of revisions) {
      expect([created_at, updated_at, r.snapshot.created_at, r.snapshot.updated_at]).toEqual([
        r.created_at,
        r.created_at,
        r.created_at.toISOString(),
        r.created_at.toISOString(),
      ]);
      delete r.created_at;
      delete r.snapshot.created_at;
      delete r.snapshot.updated_at;
    }
    out.set(row.key, { row, revisions });
  }
  return out;
}

let together: TestApp;
let apart: TestApp;
beforeAll(async () => {
  [together, apart] = await Promise.all([createTestApp({ seed: true }), createTestApp({ seed: true })]);
});
afterAll(() => Promise.all([together?.drop(), apart?.drop()]));

test('a claim superseded in its own batch is stored as when its superseding claim is written after it', async () => {
  // Apart: a line that changes nothing between claims ends each bulk write, so every supersession is refreshed after.
  const unchanged = HEADER[0];
  await importLines(together, [...HEADER, ...CLAIMS]);
  const res = await importLines(apart, [...HEADER, ...CLAIMS.flatMap((c) => [c, unchanged])]);
  expect(res.body.actors).toMatchObject({ created: 2, updated: 0, unchanged: CLAIMS.length });

  const keys = CLAIMS.map((c) => c.key);
  const written = await stored(together, keys);
  const refreshed = await stored(apart, keys);
  expect([...written.keys()]).toEqual(keys);
  expect(written).toEqual(refreshed);
  // What the comparison covers: two claims superseded, each with both revisions.
  expect(keys.map((k) => [k, written.get(k)!.row.status, written.get(k)!.revisions.map((r) => r.action)])).toEqual([
    ['s-300', 'superseded', ['create', 'update']],
    ['s-150', 'active', ['create']],
    ['s-x', 'active', ['create']],
    ['s-d', 'active', ['create']],
    ['s-450', 'superseded', ['create', 'update']],
    ['s-520', 'active', ['create']],
  ]);
});

test('its status revision is the claim as served once the whole batch is written, links from later claims included', async () => {
  const lines = [
    claim('t-300', 300, '300 fighters'),
    claim('t-450', 450, 'said 450', [{ type: 'supersedes', claim: 't-300' }]),
    claim('t-150', 150, '150 were women', [{ type: 'part_of', claim: 't-300' }]),
    claim('t-520', 520, 'later 520', [{ type: 'supersedes', claim: 't-300', asserted_by: 'analyst' }]),
  ];
  await importLines(together, lines);
  const ids = new Map<string, number>(
    (await together.db('claims').where('key', 'like', 't-%').select('id', 'key')).map((r: { id: string; key: string }) => [
      r.key,
      Number(r.id),
    ]),
  );
  const [served] = await new ClaimStore(together.db).load([ids.get('t-300')!]);
  const revisions = await together
    .db('revisions')
    .where({ entity: 'claim', entity_id: ids.get('t-300') })
    .orderBy('version');
  expect(revisions.map((r: { version: number; action: string; reason: string }) => [r.version, r.action, r.reason])).toEqual([
    [1, 'create', 'line t-300'],
    // One status revision, naming the last claim that supersedes it.
    [2, 'update', `superseded by claim ${ids.get('t-520')}`],
  ]);
  expect(revisions[1].changes).toEqual({ status: { from: 'active', to: 'superseded' } });
  expect(revisions[1].snapshot).toEqual(served);
  expect(served.relations.map((r) => [r.type, r.claim_id, r.asserted_by.name])).toEqual([
    ['superseded_by', ids.get('t-450'), 'In-Batch Ministry'],
    ['has_part', ids.get('t-150'), 'In-Batch Ministry'],
    ['superseded_by', ids.get('t-520'), 'In-Batch Analyst'],
  ]);
  expect(revisions[0].snapshot).toEqual({ ...served, relations: [], status: 'active', version: 1 });
  const row = await together
    .db('claims')
    .where({ id: ids.get('t-300') })
    .first();
  expect([row.status, row.version]).toEqual(['superseded', 2]);
});
