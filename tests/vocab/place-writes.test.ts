/**
 * Editors add subdivisions (ISO 3166-2) and aliases and demonyms of a country or subdivision; admins correct a place.
 * A word names one place only; the cached places refresh after a write, so filters, claims, comparisons, pages and
 * the extractor take the new code at once.
 */
import request from 'supertest';
import { PlaceIndex } from '../../src/vocab/store';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const TEXT = 'About 70 people from Sughd have joined the Islamic State in Syria, officials said.';

async function extractedCountries(text: string): Promise<(string | null)[]> {
  const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200);
  return res.body.candidates.map((c: { country: string | null }) => c.country);
}

test('an editor adds a subdivision, and filters, claims, comparisons, the extractor and the country list take it at once', async () => {
  // (the extractor proposes the gazetteer's ISO 3166-2 code before the ledger holds it: accepting it in the workspace adds it)
  expect(await extractedCountries(TEXT)).toEqual(['TJ-SU']);
  await request(t.app).get('/v1/claims?country=TJ-SU').expect(400);

  const created = await request(t.app)
    .post('/v1/countries')
    .set(t.as.editor)
    .send({ code: 'TJ-SU', name: 'Sughd', aliases: ['Soghd', 'Sogd'], demonyms: [] })
    .expect(201);
  expect(created.headers.location).toBe('/v1/countries/TJ-SU');
  expect(created.body).toEqual({
    code: 'TJ-SU',
    kind: 'subdivision',
    name: 'Sughd',
    m49: null,
    demonyms: [],
    aliases: ['Soghd', 'Sogd'],
    members: [],
    note: null,
    within: 'TJ',
  });
  const row = await t.db('countries').where({ code: 'TJ-SU' }).first();
  expect(row).toMatchObject({ kind: 'subdivision', within: 'TJ', name: 'Sughd' });

  expect((await request(t.app).get('/v1/countries/Soghd').expect(200)).body.code).toBe('TJ-SU');
  const listed = (await request(t.app).get('/v1/countries?kind=subdivision&q=sughd').expect(200)).body.data;
  expect(listed.map((c: { code: string }) => c.code)).toEqual(['TJ-SU']);
  expect((await request(t.app).get('/v1/claims?country=TJ-SU').expect(200)).body.data).toEqual([]);
  await request(t.app).get('/v1/compare/countries?metric=foreign_fighters&country=TJ,TJ-SU').expect(200);
  expect(await extractedCountries(TEXT)).toEqual(['TJ-SU']);

  const claimant = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'A Sughd Official' }).expect(201))
    .body.id;
  const doc = (
    await request(t.app).post('/v1/documents').set(t.as.editor).send({ kind: 'article', title: 'Sughd', text: TEXT }).expect(201)
  ).body.id;
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'Soghd',
      value: 70,
      approximation: 'exact',
      value_text: '70',
      as_of: '2016',
      claimant_id: claimant,
      sources: [{ document_id: doc, quote: '70 people from Sughd' }],
    })
    .expect(201);
  expect(claim.body.country).toBe('TJ-SU');
  const filtered = (await request(t.app).get('/v1/claims?country=TJ-SU').expect(200)).body.data;
  expect(filtered.map((c: { id: number }) => c.id)).toEqual([claim.body.id]);
  const page = await request(t.app).get('/countries/TJ-SU').expect(200);
  expect(page.text).toContain('Sughd');
});

test('an editor adds aliases and demonyms to a country; words it has are kept once, and the extractor reads the demonym', async () => {
  expect((await request(t.app).get('/v1/countries/Kosovar').expect(200)).body.code).toBe('XK');
  await request(t.app).get('/v1/countries/Zeelandish').expect(404);
  const res = await request(t.app)
    .post('/v1/countries/nl/words')
    .set(t.as.editor)
    .send({ aliases: ['Zeelandland'], demonyms: ['Zeelandish', 'zeelandish'] })
    .expect(200);
  expect(res.body.code).toBe('NL');
  expect(res.body.aliases).toContain('Zeelandland');
  expect(res.body.demonyms.filter((d: string) => d.toLowerCase() === 'zeelandish')).toEqual(['Zeelandish']);
  expect((await request(t.app).get('/v1/countries/Zeelandish').expect(200)).body.code).toBe('NL');
  expect((await request(t.app).get('/v1/countries/Zeelandishs').expect(200)).body.code).toBe('NL');
  const again = await request(t.app)
    .post('/v1/countries/NL/words')
    .set(t.as.editor)
    .send({ demonyms: ['ZEELANDISH'] })
    .expect(200);
  expect(again.body.demonyms).toEqual(res.body.demonyms);

  await request(t.app)
    .post('/v1/countries')
    .set(t.as.editor)
    .send({ code: 'TJ-KH', name: 'Khatlon', demonyms: ['Khatloni'] })
    .expect(201);
  expect(await extractedCountries('Officials said 45 Khatloni fighters had left for Syria.')).toEqual(['TJ-KH']);
});

