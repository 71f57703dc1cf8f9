import request from 'supertest';
import { AnalystData, loadAnalystData } from '../support/analystData';
import { CompareStore } from '../../src/compare/store';
import { createTestApp, TestApp } from '../support/app';

// Sources and timeline come a page of claimants at a time; their summary (spread, agreement, warnings) is over every
// claimant on every page. The same SQL reads current claims (the tables) and claims as recorded at an instant (the
// revisions' snapshots, through claimRows and relationRows): asked "as recorded now", both must give the same pages.
let t: TestApp;
let d: AnalystData;
beforeAll(async () => {
  // The ledger cache off: these tests watch how a view is computed (its queries, its snapshot), on every request.
  t = await createTestApp({ seed: true, config: { viewCacheEntries: 0 } });
  d = await loadAnalystData(t);
});
afterAll(() => t.drop());

const get = (url: string) => request(t.app).get(url);
type Body = Record<string, unknown> & { next: string | null };

/** Every page of a view, following `next` from the first. */
async function pages(url: string): Promise<Body[]> {
  const out: Body[] = [];
  for (let next: string | null = url; next !== null;) {
    const res = await get(next).expect(200);
    const body = res.body as Body;
    if (body.next === null) expect(res.headers.link).toBeUndefined();
    else expect(res.headers.link).toBe(`<${body.next}>; rel="next"`);
    out.push(body);
    next = body.next;
  }
  return out;
}

const VIEWS = [
  ['sources', 'country=KZ&metric=foreign_fighters', 'rows'],
  ['sources', 'country=KZ&metric=foreign_fighters,women', 'rows'],
  ['sources', 'country=RU&metric=foreign_fighters', 'rows'],
  ['timeline', 'country=KZ&metric=foreign_fighters', 'claimants'],
  ['timeline', 'country=RU&metric=foreign_fighters', 'claimants'],
] as const;

describe.each(VIEWS)('/v1/compare/%s?%s', (view, params, rowsField) => {
  const url = `/v1/compare/${view}?${params}`;

  test('pages of 2 hold the rows of the whole view in order, each with the whole view’s count and summary', async () => {
    const whole = (await get(url).expect(200)).body as Body;
    expect(whole.next).toBeNull();
    const rows = whole[rowsField] as unknown[];
    expect(whole.claimant_count).toBe(rows.length);
    const paged = await pages(`${url}&limit=2`);
    expect(paged).toHaveLength(Math.ceil(rows.length / 2));
    expect(paged.flatMap((p) => p[rowsField] as unknown[])).toEqual(rows);
    const summary = ({ [rowsField]: _rows, next: _next, ...rest }: Body) => rest;
    for (const page of paged) expect(summary(page)).toEqual(summary(whole));
  });

  test('as recorded now, the pages are the same', async () => {
    const now = encodeURIComponent(new Date().toISOString());
    const current = await pages(`${url}&limit=2`);
    const recorded = await pages(`${url}&limit=2&as_recorded=${now}`);
    const withoutLinks = (page: Body) => {
      const { next: _n, query: _q, [rowsField]: rows, ...rest } = page;
      const unlinked = (rows as Record<string, unknown>[]).map(({ claims_url: _u, ...row }) => row);
      return { ...rest, rows: unlinked };
    };
    expect(recorded.map(withoutLinks)).toEqual(current.map(withoutLinks));
  });
});

test('sources rows are in claimant name order across pages; a claimant after the cursor comes on the next page', async () => {
  const first = (await get('/v1/compare/sources?country=KZ&metric=foreign_fighters&limit=3').expect(200)).body;
  expect(first.rows.map((r: { claimant: { name: string } }) => r.claimant.name)).toEqual([
    'ICSR',
    'Joanna Paraszczuk',
    'National Security Committee of Kazakhstan',
  ]);
  expect(first.claimant_count).toBe(5);
  // A new claimant whose name sorts before the cursor does not appear on later pages; one after it does.
  const actor = async (name: string) =>
    (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name }).expect(201)).body.id as number;
  for (const name of ['Aaron Early', 'Zora Late']) {
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'KZ',
        value: 200,
        approximation: 'exact',
        value_text: '200',
        claimant_id: await actor(name),
        sources: [{ document_id: d.documents.soufan, quote: `Kazakhstan: 200 (${name})` }],
      })
      .expect(201);
  }
  const rest = await pages(first.next);
  expect(rest.flatMap((p) => (p.rows as { claimant: { name: string } }[]).map((r) => r.claimant.name))).toEqual([
    'Nurtai Abykaev',
    'The Soufan Group',
    'Zora Late',
  ]);
  expect(rest[0].claimant_count).toBe(7);
});

