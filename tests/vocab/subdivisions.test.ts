/**
 * A subdivision with an ISO 3166-2 code (RU-CE) is a place a claim counts (migration 20261210010000): named by its
 * code in any case, its name or its demonym wherever a country is accepted, listed with the country it is within,
 * and never counted as that country's.
 */
import request from 'supertest';
import { ORIGIN_SUBDIVISIONS } from '../../db/migrations/20261221040000_origin_subdivisions';
import { ISO_ORIGIN_SUBDIVISIONS } from '../../db/migrations/20261227040000_iso_origin_subdivisions';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
let claimant: number;
let doc: number;
/** The claims of RU-CE, one per way of naming it, and the one of RU. */
const chechens: number[] = [];
let russians: number;

const TEXT = 'Kadyrov said 1,000 Chechens had gone to Syria; the FSB put the number of Russians there at 4,000.';

const claimBody = (country: string, fields: Record<string, unknown> = {}) => ({
  metric: 'foreign_fighters',
  country,
  value: 1000,
  approximation: 'exact',
  value_text: '1,000',
  as_of: '2015',
  claimant_id: claimant,
  sources: [{ document_id: doc, quote: '1,000 Chechens had gone to Syria' }],
  ...fields,
});

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  claimant = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'Ramzan Kadyrov' }).expect(201)).body
    .id;
  doc = (
    await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ kind: 'article', title: 'Chechens in Syria', text: TEXT })
      .expect(201)
  ).body.id;
  for (const [i, ref] of ['RU-CE', 'ru-ce', 'Chechnya', 'Chechen'].entries()) {
    const res = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(claimBody(ref, { as_of: `${2012 + i}` }))
      .expect(201);
    expect([ref, res.body.country]).toEqual([ref, 'RU-CE']);
    chechens.push(res.body.id);
  }
  russians = (
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(
        claimBody('Russians', {
          value: 4000,
          value_text: '4,000',
          sources: [{ document_id: doc, quote: 'the number of Russians there at 4,000' }],
        }),
      )
      .expect(201)
  ).body.id;
});
afterAll(() => t.drop());

const ids = async (query: string) =>
  ((await request(t.app).get(`/v1/claims?${query}&limit=100`).expect(200)).body.data as { id: number }[]).map((c) => c.id).sort();

test('GET /v1/countries lists each subdivision with its kind and the country it is within; names, demonyms and codes resolve to it', async () => {
  const all = (await request(t.app).get('/v1/countries').expect(200)).body.data as { code: string; kind: string; within: string | null }[];
  expect(all.find((c) => c.code === 'RU-CE')).toEqual({
    code: 'RU-CE',
    kind: 'subdivision',
    name: 'Chechnya',
    m49: null,
    demonyms: ['Chechen'],
    aliases: ['Chechen Republic'],
    members: [],
    note: null,
    within: 'RU',
  });
  expect(all.find((c) => c.code === 'RU')).toMatchObject({ kind: 'country', within: null });
  const subdivisions = (await request(t.app).get('/v1/countries?kind=subdivision').expect(200)).body.data as typeof all;
  // (migration 20261210010000's 50, then 20261221040000's and 20261227040000's)
  expect(subdivisions.length).toBe(50 + ORIGIN_SUBDIVISIONS.length + ISO_ORIGIN_SUBDIVISIONS.length);
  expect(subdivisions.every((s) => s.kind === 'subdivision' && s.within !== null)).toBe(true);
  expect(subdivisions.filter((s) => s.within === 'RU').map((s) => s.code)).toEqual([
    'RU-BA',
    'RU-CE',
    'RU-DA',
    'RU-IN',
    'RU-KB',
    'RU-KC',
    'RU-SE',
    'RU-TA',
  ]);
  for (const ref of ['RU-CE', 'ru-ce', 'Chechnya', 'Chechen%20Republic', 'Chechen', 'Chechens'])
    expect([ref, (await request(t.app).get(`/v1/countries/${ref}`).expect(200)).body.code]).toEqual([ref, 'RU-CE']);
  // a city with an ISO 3166-2 code is not a place of its own
  await request(t.app).get('/v1/countries/DE-BE').expect(404);
});