test('roles: readers cannot add places, editors cannot correct them, admins can', async () => {
  await request(t.app).post('/v1/countries').send({ code: 'TJ-GB', name: 'Gorno-Badakhshan' }).expect(401);
  await request(t.app).post('/v1/countries').set(t.as.reader).send({ code: 'TJ-GB', name: 'Gorno-Badakhshan' }).expect(403);
  await request(t.app)
    .post('/v1/countries/TJ/words')
    .set(t.as.reader)
    .send({ aliases: ['Tojikiston'] })
    .expect(403);
  await request(t.app).patch('/v1/countries/TJ-SU').set(t.as.editor).send({ name: 'Sogd Region' }).expect(403);
  expect(await t.db('countries').where({ code: 'TJ-GB' }).first()).toBeUndefined();

  const corrected = await request(t.app)
    .patch('/v1/countries/TJ-SU')
    .set(t.as.admin)
    .send({ name: 'Sughd Region', aliases: ['Sughd', 'Soghd'] })
    .expect(200);
  expect(corrected.body).toMatchObject({ code: 'TJ-SU', name: 'Sughd Region', aliases: ['Sughd', 'Soghd'] });
  // the dropped alias names nothing any more; the kept ones still name TJ-SU
  await request(t.app).get('/v1/countries/Sogd').expect(404);
  expect((await request(t.app).get('/v1/countries/Sughd').expect(200)).body.code).toBe('TJ-SU');
  await request(t.app).patch('/v1/countries/ZZ-ZZ').set(t.as.admin).send({ name: 'Nowhere' }).expect(404);
});

test('bad input is a 400 or 422 naming the field, and changes nothing', async () => {
  const before = await t.db('countries').count({ n: '*' }).first();
  const cases: [Record<string, unknown>, number, string][] = [
    [{ code: 'tj-gb', name: 'Gorno-Badakhshan' }, 400, '/code'],
    [{ code: 'TJGB', name: 'Gorno-Badakhshan' }, 400, '/code'],
    [{ code: 'TJ-GB', name: '   ' }, 400, '/name'],
    [{ code: 'TJ-GB' }, 400, '/name'],
    [{ code: 'TJ-GB', name: 'Gorno-Badakhshan', kind: 'country' }, 400, '/kind'],
    [{ code: 'TJ-GB', name: 'Gorno-Badakhshan', aliases: 'GBAO' }, 400, '/aliases'],
    [{ code: 'QQ-GB', name: 'Gorno-Badakhshan' }, 422, '/code'],
    [{ code: '14-GB', name: 'Gorno-Badakhshan' }, 400, '/code'],
  ];
  for (const [body, status, field] of cases) {
    const res = await request(t.app).post('/v1/countries').set(t.as.editor).send(body);
    expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  }
  // a subdivision is not within a subdivision, nor within a region
  const within = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'EU-AB', name: 'Abland' }).expect(422);
  expect(within.body.errors).toEqual([{ field: '/code', message: 'must start with the code of a country of the ledger (EU is not one)' }]);
  await request(t.app).post('/v1/countries/TJ/words').set(t.as.editor).send({}).expect(400);
  await request(t.app)
    .post('/v1/countries/XX/words')
    .set(t.as.editor)
    .send({ aliases: ['Nowhere Land'] })
    .expect(404);
  const region = await request(t.app)
    .post('/v1/countries/EU/words')
    .set(t.as.editor)
    .send({ aliases: ['The Bloc'] })
    .expect(422);
  expect(region.body.errors.map((e: { field: string }) => e.field)).toEqual(['code']);
  expect(await t.db('countries').count({ n: '*' }).first()).toEqual(before);
});

