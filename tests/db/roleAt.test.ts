import { roleAt } from '../../src/claims/served';
import { createTestApp, TestApp } from '../support/app';

/*
 * The claimant's role at a date is chosen in SQL by affiliation_at (the export's join; migration 20261127402000) and
 * in TypeScript by roleAt (served claims, which the bulk import builds before they are stored). A table of
 * affiliations and days pins both to the same, named choice.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('affiliation_at and roleAt pick the same role on every day of a table', async () => {
  const person = (await t.db('actors').where({ name: 'Nurtai Abykaev' }).first('id')).id as number;
  const org = (await t.db('actors').whereNot('kind', 'person').first('id')).id as number;
  await t.db('actor_affiliations').where({ person_id: person }).del();
  await t.db('actor_affiliations').insert([
    {
      person_id: person,
      organization_id: org,
      role: 'deputy',
      from_date: '2010-01-01',
      from_precision: 'year',
      to_date: '2014-06-30',
      to_precision: 'day',
      position: 0,
    },
    {
      person_id: person,
      organization_id: org,
      role: 'chairman',
      from_date: '2016-01-01',
      from_precision: 'year',
      to_date: null,
      to_precision: null,
      position: 1,
    },
    {
      person_id: person,
      organization_id: org,
      role: 'adviser',
      from_date: '2014-01-01',
      from_precision: 'year',
      to_date: null,
      to_precision: null,
      position: 2,
    },
    {
      person_id: person,
      organization_id: org,
      role: 'envoy',
      from_date: null,
      from_precision: null,
      to_date: '2001-01-01',
      to_precision: 'year',
      position: 3,
    },
  ]);
  const affiliations = (await t
    .db('actor_affiliations')
    .where({ person_id: person })
    .orderBy(['position', 'id'])
    .select(
      'id',
      'role',
      t.db.raw("to_char(from_date, 'YYYY-MM-DD') AS from_date"),
      t.db.raw("to_char(to_date, 'YYYY-MM-DD') AS to_date"),
    )) as { id: number; role: string; from_date: string | null; to_date: string | null }[];
  const DAYS: [day: string | null, role: string][] = [
    ['2000-06-01', 'envoy'],
    ['2001-01-01', 'envoy'],
    ['2001-01-02', 'chairman'],
    ['2010-01-01', 'deputy'],
    ['2014-06-30', 'deputy'],
    ['2014-07-01', 'adviser'],
    ['2016-01-01', 'chairman'],
    ['2030-01-01', 'chairman'],
    [null, 'chairman'],
  ];
  const { rows } = await t.db.raw(
    `SELECT af.role FROM unnest(?::date[]) WITH ORDINALITY AS u(day, n)
    LEFT JOIN actor_affiliations af ON af.id = affiliation_at(?, u.day) ORDER BY n`,
    [DAYS.map(([day]) => day) as string[], person],
  );
  expect(rows.map((r: { role: string }) => r.role)).toEqual(DAYS.map(([, role]) => role));
  expect(DAYS.map(([day]) => roleAt(affiliations, day)?.role)).toEqual(DAYS.map(([, role]) => role));
});
