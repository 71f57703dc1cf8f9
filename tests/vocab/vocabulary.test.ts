import request from 'supertest';
import { ADDED_ALIASES, ADDED_GROUPS_3, aliasesAfter } from '../../db/migrations/20261207020000_group_additions_3';
import { ADDED_GROUPS_4 } from '../../db/migrations/20261208020000_group_additions_4';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('countries resolve by code, name, alias and demonym', async () => {
  for (const ref of ['KZ', 'kz', 'Kazakhstan', 'Kazakh', 'Kazakhstani', 'Kazakhs']) {
    const res = await request(t.app).get(`/v1/countries/${ref}`).expect(200);
    expect(res.body).toMatchObject({ code: 'KZ', kind: 'country', name: 'Kazakhstan' });
  }
  expect((await request(t.app).get('/v1/countries/Russian%20Federation').expect(200)).body.code).toBe('RU');
  await request(t.app).get('/v1/countries/Atlantis').expect(404);
});

test('every ISO 3166-1 country is there, with regions and groupings that have members', async () => {
  const countries = (await request(t.app).get('/v1/countries?kind=country').expect(200)).body.data;
  expect(countries.filter((c: { code: string }) => c.code !== 'XK')).toHaveLength(249);
  const centralAsia = (await request(t.app).get('/v1/countries/Central%20Asia').expect(200)).body;
  expect(centralAsia).toMatchObject({ code: '143', kind: 'region' });
  expect([...centralAsia.members].sort()).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
  expect((await request(t.app).get('/v1/countries/EU').expect(200)).body.members).toHaveLength(27);
  const world = (await request(t.app).get('/v1/countries/World').expect(200)).body;
  expect(world.kind).toBe('world');
  expect(world.members.length).toBeGreaterThanOrEqual(249);
  await request(t.app).get('/v1/countries?kind=planet').expect(400);
});

test('metrics: list, read, create (editor), reject duplicates and bad codes', async () => {
  const metrics = (await request(t.app).get('/v1/metrics').expect(200)).body.data;
  expect(metrics.map((m: { code: string }) => m.code)).toEqual(
    expect.arrayContaining(['foreign_fighters', 'women', 'children', 'returnees']),
  );
  const created = await request(t.app)
    .post('/v1/metrics')
    .set(t.as.editor)
    .send({ code: 'widows', label: 'Widows', unit: 'people', definition: 'Women whose husbands were killed while with the group.' })
    .expect(201);
  expect(created.headers.location).toBe('/v1/metrics/widows');
  expect((await request(t.app).get('/v1/metrics/widows').expect(200)).body.label).toBe('Widows');
  const dup = await request(t.app)
    .post('/v1/metrics')
    .set(t.as.editor)
    .send({ code: 'widows', label: 'W', unit: 'people', definition: 'd' })
    .expect(409);
  expect(dup.headers['content-type']).toMatch(/^application\/problem\+json/);
  await request(t.app)
    .post('/v1/metrics')
    .set(t.as.editor)
    .send({ code: 'Bad Code', label: 'W', unit: 'people', definition: 'd' })
    .expect(400);
  await request(t.app)
    .post('/v1/metrics')
    .set(t.as.reader)
    .send({ code: 'other', label: 'W', unit: 'people', definition: 'd' })
    .expect(403);
  await request(t.app).get('/v1/metrics/nothing_here').expect(404);
});

test('groups resolve by slug or alias; editors add groups', async () => {
  for (const ref of ['islamic-state', 'IS', 'ISIS', 'isil', 'Daesh']) {
    expect((await request(t.app).get(`/v1/groups/${ref}`).expect(200)).body.slug).toBe('islamic-state');
  }
  await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'jamaat-ansarullah', name: 'Jamaat Ansarullah', aliases: ['Ansarullah'] })
    .expect(201);
  expect((await request(t.app).get('/v1/groups/ansarullah').expect(200)).body.slug).toBe('jamaat-ansarullah');
  await request(t.app).post('/v1/groups').set(t.as.editor).send({ slug: 'Not A Slug', name: 'x' }).expect(400);
});

test('unknown routes are problem+json 404s', async () => {
  const res = await request(t.app).get('/v1/nothing').expect(404);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status: 404, title: 'Not Found' });
});