test('a word that already names another place is a 409 naming it, and what the word meant does not change', async () => {
  const taken = await request(t.app)
    .post('/v1/countries')
    .set(t.as.editor)
    .send({ code: 'TJ-GB', name: 'Gorno-Badakhshan', aliases: ['GBAO', 'Tajikistan'], demonyms: ['Pamiri', 'Kazakh'] })
    .expect(409);
  expect(taken.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(taken.body.errors).toEqual([
    { field: '/aliases/1', message: '"Tajikistan" already names TJ (Tajikistan)' },
    { field: '/demonyms/1', message: '"Kazakh" already names KZ (Kazakhstan)' },
    { field: '/demonyms/1', message: '"Kazakhs" already names KZ (Kazakhstan)' },
  ]);
  // a subdivision's words too, in another case; a demonym's plural; the code of a place that exists
  const cased = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-GB', name: 'CHECHNYA' }).expect(409);
  expect(cased.body.errors).toEqual([{ field: '/name', message: '"CHECHNYA" already names RU-CE (Chechnya)' }]);
  const plural = await request(t.app)
    .post('/v1/countries/TJ/words')
    .set(t.as.editor)
    .send({ aliases: ['Chechens'] })
    .expect(409);
  expect(plural.body.errors).toEqual([{ field: '/aliases/0', message: '"Chechens" already names RU-CE (Chechnya)' }]);
  const code = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'RU-CE', name: 'Ichkeria' }).expect(409);
  expect(code.body.errors.map((e: { field: string }) => e.field)).toEqual(['/code']);
  const admin = await request(t.app)
    .patch('/v1/countries/TJ-SU')
    .set(t.as.admin)
    .send({ demonyms: ['Uzbek'] })
    .expect(409);
  expect(admin.body.errors.map((e: { field: string }) => e.field)).toEqual(['/demonyms/0', '/demonyms/0']);

  expect(await t.db('countries').where({ code: 'TJ-GB' }).first()).toBeUndefined();
  expect((await request(t.app).get('/v1/countries/Kazakh').expect(200)).body.code).toBe('KZ');
  expect((await request(t.app).get('/v1/countries/Uzbek').expect(200)).body.code).toBe('UZ');
  expect((await t.db('countries').where({ code: 'TJ' }).first()).aliases).not.toContain('Chechens');
});

test('two editors adding the same word at once cannot both take it', async () => {
  for (let round = 0; round < 4; round++) {
    const word = `Racewordia ${round}`;
    const answers = await Promise.all([
      request(t.app)
        .post('/v1/countries')
        .set(t.as.editor)
        .send({ code: `AF-R${round}`, name: word }),
      request(t.app)
        .post('/v1/countries')
        .set(t.as.editor)
        .send({ code: `PK-R${round}`, name: `Other ${round}`, aliases: [word] }),
      request(t.app)
        .post('/v1/countries/IR/words')
        .set(t.as.editor)
        .send({ aliases: [word] }),
    ]);
    expect(answers.filter((a) => a.status < 300)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(2);
    const holders: { code: string }[] = (
      await t.db.raw(`SELECT code FROM countries WHERE lower(name) = lower(?) OR lower(?) = ANY(SELECT lower(a) FROM unnest(aliases) a)`, [
        word,
        word,
      ])
    ).rows;
    expect(holders).toHaveLength(1);
  }
});

test('another process adding a place counts here once the places are older than their maximum age', async () => {
  let now = 0;
  const places = await PlaceIndex.load(t.db, 1000, () => now);
  expect(places.resolve('Rasht Valley')).toBeNull();
  await t
    .db('countries')
    .insert({ code: 'TJ-RR', kind: 'subdivision', within: 'TJ', name: 'Rasht Valley', aliases: [], demonyms: [], members: [] });
  now = 999;
  places.fresh();
  await places.settled();
  expect(places.resolve('Rasht Valley')).toBeNull();
  now = 1000;
  places.fresh();
  await places.settled();
  expect(places.resolve('Rasht Valley')).toBe('TJ-RR');
  expect(places.subdivisionsOf('TJ').map((p) => p.code)).toContain('TJ-RR');
});

test('the OpenAPI document lists the place routes', async () => {
  const paths = (await request(t.app).get('/openapi.json').expect(200)).body.paths;
  expect(paths['/v1/countries'].post.requestBody.content['application/json'].schema.$ref).toMatch(/SubdivisionCreate$/);
  expect(paths['/v1/countries/{code}/words'].post.requestBody.content['application/json'].schema.$ref).toMatch(/PlaceWords$/);
  expect(paths['/v1/countries/{ref}'].patch.requestBody.content['application/json'].schema.$ref).toMatch(/PlacePatch$/);
});
