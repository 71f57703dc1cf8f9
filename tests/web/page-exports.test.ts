import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { asBytes } from '../support/bytes';
import { AnalystData, loadAnalystData } from '../support/analystData';

/**
 * A researcher downloads from a page what the page lists: every claim-listing page (the search, a country, an actor, a
 * document) links the claims it lists as CSV, NDJSON and XLSX and their histories (every revision), with the page's
 * filters; a claim's page links its history. Walk of 6 Dec 2026 (walk45): no page offered a claim's history as data,
 * though the export has had `include=revisions` since the start, and NDJSON was linked from nowhere.
 */
let t: TestApp;
let d: AnalystData;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  d = await loadAnalystData(t);
  // A claim of the search below edited twice, so that its history holds more than its creation.
  for (const credibility of [2, 3]) {
    const current = await request(t.app).get(`/v1/claims/${d.claims.soufanKz2014}`).expect(200);
    await request(t.app)
      .patch(`/v1/claims/${d.claims.soufanKz2014}`)
      .set(t.as.editor)
      .set('If-Match', current.headers.etag)
      .send({ credibility, reason: `graded ${credibility} after reading the report again` })
      .expect(200);
  }
});
afterAll(() => t.drop());

const html = (url: string) => request(t.app).get(url).set('Accept', 'text/html').expect(200);
const get = (url: string) => request(t.app).get(url).buffer(true).parse(asBytes).expect(200);

/** The footer's data links: name → address. */
function twins(page: string): Map<string, string> {
  const footer = /<footer class="twins">[\s\S]*?<\/footer>/.exec(page)![0];
  return new Map([...footer.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[2], m[1].replace(/&amp;/g, '&')]));
}

/** The claim ids the page lists (the search's rows, an actor's or a document's list), all on one page here. */
const listed = (page: string) => new Set([...page.matchAll(/<a class="figure" href="\/claims\/(\d+)/g)].map((m) => Number(m[1])));

const csvIds = (body: Buffer) =>
  new Set((parse(body.toString('utf8'), { columns: true, bom: true }) as { claim_id: string }[]).map((r) => Number(r.claim_id)));

/** Checks each export link of a page holds exactly `ids`, and the histories every revision of them. */
async function exportsHold(links: Map<string, string>, ids: Set<number>): Promise<void> {
  expect([...links.keys()]).toEqual(expect.arrayContaining(['CSV', 'NDJSON', 'Excel (XLSX)', 'Their histories (CSV)']));
  const csv = await get(links.get('CSV')!).expect('Content-Type', /^text\/csv/);
  expect(csvIds(csv.body)).toEqual(ids);
  const ndjson = await get(links.get('NDJSON')!).expect('Content-Type', /^application\/x-ndjson/);
  const lines = (ndjson.body as Buffer).toString('utf8').trim().split('\n');
  expect(new Set(lines.map((l) => (JSON.parse(l) as { claim_id: number }).claim_id))).toEqual(ids);
  await get(links.get('Excel (XLSX)')!).expect('Content-Type', /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/);
  const revisions = await get(links.get('Their histories (CSV)')!)
    .expect('Content-Type', /^text\/csv/)
    .expect('Content-Disposition', /filename="claim-revisions_/);
  const rows = parse((revisions.body as Buffer).toString('utf8'), { columns: true, bom: true }) as {
    revision_id: string;
    claim_id: string;
  }[];
  const stored = await t
    .db('revisions')
    .where({ entity: 'claim' })
    .whereIn('entity_id', [...ids])
    .pluck('id');
  expect(rows.map((r) => Number(r.revision_id)).sort((a, b) => a - b)).toEqual(stored.map(Number).sort((a, b) => a - b));
}

test('the search links its filtered claims as CSV, NDJSON and XLSX and their histories, each holding exactly the claims it lists', async () => {
  const page = (await html('/?country=KZ&metric=foreign_fighters&status=active&limit=100')).text;
  const ids = listed(page);
  expect(ids.size).toBeGreaterThan(3);
  expect(ids.has(d.claims.icsrKzRetracted)).toBe(false);
  const links = twins(page);
  expect(links.get('Their histories (CSV)')).toBe(
    '/v1/export/claims?format=csv&include=revisions&bom=1&country=KZ&metric=foreign_fighters&status=active',
  );
  await exportsHold(links, ids);
});

test('an actor, a document and a country page link their claims in every format and their histories', async () => {
  const actor = (await html(`/actors/${d.actors.soufan}`)).text;
  await exportsHold(twins(actor), listed(actor));
  const document = (await html(`/documents/${d.documents.soufan}`)).text;
  await exportsHold(twins(document), listed(document));
  // A country page draws its claims by metric: its exports hold every claim of the country.
  const country = (await html('/countries/KZ')).text;
  const ofKz = new Set((await t.db('claims').where({ country: 'KZ' }).pluck('id')).map(Number));
  await exportsHold(twins(country), ofKz);
});

test('a claim page links its history as data: every revision, with who, when and why', async () => {
  const page = (await html(`/claims/${d.claims.soufanKz2014}`)).text;
  const link = twins(page).get('Its history (JSON)');
  expect(link).toBe(`/v1/claims/${d.claims.soufanKz2014}/history`);
  const history = await request(t.app).get(link!).expect(200);
  expect(history.body.revisions.map((r: { version: number; reason: string | null }) => [r.version, r.reason])).toEqual([
    [1, null],
    [2, 'graded 2 after reading the report again'],
    [3, 'graded 3 after reading the report again'],
  ]);
});
