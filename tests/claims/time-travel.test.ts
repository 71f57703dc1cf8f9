import request from 'supertest';
import { SEED_KEYS } from '../support/analystData';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
let before: string;
const id: Record<string, number> = {};
let added: number;
let replacement: number;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  for (const [name, key] of Object.entries(SEED_KEYS)) id[name] = (await t.db('claims').where({ key }).first('id')).id;
  before = (await t.db.raw('SELECT to_char(clock_timestamp() AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\') AS now')).rows[0].now;
  await new Promise((resolve) => setTimeout(resolve, 5));
  // After `before`: a new claim, an edit, a retraction, and a supersession (which changes another claim's status).
  const doc = (await t.db('claim_sources').where({ claim_id: id.video }).first('document_id')).document_id;
  const claimant = (await t.db('claims').where({ id: id.video }).first('claimant_id')).claimant_id;
  added = (
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'KZ',
        value: 400,
        approximation: 'exact',
        value_text: '400 jamaat members',
        claimant_id: claimant,
        sources: [{ document_id: doc, quote: 'a later count' }],
      })
      .expect(201)
  ).body.id;
  await request(t.app)
    .patch(`/v1/claims/${id.knb300}`)
    .set(t.as.editor)
    .set('If-Match', '"v1"')
    .send({ value: 320, reason: 'recount' })
    .expect(200);
  await request(t.app).delete(`/v1/claims/${id.video}`).set(t.as.editor).send({ reason: 'the video cannot be verified' }).expect(200);
  const bortnikov = (await t.db('claims').where({ id: id.fsb1500 }).first('claimant_id')).claimant_id;
  replacement = (
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'RU',
        value: 1700,
        approximation: 'exact',
        value_text: '1,700',
        claimant_id: bortnikov,
        sources: [{ document_id: doc, quote: 'yet another count' }],
        relations: [{ type: 'supersedes', claim_id: id.fsb1500 }],
      })
      .expect(201)
  ).body.id;
});
afterAll(() => t.drop());

const at = (url: string) => request(t.app).get(`${url}${url.includes('?') ? '&' : '?'}as_recorded=${encodeURIComponent(before)}`);
type Served = { id: number; value: number; status: string; version: number; retraction_reason: string | null };

test('today the ledger has the later changes', async () => {
  const now: Served[] = (await request(t.app).get('/v1/claims').expect(200)).body.data;
  expect(now.map((c) => c.id)).toEqual([id.video, id.knb300, id.women, id.hundreds, id.fsb1100, id.fsb1500, added, replacement]);
  expect(now.find((c) => c.id === id.knb300)!.value).toBe(320);
  expect(now.find((c) => c.id === id.video)!.status).toBe('retracted');
  expect(now.find((c) => c.id === id.fsb1500)!.status).toBe('superseded');
});

test('as_recorded answers as the ledger stood then: later claims absent, later edits undone, later retractions not applied', async () => {
  const res = await at('/v1/claims').expect(200);
  expect(res.body.as_recorded).toBe(new Date(before).toISOString());
  const then: Served[] = res.body.data;
  expect(then.map((c) => c.id)).toEqual([id.video, id.knb300, id.women, id.hundreds, id.fsb1100, id.fsb1500]);
  expect(then.find((c) => c.id === id.knb300)).toMatchObject({ value: 300, version: 1 });
  expect(then.find((c) => c.id === id.video)).toMatchObject({ status: 'active', retraction_reason: null });
  expect(then.find((c) => c.id === id.fsb1500)!.status).toBe('active');
  // The served claim then is the one served at the time, in full.
  const current = (await request(t.app).get(`/v1/claims/${id.women}`).expect(200)).body;
  expect(then.find((c) => c.id === id.women)).toEqual(current);
});

test('filters, full text, sorts, pages and facets apply to the past state', async () => {
  const ids = async (url: string) => (await at(url).expect(200)).body.data.map((c: Served) => c.id);
  expect(await ids('/v1/claims?country=KZ&max_value=310')).toEqual([id.video, id.knb300, id.women]);
  expect(await ids('/v1/claims?status=active&country=KZ')).toEqual([id.video, id.knb300, id.women, id.hundreds]);
  expect(await ids('/v1/claims?status=superseded')).toEqual([id.fsb1100]);
  expect(await ids('/v1/claims?q=jamaat')).toEqual([id.knb300]);
  expect(await ids('/v1/claims?q=Astana')).toEqual([id.knb300]);
  const doc = (await t.db('claim_sources').where({ claim_id: id.video }).first('document_id')).document_id;
  expect(await ids(`/v1/claims?document=${doc}`)).toHaveLength(6);
  expect(await ids('/v1/claims?country=RU&sort=-value')).toEqual([id.fsb1500, id.fsb1100]);

  const first = await at('/v1/claims?sort=created_at&limit=4&facets=country').expect(200);
  expect(first.body.facets.country).toEqual([
    { value: 'KZ', label: 'Kazakhstan', count: 4 },
    { value: 'RU', label: 'Russia', count: 2 },
  ]);
  expect(first.body.next).toContain('as_recorded=');
  const second = await request(t.app).get(first.body.next).expect(200);
  expect([...first.body.data, ...second.body.data].map((c: Served) => c.id)).toEqual([
    id.video,
    id.knb300,
    id.women,
    id.hundreds,
    id.fsb1100,
    id.fsb1500,
  ]);
  expect(second.body.next).toBeNull();
});

