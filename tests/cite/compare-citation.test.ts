import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const cite = async (id: number, query: string) => (await request(t.app).get(`/v1/claims/${id}/citation?${query}`).expect(200)).text;

test.each([
  ['sources', 'country=KZ&metric=foreign_fighters', (b: { rows: { claim_id: number }[] }) => b.rows.map((r) => r.claim_id)],
  [
    'timeline',
    'country=RU&metric=foreign_fighters',
    (b: { claimants: { figures: { claim_id: number }[] }[] }) => b.claimants.flatMap((c) => c.figures.map((f) => f.claim_id)),
  ],
  [
    'countries',
    'country=KZ,RU,KG&metric=foreign_fighters',
    (b: { rows: { claim_id: number | null }[] }) => b.rows.flatMap((r) => (r.claim_id ? [r.claim_id] : [])),
  ],
])('format=citation on /v1/compare/%s cites every figure shown, in the view’s order', async (view, params, figures) => {
  const json = (await request(t.app).get(`/v1/compare/${view}?${params}`).expect(200)).body;
  const ids = (figures as (b: unknown) => number[])(json);
  expect(ids.length).toBeGreaterThan(0);
  const res = await request(t.app).get(`/v1/compare/${view}?${params}&format=citation&accessed=2026-11-27`).expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
  const expected = (await Promise.all(ids.map((id) => cite(id, 'accessed=2026-11-27')))).join('');
  expect(res.text).toBe(expected);
});

test('citation_format and style choose the citation format; without format=citation they are refused', async () => {
  const csl = await request(t.app)
    .get('/v1/compare/timeline?country=RU&metric=foreign_fighters&format=citation&citation_format=csl-json')
    .expect(200);
  expect(JSON.parse(csl.text)).toHaveLength(2);
  const bib = await request(t.app)
    .get('/v1/compare/sources?country=KZ&metric=foreign_fighters&format=citation&citation_format=bibtex')
    .expect(200);
  expect(bib.text.match(/^@/gm)?.length).toBe(3);
  expect(bib.headers['content-disposition']).toMatch(
    /^inline; filename="compare-sources_citation_country-KZ_metric-foreign-fighters_\d{8}T\d{6}Z\.bib"$/,
  );
  const bad = await request(t.app)
    .get('/v1/compare/sources?country=KZ&metric=foreign_fighters&format=citation&citation_format=doc')
    .expect(400);
  expect(bad.body.errors[0].field).toBe('citation_format');
  const stray = await request(t.app).get('/v1/compare/sources?country=KZ&metric=foreign_fighters&citation_format=bibtex').expect(400);
  expect(stray.body.errors).toEqual([{ field: 'citation_format', message: 'needs format=citation' }]);
  expect(stray.body.detail).toBe('Query parameter citation_format needs format=citation.');
});

test('style and accessed without format=citation are refused as needing it on every view, an unknown one beside them as unknown', async () => {
  for (const view of ['sources?country=KZ', 'timeline?country=KZ', 'countries?country=KZ,RU']) {
    const res = await request(t.app).get(`/v1/compare/${view}&metric=foreign_fighters&style=apa&accessed=2026-11-27`).expect(400);
    expect(res.body.errors).toEqual([
      { field: 'style', message: 'needs format=citation' },
      { field: 'accessed', message: 'needs format=citation' },
    ]);
    expect(res.body.detail).toBe('Query parameters style, accessed need format=citation.');
  }
  const mixed = await request(t.app).get('/v1/compare/sources?country=KZ&metric=foreign_fighters&style=apa&colour=red').expect(400);
  expect(mixed.body.errors).toEqual([
    { field: 'style', message: 'needs format=citation' },
    { field: 'colour', message: 'is not a known parameter' },
  ]);
  expect(mixed.body.detail).toBe('Unknown query parameter: colour.');
});

test('sources and timeline compare within one country: several are a 400 naming country', async () => {
  for (const view of ['sources', 'timeline']) {
    const res = await request(t.app).get(`/v1/compare/${view}?country=KZ,RU&metric=foreign_fighters`).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'country' })]);
  }
  await request(t.app).get('/v1/compare/countries?country=KZ,RU&metric=foreign_fighters').expect(200);
});

test('a view asked as_recorded cites its figures as they were recorded then, not as later edited', async () => {
  const view = '/v1/compare/sources?country=RU&metric=foreign_fighters&format=citation&accessed=2026-11-27';
  const citedThen = (await request(t.app).get(view).expect(200)).text;
  // The last revision's time as the API serves times (to the millisecond): the edit below is recorded after it.
  const { last } = (await t.db('revisions').max({ last: 'created_at' }).first()) as { last: Date };
  const instant = last.toISOString();
  const shown = (await request(t.app).get('/v1/compare/sources?country=RU&metric=foreign_fighters').expect(200)).body.rows as {
    claim_id: number;
    value_text: string;
  }[];
  const edited = shown[0];
  await request(t.app)
    .patch(`/v1/claims/${edited.claim_id}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ value_text: `${edited.value_text} (restated)`, reason: 'test: a later edit' })
    .expect(200);

  const citedNow = (await request(t.app).get(view).expect(200)).text;
  expect(citedNow).toContain('(restated)');
  expect(
    (
      await request(t.app)
        .get(`${view}&as_recorded=${encodeURIComponent(instant)}`)
        .expect(200)
    ).text,
  ).toBe(citedThen);
});
