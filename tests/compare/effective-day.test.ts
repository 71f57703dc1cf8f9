import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * A figure's effective day, by which every comparison ranks "latest": as_of, else stated_on, else the publication day
 * of its earliest document, else the day it was recorded (effectiveDaySql, src/compare/figureSql.ts).
 */
let t: TestApp;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const post = async (path: string, body: object) => (await request(t.app).post(path).set(t.as.editor).send(body).expect(201)).body;
  const actor = async (name: string) => (await post('/v1/actors', { kind: 'research_institute', name })).id as number;
  const doc = async (title: string, published_on: string | null) =>
    (await post('/v1/documents', { kind: 'report', title, ...(published_on && { published_on }) })).id as number;
  const [early, late, undatedDoc] = [
    await doc('A report of March 2014', '2014-03'),
    await doc('A report of 2016', '2016'),
    await doc('An undated leaflet', null),
  ];
  const [first, second, third] = [await actor('First Institute'), await actor('Second Institute'), await actor('Third Institute')];
  const claim = async (key: string, country: string, claimant: number, value: number, docs: number[], dates: object) => {
    ids[key] = (
      await post('/v1/claims', {
        metric: 'foreign_fighters',
        country,
        claimant_id: claimant,
        value,
        approximation: 'exact',
        value_text: String(value),
        sources: docs.map((document_id) => ({ document_id, quote: `${value} fighters` })),
        ...dates,
      })
    ).id as number;
  };
  // First: 100 as of June 2015, then (recorded later) an undated 200 from reports of 2014 and 2016: taken as of March 2014.
  await claim('dated2015', 'TJ', first, 100, [late], { as_of: '2015-06' });
  await claim('undated2014', 'TJ', first, 200, [early, late], {});
  // Second: 300 as of 2013, then an undated 400 from the 2016 report: taken as of 2016, later than 2013.
  await claim('dated2013', 'TJ', second, 300, [early], { as_of: '2013' });
  await claim('undated2016', 'TJ', second, 400, [late], {});
  // Third: an undated 500 from a document without a date: the day it was recorded.
  await claim('undatedRecorded', 'UZ', third, 500, [undatedDoc], {});
});
afterAll(() => t.drop());

const get = (url: string) => request(t.app).get(url);

describe.each([['now'], ['as recorded']])('%s', (when) => {
  // As recorded at an instant after every claim was made: the documents' days as the claims' snapshots give them.
  const asRecorded = () => (when === 'as recorded' ? `&as_recorded=${new Date().toISOString()}` : '');

  test('a claimant’s latest is ranked by the effective day: an undated figure by the publication of its earliest document', async () => {
    const rows = (await get(`/v1/compare/sources?country=TJ&metric=foreign_fighters${asRecorded()}`).expect(200)).body.rows;
    expect(
      rows.map((r: { claimant: { name: string }; claim_id: number; latest_by: string }) => [r.claimant.name, r.claim_id, r.latest_by]),
    ).toEqual([
      ['First Institute', ids.dated2015, 'as_of'],
      ['Second Institute', ids.undated2016, 'published_on'],
    ]);
  });

  test('a country’s latest figure too; without any date, the day recorded', async () => {
    const rows = (await get(`/v1/compare/countries?metric=foreign_fighters&country=TJ,UZ${asRecorded()}`).expect(200)).body.rows;
    expect(
      rows.map((r: { country: string; claim_id: number; chosen_by: string; latest_by: string }) => [
        r.country,
        r.claim_id,
        r.chosen_by,
        r.latest_by,
      ]),
    ).toEqual([
      ['TJ', ids.undated2016, 'latest', 'published_on'],
      ['UZ', ids.undatedRecorded, 'latest', 'recorded'],
    ]);
  });
});

test('the sources page says which date made each figure the latest', async () => {
  const page = (await get('/compare/sources?country=TJ&metric=foreign_fighters').expect(200)).text;
  expect(page).toMatch(/<td>date published<\/td>/);
  expect(page).toMatch(/<td>as of<\/td>/);
});