test('before anything was recorded the ledger is empty; a bad instant is a 400', async () => {
  expect((await request(t.app).get('/v1/claims?as_recorded=2000-01-01T00:00:00Z').expect(200)).body.data).toEqual([]);
  expect((await request(t.app).get('/v1/claims?as_recorded=2025-02-30T00:00:00Z').expect(400)).body.errors[0].field).toBe('as_recorded');
  expect((await request(t.app).get('/v1/claims?as_recorded=now').expect(400)).body.errors[0].field).toBe('as_recorded');
  // A future instant could not reproduce anything: its answer would still change.
  for (const future of [new Date(Date.now() + 3600_000).toISOString(), '9999-12-31T23:59:59-12:00']) {
    for (const url of ['/v1/claims', '/v1/compare/sources?country=KZ&metric=foreign_fighters', '/v1/export/claims']) {
      const res = await request(t.app).get(`${url}${url.includes('?') ? '&' : '?'}as_recorded=${encodeURIComponent(future)}`);
      expect({ url, status: res.status, field: res.body.errors?.[0]?.field }).toEqual({ url, status: 400, field: 'as_recorded' });
    }
  }
});

test('the comparison views travel in time too', async () => {
  // Then: FSB ~1,100 superseded by 1,500, which was still current; now 1,700 supersedes the 1,500.
  const then = await at('/v1/compare/timeline?country=RU&metric=foreign_fighters').expect(200);
  expect(then.body.query.as_recorded).toBe(new Date(before).toISOString());
  expect(
    then.body.claimants[0].figures.map((f: { claim_id: number; status: string; superseded_by: number[] }) => [
      f.claim_id,
      f.status,
      f.superseded_by,
    ]),
  ).toEqual([
    [id.fsb1100, 'superseded', [id.fsb1500]],
    [id.fsb1500, 'active', []],
  ]);
  const now = await request(t.app).get('/v1/compare/timeline?country=RU&metric=foreign_fighters').expect(200);
  expect(now.body.claimants[0].figures.map((f: { claim_id: number; status: string }) => [f.claim_id, f.status])).toEqual([
    [id.fsb1100, 'superseded'],
    [id.fsb1500, 'superseded'],
    [replacement, 'active'],
  ]);

  // Then: the video's ~150 still counted (retracted later) and Abykaev said 300 (edited to 320 later).
  const sources = await at('/v1/compare/sources?country=KZ&metric=foreign_fighters').expect(200);
  expect(sources.body.rows.map((r: { claim_id: number; best_value: number | null }) => [r.claim_id, r.best_value])).toEqual([
    [id.video, 150],
    [id.hundreds, null],
    [id.knb300, 300],
  ]);
  expect(sources.body.spread).toMatchObject({ min: 150, max: 300 });
  expect(sources.body.rows[0].claims_url).toContain('as_recorded=');
  const countries = await at('/v1/compare/countries?metric=foreign_fighters,women&country=KZ').expect(200);
  expect(countries.body.rows[0]).toMatchObject({ claimants: 3, figures: 4, range: { min: 150, max: 300 } });
  expect(countries.body.warnings.map((w: { code: string; claim_ids: number[] }) => [w.code, w.claim_ids])).toContainEqual([
    'part_of',
    [id.women, id.knb300],
  ]);
});

test('as recorded at the time a revision is served with, the ledger holds that revision', async () => {
  // Revisions are served to the millisecond; they are recorded to the microsecond, within that millisecond.
  const { revisions } = (await request(t.app).get(`/v1/claims/${id.knb300}/history`).expect(200)).body as {
    revisions: { version: number; created_at: string }[];
  };
  expect(revisions.map((r) => r.version)).toEqual([1, 2]);
  for (const revision of revisions) {
    const then = (
      await request(t.app)
        .get(`/v1/claims?country=KZ&as_recorded=${encodeURIComponent(revision.created_at)}&limit=100`)
        .expect(200)
    ).body.data as { id: number; version: number }[];
    expect(then.find((c) => c.id === id.knb300)?.version).toBe(revision.version);
  }
});
