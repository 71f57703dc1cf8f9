import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const body = (value: number, relations: unknown[] = []) => ({
  metric: 'foreign_fighters',
  country: 'RU',
  value,
  approximation: 'exact',
  value_text: String(value),
  claimant_id: 6,
  sources: [{ document_id: 1, quote: '1,500' }],
  relations,
});

test('several claims superseding one claim at once all succeed, and it ends superseded', async () => {
  for (let round = 0; round < 3; round++) {
    const target = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send(body(1000 + round))
        .expect(201)
    ).body.id;
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        request(t.app)
          .post('/v1/claims')
          .set(t.as.editor)
          .send(body(2000 + i, [{ type: 'supersedes', claim_id: target }])),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const claim = (await request(t.app).get(`/v1/claims/${target}`).expect(200)).body;
    expect(claim.status).toBe('superseded');
    expect(claim.relations.filter((r: { type: string }) => r.type === 'superseded_by')).toHaveLength(4);
  }
});

test('two edits that would make a supersession cycle: one wins, the other is refused as a cycle', async () => {
  for (let round = 0; round < 3; round++) {
    const a = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send(body(10 + round))
        .expect(201)
    ).body.id;
    const c = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send(body(20 + round))
        .expect(201)
    ).body.id;
    const [ra, rc] = await Promise.all([
      request(t.app)
        .patch(`/v1/claims/${a}`)
        .set(t.as.editor)
        .set('If-Match', '*')
        .send({ reason: 'a test edit', relations: [{ type: 'supersedes', claim_id: c }] }),
      request(t.app)
        .patch(`/v1/claims/${c}`)
        .set(t.as.editor)
        .set('If-Match', '*')
        .send({ reason: 'a test edit', relations: [{ type: 'supersedes', claim_id: a }] }),
    ]);
    expect([ra.status, rc.status].sort()).toEqual([200, 422]);
    const links = await t.db('claim_relations').whereIn('claim_id', [a, c]).where({ type: 'supersedes' });
    expect(links).toHaveLength(1);
  }
});
