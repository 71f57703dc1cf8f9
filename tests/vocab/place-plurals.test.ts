import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * A place is named by its code, name, alias or demonym, and a demonym's plural ("Kazakhs") names its people too. Any
 * other word with an "s" added is not a plural: "BHS" (the Bahamas' alpha-3 code) had named Bahrain (BH), "SGS" (South
 * Georgia's) Singapore, "CAS" Canada, in filters, comparisons and new claims alike.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a demonym’s plural names its place; a code, name or alias with an s added names none', async () => {
  for (const [ref, code] of [
    ['Kazakhs', 'KZ'],
    ['kazakhstanis', 'KZ'],
    ['Russians', 'RU'],
    ['Chechens', 'RU-CE'],
    ['Bahamians', 'BS'],
  ]) {
    expect({ ref, code: (await request(t.app).get(`/v1/countries/${ref}`)).body.code }).toEqual({ ref, code });
  }
  for (const ref of ['BHS', 'SGS', 'CAS', 'KZS', 'Canadas', 'Kazakhstans', 'Central%20Asias']) {
    const res = await request(t.app).get(`/v1/countries/${ref}`);
    expect({ ref, status: res.status }).toEqual({ ref, status: 404 });
  }
});

test('a filter or a new claim naming a place by a code with an s added is refused, not read as another country', async () => {
  const filter = await request(t.app).get('/v1/claims?country=BHS').expect(400);
  expect(filter.body.errors).toEqual([expect.objectContaining({ field: 'country' })]);
  await request(t.app).get('/v1/compare/sources?country=CAS&metric=foreign_fighters').expect(400);
  const before = await tableChecksums(t.db);
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ country: 'BHS' }))
    .expect(422);
  expect(res.body.errors).toEqual([
    { code: 'unknown_place', field: '/country', message: '"BHS" is not a known country, region or demonym' },
  ]);
  expect(await tableChecksums(t.db)).toEqual(before);
});
