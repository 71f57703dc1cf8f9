import request from 'supertest';
import { formerCodes, sameSubdivisionCodes } from '../../src/extract/gazetteerFile';
import { createServices } from '../../src/services';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * robust52: Kazakhstan's regions took numeric ISO 3166-2 codes in 2020 (KZ-AKM Akmola is KZ-11), and the gazetteer
 * still gives the letters; Kosovo's XK is a user-assigned code, not ISO 3166-1's, so the gazetteer's XK-PR is no
 * subdivision code. The ledger holds a region under one code and finds it by either; it adds none under XK.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('every letter code of Kazakhstan is replaced by its number, and each names the other', () => {
  expect(formerCodes().get('KZ-AKM')).toBe('KZ-11');
  expect(formerCodes().get('KZ-YUZ')).toBe('KZ-61');
  expect(formerCodes().get('KZ-AST')).toBe('KZ-71');
  expect(sameSubdivisionCodes('KZ-11')).toEqual(['KZ-AKM']);
  expect(sameSubdivisionCodes('KZ-AKM')).toEqual(['KZ-11']);
  expect(sameSubdivisionCodes('TJ-SU')).toEqual([]);
});

test('a region held by its number is found by its letters, and not added again under them', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'KZ-11', name: 'Akmola Region' }).expect(201);
  expect((await request(t.app).get('/v1/countries/KZ-AKM').expect(200)).body.code).toBe('KZ-11');
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ country: 'KZ-AKM' }))
    .expect(201);
  expect(claim.body.country).toBe('KZ-11');
  const before = await tableChecksums(t.db);
  const again = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'KZ-AKM', name: 'Aqmola' }).expect(409);
  expect(again.headers['content-type']).toMatch(/problem\+json/);
  expect(again.body.errors).toEqual([
    { field: '/code', message: 'names the subdivision held as KZ-11 (ISO 3166-2 replaced KZ-AKM by KZ-11)' },
  ]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a region held by its letters is not added again under its number', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'KZ-AKT', name: 'Aktobe' }).expect(201);
  const again = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'KZ-15', name: 'Aqtobe Region' }).expect(409);
  expect(again.body.errors).toEqual([
    { field: '/code', message: 'names the subdivision held as KZ-AKT (ISO 3166-2 replaced KZ-AKT by KZ-15)' },
  ]);
  expect((await request(t.app).get('/v1/countries/KZ-15').expect(200)).body.code).toBe('KZ-AKT');
});

test('no subdivision is added under Kosovo s user-assigned code, and Kosovo itself counts', async () => {
  const before = await tableChecksums(t.db);
  const res = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'XK-PR', name: 'Pristina' }).expect(422);
  expect(res.body.errors).toEqual([
    {
      field: '/code',
      message: "is no ISO 3166-2 code: XK is a user-assigned code, not ISO 3166-1's, and has no subdivisions (count the figure under XK)",
    },
  ]);
  const unknown = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ country: 'XK-PR' }))
    .expect(422);
  expect(unknown.body.errors).toEqual([expect.objectContaining({ field: '/country', code: 'unknown_place' })]);
  expect(await tableChecksums(t.db)).toEqual(before);
  const kosovo = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ country: 'XK' }))
    .expect(201);
  expect(kosovo.body.country).toBe('XK');
});

test('a region the extractor gives by its letters is added under its number, and found by either', async () => {
  const { vocabulary, places } = await createServices(t.db);
  const tried = await vocabulary.addGazetteerSubdivision('KZ-MAN');
  expect(tried.added).toMatchObject({ code: 'KZ-47', name: 'Mangystau', within: 'KZ' });
  expect([places.resolve('KZ-MAN'), places.resolve('KZ-47')]).toEqual(['KZ-47', 'KZ-47']);
  // and none under Kosovo's code, with the reason said
  const kosovo = await vocabulary.addGazetteerSubdivision('XK-PE');
  expect(kosovo.added).toBeNull();
  expect(kosovo.refused[0]).toMatch(/^is no ISO 3166-2 code: XK is a user-assigned code/);
});

// robust54: a code ISO 3166-2 withdrew with no replacement was added as any code the gazetteer does not list.
test('a subdivision code ISO 3166-2 withdrew without a replacement is refused with its reason, nothing added', async () => {
  const before = await tableChecksums(t.db);
  const res = await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'KZ-BAY', name: 'Baikonur' });
  expect(res.status).toBe(422);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.errors).toEqual([
    {
      field: '/code',
      message:
        'is withdrawn from ISO 3166-2: Baikonur (Bayqongyr), a city Kazakhstan leases to Russia: ISO 3166-2 no longer lists it, and no code replaced it (count it under KZ)',
    },
  ]);
  expect(await tableChecksums(t.db)).toEqual(before);
  const { vocabulary } = await createServices(t.db);
  expect((await vocabulary.addGazetteerSubdivision('KZ-BAY')).added).toBeNull();
});