test('a group cannot take a slug, name or alias of another group', async () => {
  const before = await t.db('groups').count({ n: '*' });
  const takeover = await request(t.app).post('/v1/groups').set(t.as.editor).send({ slug: 'isis', name: 'Someone else' }).expect(409);
  expect(takeover.body.errors).toEqual([{ field: '/slug', message: '"isis" already names group islamic-state' }]);
  const aliases = await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'khorasan', name: 'Khorasan', aliases: ['Khorasan Group', 'IS', 'daesh'] })
    .expect(409);
  expect(aliases.body.errors.map((e: { field: string }) => e.field)).toEqual(['/aliases/1', '/aliases/2']);
  expect(await t.db('groups').count({ n: '*' })).toEqual(before);
  expect((await request(t.app).get('/v1/groups/ISIS').expect(200)).body.slug).toBe('islamic-state');
  const patch = await request(t.app)
    .patch('/v1/groups/al-qaeda')
    .set(t.as.admin)
    .send({ aliases: ['AQ', 'ISIL'] })
    .expect(409);
  expect(patch.body.errors[0].field).toBe('/aliases/1');
  await request(t.app)
    .patch('/v1/groups/al-qaeda')
    .set(t.as.admin)
    .send({ aliases: ['AQ', 'al-Qaida', 'Al Qaeda'] })
    .expect(200);
});

test('a claim filter knows a metric as soon as it is created, and keeps refusing unknown ones', async () => {
  // The filter remembers metrics it has seen; an unknown one must not be remembered as unknown.
  const before = await request(t.app).get('/v1/claims?metric=hostages').expect(400);
  expect(before.body.errors).toEqual([{ field: 'metric', message: '"hostages" is not a known metric (see /v1/metrics)' }]);
  await request(t.app)
    .post('/v1/metrics')
    .set(t.as.editor)
    .send({ code: 'hostages', label: 'Hostages', unit: 'people', definition: 'People held.' })
    .expect(201);
  expect((await request(t.app).get('/v1/claims?metric=hostages').expect(200)).body.data).toEqual([]);
  expect((await request(t.app).get('/v1/claims?metric=women').expect(200)).body.data).toHaveLength(1);
  await request(t.app).get('/v1/claims?metric=hostage').expect(400);
});

test('two groups created at once cannot both take the same alias', async () => {
  // Each request checks that its names are free before it inserts: without a lock, several would see "Jamaat Race" free.
  const create = (slug: string) =>
    request(t.app)
      .post('/v1/groups')
      .set(t.as.editor)
      .send({ slug, name: slug, aliases: ['Jamaat Race'] });
  for (let round = 0; round < 5; round++) {
    const answers = await Promise.all([create(`race-a-${round}`), create(`race-b-${round}`), create(`race-c-${round}`)]);
    expect(answers.map((a) => a.status).sort()).toEqual(round === 0 ? [201, 409, 409] : [409, 409, 409]);
  }
  const holders = await t.db('groups').whereRaw("'Jamaat Race' = ANY(aliases)").pluck('slug');
  expect(holders).toHaveLength(1);
});

test("migration 20261207020000: Islamic State's provinces and the Mozambique province's own names; the extractor's offline vocabulary is the database's", async () => {
  expect((await request(t.app).get('/v1/groups/ISMP').expect(200)).body.slug).toBe('islamic-state-mozambique-province');
  expect((await request(t.app).get('/v1/groups/Wilayat%20Sinai').expect(200)).body.slug).toBe('islamic-state-sinai-province');
  const aswj = await t.db('groups').where({ slug: 'ahlu-sunnah-wal-jamaa' }).first('aliases');
  expect(aswj.aliases).not.toContain('ISMP');
  expect(aswj.aliases).toContain('ASWJ');
  for (const slug of [...ADDED_GROUPS_3.map((g) => g.slug), ...Object.keys(ADDED_ALIASES)]) {
    const row = await t.db('groups').where({ slug }).first('aliases');
    const own = ADDED_GROUPS_3.find((g) => g.slug === slug);
    for (const alias of own ? own.aliases : aliasesAfter(slug, [])) expect(row.aliases).toContain(alias);
  }
  const held = new Set(await t.db('groups').pluck('slug'));
  for (const slug of fileLexicon().groupSlugs) expect(held.has(slug)).toBe(true);
});

test('migration 20261208020000: the Turkistan Islamic Party by its names, its earlier name and their acronyms; the offline vocabulary holds it too', async () => {
  for (const ref of ['TIP', 'ETIM', 'East%20Turkestan%20Islamic%20Movement', 'Turkestan%20Islamic%20Party'])
    expect((await request(t.app).get(`/v1/groups/${ref}`).expect(200)).body.slug).toBe('turkistan-islamic-party');
  const row = await t.db('groups').where({ slug: 'turkistan-islamic-party' }).first('aliases');
  expect(row.aliases).toEqual(ADDED_GROUPS_4[0].aliases);
  expect(fileLexicon().groupSlugs.has('turkistan-islamic-party')).toBe(true);
});