test('format=csv is every row; format=citation cites what the page shows', async () => {
  // More claimants than the default page of each view (100 sources rows, 50 timeline claimants), so a CSV of one page would be caught.
  const many = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'Many Figures' }).expect(201)).body
    .id as number;
  for (let i = 0; i < 115; i++) {
    const claimant =
      i < 5
        ? many
        : ((
            await request(t.app)
              .post('/v1/actors')
              .set(t.as.editor)
              .send({ kind: 'person', name: `Claimant ${i}` })
              .expect(201)
          ).body.id as number);
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'TM',
        value: i + 1,
        approximation: 'exact',
        value_text: String(i + 1),
        claimant_id: claimant,
        sources: [{ document_id: d.documents.soufan, quote: `Turkmenistan: ${i + 1}` }],
      })
      .expect(201);
  }
  const sources = (await get('/v1/compare/sources?country=TM&metric=foreign_fighters').expect(200)).body;
  expect([sources.rows.length, sources.claimant_count]).toEqual([100, 111]);
  const timelinePage = (await get('/v1/compare/timeline?country=TM&metric=foreign_fighters').expect(200)).body;
  expect([timelinePage.claimants.length, timelinePage.claimant_count]).toEqual([50, 111]);
  const csv = await get('/v1/compare/sources?country=TM&metric=foreign_fighters&format=csv').expect(200);
  expect(csv.text.trimEnd().split('\r\n')).toHaveLength(1 + 111);
  const timeline = await get('/v1/compare/timeline?country=TM&metric=foreign_fighters&format=csv').expect(200);
  expect(timeline.text.trimEnd().split('\r\n')).toHaveLength(1 + 115);
  const page = (await get('/v1/compare/timeline?country=RU&metric=foreign_fighters&limit=1').expect(200)).body;
  const cited = await get(
    '/v1/compare/timeline?country=RU&metric=foreign_fighters&limit=1&format=citation&citation_format=csl-json',
  ).expect(200);
  expect(JSON.parse(cited.text)).toHaveLength(page.claimants[0].figures.length);
  expect(cited.headers.link).toMatch(/rel="next"/);
});

describe('bad paging parameters are a 400 naming them', () => {
  test.each([
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters&limit=0', 'limit'],
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters&limit=1001', 'limit'],
    ['/v1/compare/timeline?country=KZ&metric=foreign_fighters&limit=501', 'limit'],
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters&cursor=nonsense!', 'cursor'],
    // A timeline cursor on the sources view, and the other way round.
    [`/v1/compare/sources?country=KZ&metric=foreign_fighters&cursor=${Buffer.from('[1,2,3,4,5,6]').toString('base64url')}`, 'cursor'],
    [`/v1/compare/timeline?country=KZ&metric=foreign_fighters&cursor=${Buffer.from('["ICSR",3]').toString('base64url')}`, 'cursor'],
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters&format=csv&limit=10', 'limit'],
    ['/v1/compare/timeline?country=KZ&metric=foreign_fighters&format=csv&cursor=abc', 'cursor'],
    ['/v1/compare/countries?country=KZ&metric=foreign_fighters&limit=10', 'limit'],
  ])('%s', async (url, field) => {
    const res = await get(url)
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});

test('a page ending on a claimant with a long non-Latin name links to the next page', async () => {
  // The sources cursor carries the last claimant's name: 300 CJK characters are 900 bytes of JSON.
  const source = await t.db('claim_sources').orderBy('id').first('document_id', 'quote');
  for (const name of ['界'.repeat(300), `${'界'.repeat(299)}龍`, 'Ahmed']) {
    const actor = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name }).expect(201)).body.id;
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'women',
        country: 'MV',
        value: 10,
        approximation: 'exact',
        value_text: '10',
        claimant_id: actor,
        sources: [source],
      })
      .expect(201);
  }
  const names = (body: Body) => (body.rows as { claimant: { name: string } }[]).map((r) => r.claimant.name);
  const whole = (await get('/v1/compare/sources?country=MV&metric=women').expect(200)).body as Body;
  const paged = await pages(`/v1/compare/sources?country=MV&metric=women&limit=${names(whole).indexOf('界'.repeat(300)) + 1}`);
  expect(paged.length).toBeGreaterThan(1);
  expect(paged.flatMap(names)).toEqual(names(whole));
});

test.each([
  ['sources', 'claimantFigureCounts'],
  ['timeline', 'claimantFigures'],
] as const)('the %s view reads one snapshot: a retraction committed between its queries does not show in it', async (view, secondQuery) => {
  const url = `/v1/compare/${view}?country=RU&metric=foreign_fighters`;
  const before = (await get(url).expect(200)).body;
  const rows = (view === 'sources' ? before.rows : before.claimants) as { claimant: { id: number } }[];
  const claimantId = rows[0].claimant.id;
  // Another connection retracts the claimant's figures after the view's first query and before its second.
  const second = CompareStore.prototype[secondQuery] as (...args: unknown[]) => Promise<unknown>;
  const spy = jest.spyOn(CompareStore.prototype, secondQuery).mockImplementation(async function (this: CompareStore, ...args: unknown[]) {
    await t
      .db('claims')
      .where({ claimant_id: claimantId, country: 'RU', metric: 'foreign_fighters' })
      .update({ status: 'retracted', retraction_reason: 'test: a concurrent retraction' });
    return second.apply(this, args);
  } as never);
  try {
    expect((await get(url).expect(200)).body).toEqual(before);
  } finally {
    spy.mockRestore();
  }
  const after = (await get(url).expect(200)).body;
  expect((view === 'sources' ? after.rows : after.claimants).map((r: { claimant: { id: number } }) => r.claimant.id)).not.toContain(
    claimantId,
  );
});
