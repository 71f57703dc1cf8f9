/**
 * The places_within rows that are a first-level subdivision of their own carry its ISO 3166-2 code (migration
 * 20261224010000), so that they no longer shadow the gazetteer's code for the same place: a province row (Helmand
 * AF-HEL, Jalal-Abad KG-J) and a city that is its own subdivision (Nairobi KE-30, Almaty KZ-75 by ISO's code of now).
 * A city inside a larger province of its name, and the places the annotated sets count by their country (Istanbul,
 * Brussels, Belgium's regions), keep their country; so does a city named as its government.
 */
import request from 'supertest';
import { extractCandidates } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { gazetteerPlaces } from '../../src/extract/gazetteerFile';
import { createTestApp, type TestApp } from '../support/app';

const sentences: [string, string][] = [
  ['Police said 12 young men from Helmand joined Islamic State.', 'AF-HEL'],
  ['Police said 12 young men from Jalal-Abad joined Islamic State.', 'KG-J'],
  ['Police said 12 young men from Nairobi joined al-Shabaab.', 'KE-30'],
  ['Police said 12 young men from Almaty joined Islamic State.', 'KZ-75'],
  ['Police said 12 young men from Ankara joined Islamic State.', 'TR'],
  ['Police said 12 young men from Istanbul joined Islamic State.', 'TR'],
  ['Police said 12 young men from Wallonia joined Islamic State.', 'BE'],
  ['Tashkent has repatriated 531 people from Syria.', 'UZ'],
];

test('the offline lexicon reads the codes of the rows that are their own subdivision', () => {
  const lexicon = fileLexicon();
  for (const [text, country] of sentences)
    expect([text, extractCandidates(text, lexicon).candidates.map((c) => c.country)]).toEqual([text, [country]]);
});

describe('the migrated ledger', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.drop());

  test('every row without a code whose name the gazetteer gives a code is one decided to keep its country', async () => {
    const coded = new Map(gazetteerPlaces().flatMap((g) => (g.code ? [[`${g.name}|${g.country}`, g.code] as const] : [])));
    const rows: { name: string; country: string; code: string | null }[] = await t.db('places_within').select('name', 'country', 'code');
    const shadowing = rows.filter((r) => r.code === null && coded.has(`${r.name}|${r.country}`)).map((r) => r.name);
    expect(shadowing.sort()).toEqual(
      [
        'Ankara',
        'Benghazi',
        'Brussels',
        'Derna',
        'Flanders',
        'Garissa',
        'Gaziantep',
        'Istanbul',
        'Kabul',
        'Kidal',
        'Lamu',
        'London',
        'Madrid',
        'Mopti',
        'Pristina',
        'Riyadh',
        'Sirte',
        'Skopje',
        'Stockholm',
        'Tirana',
        'Tunis',
        'Wallonia',
        'Washington',
      ].sort(),
    );
    expect(
      rows
        .filter((r) => ['Helmand', 'Nairobi', 'Almaty', 'Mogadishu'].includes(r.name))
        .map((r) => [r.name, r.code])
        .sort(),
    ).toEqual([
      ['Almaty', 'KZ-75'],
      ['Helmand', 'AF-HEL'],
      ['Mogadishu', 'SO-BN'],
      ['Nairobi', 'KE-30'],
    ]);
  });

  test('an extraction reads the codes from the database', async () => {
    for (const [text, country] of sentences) {
      const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text });
      expect(res.status).toBe(200);
      expect([text, res.body.candidates.map((c: { country: string }) => c.country)]).toEqual([text, [country]]);
    }
  });
});
