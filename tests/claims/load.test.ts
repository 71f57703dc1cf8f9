import fs from 'node:fs';
import request from 'supertest';
import { SEED_FILE } from '../../seeds/load';
import { createTestApp, TestApp } from '../support/app';

// ClaimStore.load builds served claims in one statement (JSON aggregated by PostgreSQL): every nested part
// must still come out whole, in order, and from both sides of a relation.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const byKey = async (key: string) => {
  const res = await request(t.app).get('/v1/claims?limit=50').expect(200);
  const claim = res.body.data.find((c: { key: string }) => c.key === key);
  expect(claim).toBeDefined();
  return claim;
};

test('a listed claim carries its claimant’s role, its sources with document and publisher, and its relations both ways', async () => {
  const newer = await byKey('rferl-26698040/fsb-ru-fighters-1500');
  const older = await byKey('rferl-26698040/fsb-ru-fighters-1100');
  expect(newer.claimant).toEqual({
    id: expect.any(Number),
    name: 'Aleksandr Bortnikov',
    kind: 'person',
    role: 'director',
    organization: { id: expect.any(Number), name: 'Federal Security Service' },
  });
  expect(newer.sources).toHaveLength(1);
  expect(newer.sources[0].document).toMatchObject({
    id: expect.any(Number),
    title: expect.stringContaining('Kazakhstan Intelligence'),
    publisher: { id: expect.any(Number), name: 'RFE/RL' },
  });
  expect(newer.sources[0].quote).toContain('1,500');
  expect(newer.relations).toEqual([
    { type: 'supersedes', claim_id: older.id, asserted_by: { id: newer.claimant.id, name: 'Aleksandr Bortnikov' } },
  ]);
  expect(older.relations).toEqual([
    { type: 'superseded_by', claim_id: newer.id, asserted_by: { id: newer.claimant.id, name: 'Aleksandr Bortnikov' } },
  ]);
  expect(newer.value).toBe(1500);
  expect(typeof newer.created_at).toBe('string');
});

test('sources keep their order and an organization claimant has no role', async () => {
  const women = await byKey('rferl-26698040/knb-kz-women-150');
  expect(women.claimant).toMatchObject({
    name: 'National Security Committee of Kazakhstan',
    kind: 'government_agency',
    role: null,
    organization: null,
  });
  expect(women.sources).toHaveLength(3);
  const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8')) as { claims: { key: string; sources: { quote: string }[] }[] };
  const given = seed.claims.find((c) => c.key === women.key)!.sources.map((s) => s.quote);
  expect(women.sources.map((s: { quote: string }) => s.quote)).toEqual(given);
  const one = await request(t.app).get(`/v1/claims/${women.id}`).expect(200);
  expect(one.body.sources.map((s: { quote: string }) => s.quote)).toEqual(given);
  expect(one.body.relations).toEqual([
    {
      type: 'part_of',
      claim_id: expect.any(Number),
      asserted_by: { id: women.claimant.id, name: 'National Security Committee of Kazakhstan' },
    },
  ]);
  const video = await byKey('rferl-26698040/video-2013-kz-150');
  expect(video.as_of).toBe('2013-11');
  expect(video.relations).toEqual([
    { type: 'source_of', claim_id: expect.any(Number), asserted_by: expect.objectContaining({ name: 'Joanna Paraszczuk' }) },
  ]);
});