test('filters are exact: RU holds not the claims of RU-CE, nor RU-CE those of RU; every name of RU-CE filters the same', async () => {
  expect(await ids('country=RU&metric=foreign_fighters&claimant=Ramzan%20Kadyrov')).toEqual([russians]);
  for (const ref of ['RU-CE', 'ru-ce', 'Chechnya', 'Chechens'])
    expect([ref, await ids(`country=${ref}`)]).toEqual([ref, [...chechens].sort()]);
  expect(await ids('country=RU-CE,RU&claimant=Ramzan%20Kadyrov')).toEqual([...chechens, russians].sort());
  const facets = (await request(t.app).get('/v1/claims?claimant=Ramzan%20Kadyrov&facets=country').expect(200)).body.facets.country;
  expect(facets).toEqual([
    { value: 'RU-CE', label: 'Chechnya', count: 4 },
    { value: 'RU', label: 'Russia', count: 1 },
  ]);
});

test('a code no place has is a 4xx problem naming country, in a body, a filter and a comparison', async () => {
  const created = await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody('RU-ZZ')).expect(422);
  expect(created.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(created.body.errors).toEqual([
    { code: 'unknown_place', field: '/country', message: '"RU-ZZ" is not a known country, region or demonym' },
  ]);
  const listed = await request(t.app).get('/v1/claims?country=RU-ZZ').expect(400);
  expect(listed.body.errors.map((e: { field: string }) => e.field)).toEqual(['country']);
  const compared = await request(t.app).get('/v1/compare/countries?metric=foreign_fighters&country=RU,RU-ZZ').expect(400);
  expect(compared.body.errors.map((e: { field: string }) => e.field)).toEqual(['country']);
});

test('a claim moves to a subdivision by its demonym in an update, and its revision says so', async () => {
  const res = await request(t.app)
    .patch(`/v1/claims/${russians}`)
    .set(t.as.editor)
    .set('If-Match', '"v1"')
    .send({ country: 'Dagestanis', reason: 'the quote counts Dagestanis' })
    .expect(200);
  expect(res.body.country).toBe('RU-DA');
  const history = (await request(t.app).get(`/v1/claims/${russians}/history`).expect(200)).body;
  expect(history.revisions.at(-1).changes).toEqual({ country: { from: 'RU', to: 'RU-DA' } });
  await request(t.app)
    .patch(`/v1/claims/${russians}`)
    .set(t.as.editor)
    .set('If-Match', '"v2"')
    .send({ country: 'RU', reason: 'back as it was' })
    .expect(200);
});

test('the comparisons keep RU-CE apart from RU, and put them side by side when asked', async () => {
  const sources = (await request(t.app).get('/v1/compare/sources?country=RU&metric=foreign_fighters').expect(200)).body;
  expect(sources.rows.filter((r: { claim_id: number; country: string }) => chechens.includes(r.claim_id) || r.country !== 'RU')).toEqual(
    [],
  );
  expect(sources.rows.find((r: { claimant: { id: number } }) => r.claimant.id === claimant)).toMatchObject({
    claim_id: russians,
    value: 4000,
  });
  const ofChechens = (await request(t.app).get('/v1/compare/sources?country=Chechnya&metric=foreign_fighters').expect(200)).body;
  expect(ofChechens.query.country).toEqual(['RU-CE']);
  expect(ofChechens.rows.map((r: { claim_id: number; country: string }) => [r.claim_id, r.country])).toEqual([[chechens[3], 'RU-CE']]);
  const timeline = (
    await request(t.app).get('/v1/compare/timeline?country=RU&metric=foreign_fighters&claimant=Ramzan%20Kadyrov').expect(200)
  ).body;
  expect(timeline.claimants.flatMap((g: { figures: { claim_id: number }[] }) => g.figures.map((f) => f.claim_id))).toEqual([russians]);
  const side = (await request(t.app).get('/v1/compare/countries?metric=foreign_fighters&country=RU,Chechens').expect(200)).body;
  expect(side.rows.map((r: { country: string; country_name: string; figures: number }) => [r.country, r.country_name, r.figures])).toEqual([
    ['RU', 'Russia', 2], // Kadyrov's 4,000 and the FSB's current 1,500 (the seed)
    ['RU-CE', 'Chechnya', 4],
  ]);
});

