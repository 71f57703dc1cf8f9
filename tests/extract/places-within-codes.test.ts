/**
 * A place within a country of the ledger (places_within) does not shadow the gazetteer's code for the same place
 * (robust50): the cities that are their own first-level subdivision carry its code (migration 20261223010000: Oslo
 * NO-03, Mombasa KE-28), and a longer name of the gazetteer is read over a shorter one of the ledger ("Osh Region" KG-O
 * over the city Osh), in the offline lexicon and in the service, which reads the rows from the database.
 */
import request from 'supertest';
import { extractCandidates } from '../../src/extract/extract';
import { fileLexicon } from '../../src/extract/fileLexicon';
import { createTestApp, type TestApp } from '../support/app';

const sentences: [string, string][] = [
  ['Police said 12 young men from Mombasa joined al-Shabaab.', 'KE-28'],
  ['Police said 12 young men from Oslo joined Islamic State.', 'NO-03'],
  ['Police said 12 young men from Osh Region joined Islamic State.', 'KG-O'],
  ['Police said 12 young men from Nairobi County joined al-Shabaab.', 'KE-30'],
  // the city Osh is not Osh Region, and has no code of the gazetteer's: its country
  ['Police said 12 young men from Osh joined Islamic State.', 'KG'],
  // a subdivision of the ledger's is still its own
  ['Police said 12 young men from Chechnya joined Islamic State.', 'RU-CE'],
];

test('the offline lexicon gives the code of the subdivision the people are from', () => {
  const lexicon = fileLexicon();
  for (const [text, country] of sentences)
    expect([text, extractCandidates(text, lexicon).candidates.map((c) => c.country)]).toEqual([text, [country]]);
});

describe('the service', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.drop());

  test('the migrated rows carry the codes, and an extraction reads them', async () => {
    const rows = await t.db('places_within').whereIn('name', ['Oslo', 'Mombasa', 'Osh']).orderBy('name').select('name', 'code');
    expect(rows).toEqual([
      { name: 'Mombasa', code: 'KE-28' },
      { name: 'Osh', code: null },
      { name: 'Oslo', code: 'NO-03' },
    ]);
    for (const [text, country] of sentences) {
      const res = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text });
      expect(res.status).toBe(200);
      expect([text, res.body.candidates.map((c: { country: string }) => c.country)]).toEqual([text, [country]]);
    }
  });
});
