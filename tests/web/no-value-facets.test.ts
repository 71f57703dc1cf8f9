import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * The search page's refine panel counted the claims with no year ("undated") and no group ("none") but could not
 * filter on them: they are the filters `undated` and `no_group` of every claim list (the API, the exports, the pages),
 * linked from the facets, said among the filters in use, and kept by the next page and the exports.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const page = (url: string) => request(t.app).get(url).set('Accept', 'text/html').expect(200);
const listedIds = (html: string) =>
  [...html.matchAll(/<a class="figure" href="\/claims\/(\d+)/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
const ids = async (where: (q: ReturnType<TestApp['db']>) => unknown) => {
  const q = t.db('claims').pluck('id');
  where(q);
  return ((await q) as number[]).map(Number).sort((a, b) => a - b);
};

test('the undated facet filters the search by claims without an as_of, and its chip removes the filter', async () => {
  const undated = await ids((q) => q.whereNull('as_of'));
  expect(undated.length).toBeGreaterThan(0);
  const res = await page('/?undated=true&limit=100');
  expect(listedIds(res.text)).toEqual(undated);
  expect(res.text).toContain('as of: unknown');
  expect(res.text).toContain('<a href="/?limit=100">remove<span class="visually-hidden"> the as of filter</span></a>');
  // the facet's own link, selected, removes it; choosing a year replaces it
  expect(res.text).toContain('href="/?limit=100" aria-current="true" class="active">undated');
  const api = await request(t.app).get('/v1/claims?undated=true&limit=100').expect(200);
  expect(api.body.data.map((c: { id: number }) => c.id).sort((a: number, b: number) => a - b)).toEqual(undated);
});

test('the no group facet filters by claims naming no group, and the next page and the exports keep the filters', async () => {
  const none = await ids((q) => q.whereNull('group_slug'));
  expect(none.length).toBeGreaterThan(0);
  const grouped = await page('/?no_group=true');
  expect(listedIds(grouped.text)).toEqual(none);
  expect(grouped.text).toContain('group: none');
  const csv = /<a href="([^"]+)">CSV<\/a>/.exec(grouped.text)![1].replace(/&amp;/g, '&');
  expect(csv).toContain('no_group=true');
  const ndjson = await request(t.app).get(csv.replace('format=csv&bom=1', 'format=ndjson')).expect(200);
  const exported = [
    ...new Set(
      ndjson.text
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { claim_id: number }).claim_id),
    ),
  ];
  expect(exported.sort((a, b) => a - b)).toEqual(none);
  // a page at a time: the next page's link keeps the filter
  const undated = await ids((q) => q.whereNull('as_of'));
  expect(undated.length).toBeGreaterThan(1);
  const first = await page('/?undated=true&limit=1');
  const next = /<a href="([^"]+)" rel="next">/.exec(first.text)![1].replace(/&amp;/g, '&');
  expect(next).toContain('undated=true');
  const second = await page(next);
  expect([...listedIds(first.text), ...listedIds(second.text)]).toEqual(undated.slice(0, 2));
});

test('a value other than the yes-or-no words is a 400 naming the filter, on the API and on the page', async () => {
  const api = await request(t.app).get('/v1/claims?undated=maybe&no_group=2').expect(400);
  expect(api.body.errors).toEqual(
    expect.arrayContaining([
      { field: 'undated', message: 'must be true or false (or 1 or 0, yes or no, on or off)' },
      { field: 'no_group', message: 'must be true or false (or 1 or 0, yes or no, on or off)' },
    ]),
  );
  const html = await request(t.app).get('/?undated=maybe').set('Accept', 'text/html').expect(400);
  expect(html.text).toContain('must be true or false (or 1 or 0, yes or no, on or off)');
});

test('undated and no_group take 1/0, yes/no, on/off in any case as true/false, and an empty value as no filter', async () => {
  const ids = async (query: string) =>
    (await request(t.app).get(`/v1/claims?limit=500&${query}`).expect(200)).body.data.map((c: { id: number }) => c.id);
  const undated = await ids('undated=true');
  const dated = await ids('undated=false');
  expect(undated.length).toBeGreaterThan(0);
  for (const word of ['1', 'yes', 'on', 'True', 'YES']) expect([word, await ids(`undated=${word}`)]).toEqual([word, undated]);
  for (const word of ['0', 'no', 'off', 'False']) expect([word, await ids(`undated=${word}`)]).toEqual([word, dated]);
  expect(await ids('no_group=1')).toEqual(await ids('no_group=true'));
  expect(await ids('undated=')).toEqual(await ids(''));
  // The page says what the filter does, whichever word asked for it.
  const page = await request(t.app).get('/?undated=1').set('Accept', 'text/html').expect(200);
  expect(page.text).toContain('as of: unknown');
});