test('exports, citations and imports carry the code', async () => {
  const csv = (await request(t.app).get('/v1/export/claims?format=csv&country=Chechnya').expect(200)).text.trimEnd().split('\r\n');
  const header = csv[0].split(',');
  const at = (line: string, column: string) => line.split(',')[header.indexOf(column)];
  expect(csv.slice(1).map((l) => [at(l, 'country'), at(l, 'country_name')])).toEqual(chechens.map(() => ['"RU-CE"', '"Chechnya"']));
  const ndjson = (await request(t.app).get('/v1/export/claims?format=ndjson&country=RU-CE').expect(200)).text.trim().split('\n');
  expect(ndjson.map((l) => JSON.parse(l).country)).toEqual(chechens.map(() => 'RU-CE'));
  const text = (await request(t.app).get(`/v1/claims/${chechens[0]}/citation?format=text&accessed=2026-12-01`).expect(200)).text;
  expect(text).toContain('from Chechnya');

  const line = (country: string, key: string) =>
    JSON.stringify({
      type: 'claim',
      key,
      metric: 'foreign_fighters',
      country,
      approximation: 'exact',
      value: 1000,
      value_text: '1,000',
      claimant: claimant,
      sources: [{ document: doc, quote: '1,000 Chechens had gone to Syria' }],
    });
  const imported = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line('Chechens', 'sub-1')}\n${line('ru-da', 'sub-2')}\n`)
    .expect(200);
  expect(imported.body.claims.created).toBe(2);
  expect(await t.db('claims').whereIn('key', ['sub-1', 'sub-2']).orderBy('key').pluck('country')).toEqual(['RU-CE', 'RU-DA']);
  const refused = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line('RU-ZZ', 'sub-3')}\n`)
    .expect(422);
  expect(refused.body.errors).toEqual([
    { line: 1, field: '/country', code: 'unknown_place', message: '"RU-ZZ" is not a known country, region or demonym' },
  ]);
});

test('a CSV export of subdivision claims imports back unchanged, and a cell naming another subdivision moves its claim', async () => {
  const csv = (await request(t.app).get('/v1/export/claims?format=csv&country=RU-CE').expect(200)).text;
  const post = (body: string) => request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'text/csv').send(body);
  expect((await post(csv).expect(200)).body.claims).toEqual({ created: 0, updated: 0, unchanged: chechens.length + 1 });
  const [header, first, ...rest] = csv.trimEnd().split('\r\n');
  const edited = [header, first.replace('"RU-CE"', '"Ingush"'), ...rest].join('\r\n') + '\r\n';
  expect((await post(edited).expect(200)).body.claims).toMatchObject({ updated: 1 });
  expect(await t.db('claims').where({ country: 'RU-IN' }).count('* as n').first()).toEqual({ n: 1 });
});

test('migration 20261221040000: regions told as the home of fighters are subdivisions within their country, by code, name and alias', async () => {
  for (const s of ORIGIN_SUBDIVISIONS)
    for (const ref of [s.code, s.code.toLowerCase(), s.name, ...s.aliases])
      expect([
        ref,
        (
          await request(t.app)
            .get(`/v1/countries/${encodeURIComponent(ref)}`)
            .expect(200)
        ).body,
      ]).toEqual([
        ref,
        {
          code: s.code,
          kind: 'subdivision',
          name: s.name,
          m49: null,
          demonyms: [],
          aliases: s.aliases,
          members: [],
          note: null,
          within: s.within,
        },
      ]);
  // a claim counts North Sinai's people apart from Egypt's
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(claimBody('North Sinai', { as_of: '2019' }))
    .expect(201);
  expect(res.body.country).toBe('EG-SIN');
  expect(await ids('country=EG')).not.toContain(res.body.id);
  expect(await ids('country=EG-SIN')).toEqual([res.body.id]);
});

test('migration 20261227040000: ISO 3166-2 places texts name as an origin are subdivisions within their country, by code, name and alias', async () => {
  for (const s of ISO_ORIGIN_SUBDIVISIONS)
    for (const ref of [s.code, s.code.toLowerCase(), s.name, ...s.aliases])
      expect([
        ref,
        (
          await request(t.app)
            .get(`/v1/countries/${encodeURIComponent(ref)}`)
            .expect(200)
        ).body,
      ]).toEqual([
        ref,
        {
          code: s.code,
          kind: 'subdivision',
          name: s.name,
          m49: null,
          demonyms: [],
          aliases: s.aliases,
          members: [],
          note: null,
          within: s.within,
        },
      ]);
  // a claim counts Victoria's people apart from Australia's
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(claimBody('AU-VIC', { as_of: '2019' }))
    .expect(201);
  expect(res.body.country).toBe('AU-VIC');
  expect(await ids('country=AU')).not.toContain(res.body.id);
  expect(await ids('country=AU-VIC')).toEqual([res.body.id]);
});
