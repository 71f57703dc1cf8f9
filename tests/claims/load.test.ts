import fs from 'node:fs';
import request from 'supertest';
import { SEED_FILE } from '../../seeds/load';
import { types } from 'pg';
import { isoTimestamp } from '../../src/db/knex';
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

test('a claim’s timestamps are served as its row’s instant in UTC, to the millisecond (truncated)', async () => {
  const { id } = await byKey('rferl-26698040/knb-kz-women-150');
  const cases = [
    ['2026-01-02 03:04:05.678999+00', '2026-01-02T03:04:05.678Z'],
    ['2026-01-02 03:04:05.5+00', '2026-01-02T03:04:05.500Z'],
    ['2026-01-02 03:04:05+00', '2026-01-02T03:04:05.000Z'],
    ['2026-07-01 00:30:00.000999+05:30', '2026-06-30T19:00:00.000Z'],
  ];
  for (const [stored, served] of cases) {
    await t
      .db('claims')
      .where({ id })
      .update({ created_at: stored, updated_at: stored, version: t.db.raw('version + 1') });
    const res = await request(t.app).get(`/v1/claims/${id}`).expect(200);
    expect([res.body.created_at, res.body.updated_at]).toEqual([served, served]);
  }
});

test('isoTimestamp reads PostgreSQL’s text of a timestamptz in any session time zone as Date#toISOString writes it', async () => {
  const instants = [
    '2026-01-02 03:04:05.678999+00',
    '2026-01-02 03:04:05.5+00',
    '1999-12-31 23:59:59+00',
    '0099-03-04 05:06:07.0123+00',
    '2026-03-29 01:30:00+00',
  ];
  for (const zone of ['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Europe/Berlin']) {
    const texts = await t.db.transaction(async (trx) => {
      await trx.raw(`SET LOCAL TimeZone = '${zone}'`);
      const { rows } = await trx.raw(`SELECT unnest(?::timestamptz[])::text AS text`, [instants]);
      return (rows as { text: string }[]).map((r) => r.text);
    });
    const viaDate = texts.map((text) => (types.getTypeParser(types.builtins.TIMESTAMPTZ)(text) as Date).toISOString());
    expect(texts.map(isoTimestamp)).toEqual(viaDate);
    if (zone === 'UTC') expect(viaDate.slice(0, 2)).toEqual(['2026-01-02T03:04:05.678Z', '2026-01-02T03:04:05.500Z']);
  }
});
