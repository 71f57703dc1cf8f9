import request from 'supertest';
import { formerCodes, gazetteerPlaces } from '../../src/extract/gazetteerFile';
import { createTestApp, TestApp } from '../support/app';

/*
 * The gazetteer gives subdivisions by the ISO 3166-2 codes of today (IN-OR became IN-OD, ZA-GT ZA-GP, RU-NOA was never
 * ISO's: RU-SE; Kazakhstan's letters became numbers, KZ-AST KZ-71), read from country-region-data's list through
 * Unicode CLDR's; the codes it replaced stay aliases, so a place an editor added by the old code is found by the new one
 * (the extractor proposes the new) and the other way round.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const codeOf = (name: string, country: string) => gazetteerPlaces().find((p) => p.name === name && p.country === country)?.code;

test('the gazetteer gives the codes ISO 3166-2 publishes now, and knows the ones they replaced', () => {
  expect(codeOf('Odisha', 'IN')).toBe('IN-OD');
  expect(codeOf('Gauteng', 'ZA')).toBe('ZA-GP');
  expect(codeOf('North Ossetia-Alania', 'RU')).toBe('RU-SE');
  expect(codeOf('Logar', 'AF')).toBe('AF-LOG');
  expect(codeOf('Astana', 'KZ')).toBe('KZ-71');
  expect(gazetteerPlaces().filter((p) => ['IN-OR', 'ZA-GT', 'RU-NOA', 'AF-LOW', 'KZ-AST'].includes(p.code ?? ''))).toEqual([]);
  expect(formerCodes().get('IN-OR')).toBe('IN-OD');
  expect(formerCodes().get('ZA-GT')).toBe('ZA-GP');
});

test('a subdivision added by a replaced code is found by the code of today, and one added by today s by the former', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'IN-OR', name: 'Odisha' }).expect(201);
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'ZA-GP', name: 'Gauteng' }).expect(201);
  await request(t.app).get('/v1/claims?country=IN-OD').expect(200);
  expect((await request(t.app).get('/v1/countries/IN-OD').expect(200)).body.code).toBe('IN-OR');
  expect((await request(t.app).get('/v1/countries/ZA-GT').expect(200)).body.code).toBe('ZA-GP');
  await request(t.app).get('/v1/claims?country=ZA-GT').expect(200);
  await request(t.app).get('/v1/claims?country=IN-OR').expect(200);
  // a code neither held nor replaced is still unknown
  const unknown = await request(t.app).get('/v1/claims?country=IN-ZZ').expect(400);
  expect(unknown.body.errors[0]).toMatchObject({ field: 'country', code: 'unknown_place' });
});
