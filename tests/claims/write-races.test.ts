/**
 * Races on writes, with real concurrent requests against real PostgreSQL, each repeated: an edit racing a retraction
 * of the same claim read at the same version, two retractions at once, one group, metric or key name created several
 * times at once, two edits adding the same document as a source. Every race: exactly one winner, no duplicate row, no
 * 5xx, and every loser told why in a problem naming what it lost on.
 */
import request from 'supertest';
import { seedClaimBody } from '../support/seedClaim';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const ROUNDS = 12;

async function newClaim(): Promise<{ id: number; etag: string }> {
  const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201);
  return { id: res.body.id, etag: res.headers.etag };
}

test('three edits and a retraction of one claim read at one version: one wins, the others are 412 naming If-Match', async () => {
  const winners = { edit: 0, retract: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const { id, etag } = await newClaim();
    const edits = [41, 42, 43].map((value) =>
      request(t.app)
        .patch(`/v1/claims/${id}`)
        .set(t.as.editor)
        .set('If-Match', etag)
        .send({ value, value_text: String(value), reason: `recount ${value}` }),
    );
    const retraction = request(t.app).delete(`/v1/claims/${id}`).set(t.as.editor).set('If-Match', etag).send({ reason: 'withdrawn' });
    const answers = await Promise.all([...edits, retraction]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const a of answers.filter((x) => x.status !== 200)) {
      expect({ status: a.status, type: a.headers['content-type'], errors: a.body.errors }).toEqual({
        status: 412,
        type: expect.stringMatching(/^application\/problem\+json/),
        errors: [{ field: 'If-Match', message: 'The record has changed: it is at version 2, the request was made against version 1.' }],
      });
    }
    const won = answers.findIndex((a) => a.status === 200);
    const row = await t.db('claims').where({ id }).first('status', 'value', 'version');
    const revisions = await t.db('revisions').where({ entity: 'claim', entity_id: id }).count<{ n: string }[]>({ n: '*' });
    // one revision besides the creation: no edit lost under another, none applied to a retracted claim
    expect(Number(revisions[0].n)).toBe(2);
    expect(row.version).toBe(2);
    if (won === 3) {
      winners.retract++;
      expect({ status: row.status, value: Number(row.value) }).toEqual({ status: 'retracted', value: 40 });
    } else {
      winners.edit++;
      expect({ status: row.status, value: Number(row.value) }).toEqual({ status: 'active', value: 41 + won });
    }
  }
  // (either may win: the race is real)
  expect(winners.edit + winners.retract).toBe(ROUNDS);
});

test('a claim retracted twice at once without If-Match: one retraction, the other a 409 saying it is already retracted', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id } = await newClaim();
    const answers = await Promise.all(
      [1, 2, 3].map(() => request(t.app).delete(`/v1/claims/${id}`).set(t.as.editor).send({ reason: 'withdrawn' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409))
      expect(a.body).toMatchObject({ code: 'claim_retracted', detail: `Claim ${id} is already retracted.` });
    const revisions = await t
      .db('revisions')
      .where({ entity: 'claim', entity_id: id, action: 'retract' })
      .count<{ n: string }[]>({ n: '*' });
    expect(Number(revisions[0].n)).toBe(1);
  }
});

test('two edits adding the same document as a source from one version: one source row, the other edit a 412', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    const { id, etag } = await newClaim();
    const sources = [
      { document_id: 1, quote: 'over 300' },
      { document_id: 1, quote: 'around 300' },
    ];
    const answers = await Promise.all(
      [1, 2].map(() =>
        request(t.app).patch(`/v1/claims/${id}`).set(t.as.editor).set('If-Match', etag).send({ sources, reason: 'a second source' }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    const rows = await t.db('claim_sources').where({ claim_id: id }).select('document_id');
    expect(rows.map((r) => r.document_id)).toEqual([1, 1]);
  }
});

test.each([
  [
    '/v1/groups',
    (n: number) => ({ slug: `race-group-${n}`, name: `Race Group ${n}` }),
    'conflict',
    '/slug',
    'groups',
    'slug',
    (n: number) => `race-group-${n}`,
  ],
  [
    '/v1/metrics',
    (n: number) => ({ code: `race_metric_${n}`, label: `Race ${n}`, unit: 'people', definition: 'Raced.' }),
    'duplicate',
    '/code',
    'metrics',
    'code',
    (n: number) => `race_metric_${n}`,
  ],
  [
    '/v1/keys',
    (n: number) => ({ name: `race key ${n}`, role: 'reader' }),
    'duplicate',
    '/name',
    'api_keys',
    'name',
    (n: number) => `race key ${n}`,
  ],
] as const)(
  '%s: one name created four times at once makes one row; the others are 409 naming it',
  async (path, body, code, field, table, column, value) => {
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await Promise.all([1, 2, 3, 4].map(() => request(t.app).post(path).set(t.as.admin).send(body(round))));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
      for (const a of answers.filter((x) => x.status === 409))
        expect(a.body).toMatchObject({ code, errors: expect.arrayContaining([expect.objectContaining({ field })]) });
      expect(await t.db(table).where(column, value(round)).count<{ n: string }[]>({ n: '*' })).toEqual([{ n: 1 }]);
    }
  },
);
