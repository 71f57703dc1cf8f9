import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { BATCH_SIZE } from '../../src/import/service';
import { ClaimStore } from '../../src/claims/store';

// New claims are prepared a slice at a time and written a batch at a time (COPY), the next batch prepared while the
// last one is written. Whatever the boundaries, every claim must come out as the API serves it: its row, its sources
// with their quotes, its relations, its create revision's snapshot, and the supersessions it causes.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const TEXT = 'The office counted 120 returnees in March; a later report said 135 had returned, then 150 by June.';
const QUOTES = ['120 returnees', '135 had returned', '150 by June'];
const COUNT = 2 * BATCH_SIZE + 321;

/**
 * Claim i: one to three sources; every 7th supersedes the claim 1, 250 or BATCH_SIZE + 3 lines before it (same slice, next slice, next
 * batch).
 */
function claimLine(i: number): Record<string, unknown> {
  const back = [1, 250, BATCH_SIZE + 3][i % 3];
  return {
    type: 'claim',
    key: `b-${i}`,
    metric: 'returnees',
    country: i % 2 ? 'KZ' : 'Tajik',
    approximation: i % 5 === 0 ? 'at_least' : 'exact',
    value: 100 + i,
    value_text: `${100 + i}`,
    as_of: `20${10 + (i % 10)}`,
    claimant: i % 3 ? 'office' : 'office-2',
    sources: QUOTES.slice(0, 1 + (i % 3)).map((quote, p) => ({ document: `doc-${(i + p) % 2}`, quote })),
    ...(i % 7 === 6 && i - back >= 0 ? { relations: [{ type: 'supersedes', claim: `b-${i - back}` }] } : {}),
  };
}

test('an import over several batches and slices stores every claim as the API serves it, supersessions included', async () => {
  const lines: unknown[] = [
    { type: 'actor', key: 'office', kind: 'government_agency', name: 'Batch Test Office' },
    { type: 'actor', key: 'office-2', kind: 'person', name: 'Batch Test Spokesperson' },
    { type: 'document', key: 'doc-0', kind: 'statement', title: 'Batch statement', text: TEXT },
    { type: 'document', key: 'doc-1', kind: 'report', title: 'Batch report', text: TEXT },
  ];
  for (let i = 0; i < COUNT; i++) lines.push(claimLine(i));
  const res = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(lines.map((l) => JSON.stringify(l)).join('\n'))
    .expect(200);
  expect(res.body.claims).toEqual({ created: COUNT, updated: 0, unchanged: 0 });

  const rows: { id: number; key: string }[] = await t.db('claims').where('key', 'like', 'b-%').select('id', 'key');
  expect(rows).toHaveLength(COUNT);
  const idOf = new Map(rows.map((r) => [r.key, Number(r.id)]));
  const keyOf = new Map(rows.map((r) => [Number(r.id), r.key]));
  const served = new Map((await new ClaimStore(t.db).load(rows.map((r) => Number(r.id)))).map((c) => [c.key!, c]));
  const revisions: { entity_id: string; version: number; action: string; reason: string | null; snapshot: Record<string, unknown> }[] =
    await t
      .db('revisions')
      .where({ entity: 'claim' })
      .whereIn(
        'entity_id',
        rows.map((r) => r.id),
      )
      .orderBy(['entity_id', 'version'])
      .select('entity_id', 'version', 'action', 'reason', 'snapshot');
  const historyOf = new Map<string, typeof revisions>();
  for (const r of revisions) historyOf.set(keyOf.get(Number(r.entity_id))!, [...(historyOf.get(keyOf.get(Number(r.entity_id))!) ?? []), r]);

  // Which claim supersedes which, as the file says: the last line naming a claim is the one its status revision names.
  const supersededBy = new Map<string, string>();
  for (let i = 0; i < COUNT; i++) {
    const rel = (claimLine(i).relations as { claim: string }[] | undefined)?.[0];
    if (rel) supersededBy.set(rel.claim, `b-${i}`);
  }
  expect(supersededBy.size).toBeGreaterThan(COUNT / 10);

  // Ids follow the lines: the file's order is the ledger's.
  expect(rows.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual([...Array(COUNT).keys()].map((i) => idOf.get(`b-${i}`)));
  for (let i = 0; i < COUNT; i++) {
    const key = `b-${i}`;
    const line = claimLine(i);
    const claim = served.get(key)!;
    const by = supersededBy.get(key);
    expect({
      key,
      value: claim.value,
      country: claim.country,
      claimant: claim.claimant.name,
      status: claim.status,
      version: claim.version,
    }).toEqual({
      key,
      value: 100 + i,
      country: i % 2 ? 'KZ' : 'TJ',
      claimant: i % 3 ? 'Batch Test Office' : 'Batch Test Spokesperson',
      status: by ? 'superseded' : 'active',
      version: by ? 2 : 1,
    });
    expect(claim.sources.map((s) => [s.document.title, s.quote, s.start])).toEqual(
      (line.sources as { document: string; quote: string }[]).map((s) => [
        s.document === 'doc-0' ? 'Batch statement' : 'Batch report',
        s.quote,
        TEXT.indexOf(s.quote),
      ]),
    );
    const target = (line.relations as { claim: string }[] | undefined)?.[0]?.claim;
    expect(claim.relations.filter((r) => r.type === 'supersedes').map((r) => r.claim_id)).toEqual(target ? [idOf.get(target)] : []);
    const history = historyOf.get(key)!;
    expect(history.map((r) => [r.version, r.action, r.reason])).toEqual([
      [1, 'create', null],
      ...(by ? [[2, 'update', `superseded by claim ${idOf.get(by)}`]] : []),
    ]);
    // The last snapshot is the claim as served now; the create's is the claim as it was written (without links made later).
    expect(history[history.length - 1].snapshot).toEqual({ ...claim, relations: expect.any(Array) });
    expect(history[0].snapshot).toMatchObject({ status: 'active', version: 1, sources: claim.sources });
  }
});
