import request from 'supertest';
import type { ClaimFilter } from '../../src/claims/parseClaimFilter';
import { CLAIM_EXPORT_COLUMNS, claimExportQuery, ClaimExportRow, toClaimExport } from '../../src/export/claimRows';
import { ExportService } from '../../src/export/service';
import { nativeQuery } from '../../src/db/sqlValues';
import { streamQuery } from '../../src/export/cursor';
import { serializer } from '../../src/export/serialize';
import { createTestApp, TestApp } from '../support/app';
import { exportText } from '../support/exportText';

/*
 * The CSV export renders each claim's cells once and each source's once, then merges them (claimCsvCopySql);
 * NDJSON and JSON read the typed rows of the same query (claimExportQuery). Here both are checked against each
 * other and against the API's view of the claims on data that exercises what the query computes: the claimant's
 * role at the date among several dated affiliations, every relation type in both directions, filters.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  // Nurtai Abykaev (chairman from 2016) gets a role that ended and one still held, and claims 2, 3 and 4 at dates
  // in each (4 has none: the current role); Aleksandr Bortnikov (director from 2005) one that ended in 2001 (claim 5).
  const person = async (name: string) => (await t.db('actors').where({ name }).first('id')).id as number;
  const [abykaev, bortnikov] = [await person('Nurtai Abykaev'), await person('Aleksandr Bortnikov')];
  const org = (await t.db('actors').whereNot('kind', 'person').first('id')).id as number;
  await t
    .db('actor_affiliations')
    .whereIn('person_id', [abykaev, bortnikov])
    .update({
      from_date: t.db.raw(`CASE person_id WHEN ${abykaev} THEN date '2016-01-01' ELSE date '2005-01-01' END`),
      from_precision: 'year',
    });
  await t.db('actor_affiliations').insert([
    {
      person_id: abykaev,
      organization_id: org,
      role: 'deputy',
      from_date: '2010-01-01',
      from_precision: 'year',
      to_date: '2014-06-30',
      to_precision: 'day',
      position: 5,
    },
    {
      person_id: abykaev,
      organization_id: org,
      role: '=adviser',
      from_date: '2015-01-01',
      from_precision: 'day',
      to_date: null,
      to_precision: null,
      position: 6,
    },
    {
      person_id: bortnikov,
      organization_id: org,
      role: 'envoy',
      from_date: null,
      from_precision: null,
      to_date: '2001-01-01',
      to_precision: 'year',
      position: 4,
    },
  ]);
  await t.db('claims').where({ id: 2 }).update({ stated_on: '2014-06-30', stated_precision: 'day' });
  await t.db('claims').where({ id: 3 }).update({ claimant_id: abykaev, stated_on: '2015-03-01', stated_precision: 'month' });
  await t
    .db('claims')
    .where({ id: 4 })
    .update({ claimant_id: abykaev, as_of: null, as_of_precision: null, stated_on: null, stated_precision: null });
  await t.db('claims').where({ id: 5 }).update({ stated_on: '2000-06-01', stated_precision: 'day' });
  await t.db('claim_relations').insert([
    { claim_id: 1, type: 'contradicts', related_claim_id: 5, asserted_by: abykaev },
    { claim_id: 6, type: 'corroborates', related_claim_id: 2, asserted_by: bortnikov },
    { claim_id: 4, type: 'corroborates', related_claim_id: 2, asserted_by: bortnikov },
  ]);
});
afterAll(() => t.drop());

const copyCsv = async (filter: ClaimFilter) => exportText(...(await new ExportService(t.db, 1000).claims(filter, 'csv')));
const serializerCsv = async (filter: ClaimFilter) =>
  exportText(
    await streamQuery(t.db, nativeQuery(claimExportQuery(t.db, filter)), 2),
    serializer<ClaimExportRow>('csv', CLAIM_EXPORT_COLUMNS, toClaimExport),
  );

test('the CSV written by COPY is byte for byte the serializer’s over the typed rows, filtered or not', async () => {
  const filters: ClaimFilter[] = [
    { limit: 0 },
    { limit: 0, countries: ['KZ'] },
    { limit: 0, documentId: 1 },
    { limit: 0, q: 'fighters' },
    { limit: 0, claimantIds: [999999] },
    { limit: 0, asRecorded: new Date(Date.now() + 1000).toISOString() },
  ];
  for (const filter of filters) expect(await copyCsv(filter)).toBe(await serializerCsv(filter));
  expect((await copyCsv({ limit: 0, claimantIds: [999999] })).split('\r\n')).toEqual([
    CLAIM_EXPORT_COLUMNS.map((c) => c.name).join(','),
    '',
  ]);
});

test('roles at the date and relations of every type agree with the API’s view of each claim', async () => {
  const lines = (await request(t.app).get('/v1/export/claims?format=ndjson').expect(200)).text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const claims = (await request(t.app).get('/v1/claims?limit=500').expect(200)).body.data as {
    id: number;
    claimant: { role?: string; organization?: { name: string } };
    relations: { type: string; claim_id: number }[];
  }[];
  const ids = (c: (typeof claims)[number], type: string) =>
    c.relations
      .filter((r) => r.type === type)
      .map((r) => r.claim_id)
      .sort((a, b) => a - b);
  for (const line of lines) {
    const c = claims.find((x) => x.id === line.claim_id)!;
    expect(line).toMatchObject({
      claimant_role: c.claimant.role ?? null,
      claimant_organization: c.claimant.organization?.name ?? null,
      supersedes: ids(c, 'supersedes'),
      superseded_by: ids(c, 'superseded_by'),
      part_of: ids(c, 'part_of'),
      derived_from: ids(c, 'derived_from'),
      contradicts: ids(c, 'contradicts'),
      corroborates: ids(c, 'corroborates'),
    });
  }
  // The dated picks themselves (on the last day of "deputy", within "=adviser", undated: the current role, before
  // "director": "envoy") and the relations seen from both sides.
  const first = (id: number) => lines.find((l) => l.claim_id === id)!;
  expect([2, 3, 4, 5, 6].map((id) => first(id).claimant_role)).toEqual(['deputy', '=adviser', 'chairman', 'envoy', 'director']);
  expect(first(2)).toMatchObject({ corroborates: [4, 6] });
  expect(first(1)).toMatchObject({ contradicts: [5] });
  expect(first(5)).toMatchObject({ contradicts: [1], superseded_by: [6] });
  const csv = (await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text;
  expect(csv).toContain(',"\'=adviser",');
});
