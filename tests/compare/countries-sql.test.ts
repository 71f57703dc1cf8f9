import request from 'supertest';
import { loadAnalystData } from '../support/analystData';
import { createTestApp, TestApp } from '../support/app';

// The countries view answers from SQL aggregates (CompareStore.countrySummary), over the claims table for current
// claims and over the revisions' snapshots for claims as recorded at an instant. Asked "as recorded now", both must
// give the same rows and warnings.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  await loadAnalystData(t);
});
afterAll(() => t.drop());

const VIEWS = [
  '/v1/compare/countries?metric=foreign_fighters&country=KZ,KG,TJ,TM,UZ,RU',
  '/v1/compare/countries?metric=foreign_fighters&country=KZ,KG,TJ,TM,UZ,RU&as_of=2015',
  '/v1/compare/countries?metric=foreign_fighters,women&country=KZ,RU',
];

async function bothWays(url: string): Promise<void> {
  const now = new Date().toISOString();
  const current = (await request(t.app).get(url).expect(200)).body;
  const recorded = (
    await request(t.app)
      .get(`${url}&as_recorded=${encodeURIComponent(now)}`)
      .expect(200)
  ).body;
  const withoutLinks = (rows: Record<string, unknown>[]) => rows.map(({ claims_url: _u, ...row }) => row);
  expect(withoutLinks(current.rows)).toEqual(withoutLinks(recorded.rows));
  expect(current.warnings).toEqual(recorded.warnings);
}

test('the SQL answer equals the figure-by-figure one, before and after ranks change', async () => {
  for (const url of VIEWS) await bothWays(url);
  const before = (await request(t.app).get(VIEWS[0]).expect(200)).body.rows as { country: string; claim_id: number | null }[];
  const kz = before.find((r) => r.country === 'KZ')!.claim_id!;
  const ru = before.find((r) => r.country === 'RU')!.claim_id!;
  // Deprecating the figure shown picks another; a preferred one wins over the latest.
  await request(t.app)
    .patch(`/v1/claims/${kz}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ rank: 'deprecated', reason: 'test' })
    .expect(200);
  const ruClaims = (await request(t.app).get('/v1/claims?country=RU&metric=foreign_fighters&status=active').expect(200)).body.data as {
    id: number;
  }[];
  const other = ruClaims.find((c) => c.id !== ru);
  if (other)
    await request(t.app)
      .patch(`/v1/claims/${other.id}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ rank: 'preferred', reason: 'test' })
      .expect(200);
  const after = (await request(t.app).get(VIEWS[0]).expect(200)).body.rows as {
    country: string;
    claim_id: number | null;
    chosen_by: string | null;
  }[];
  expect(after.find((r) => r.country === 'KZ')!.claim_id).not.toBe(kz);
  if (other) expect(after.find((r) => r.country === 'RU')).toMatchObject({ claim_id: other.id, chosen_by: 'rank' });
  for (const url of VIEWS) await bothWays(url);
});
