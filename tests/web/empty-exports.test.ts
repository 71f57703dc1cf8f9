import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { NO_CLAIMS_TO_EXPORT } from '../../src/web/layout';

/**
 * A page no claim matches does not link its claims' files, which would be empty (walk47: a country without figures
 * linked a CSV of its header only and an NDJSON of 0 bytes, with no word on the page); it says so in their place. A page
 * whose only claim is retracted still links them: the export holds retracted claims, flagged, which the page does not draw.
 */
let t: TestApp;
let actorId: number;
let documentId: number;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  actorId = (
    await request(t.app).post('/v1/actors').set(t.as.editor).send({ name: 'Silent Agency', kind: 'government_agency' }).expect(201)
  ).body.id;
  documentId = (
    await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: 'A note with no figure', text: 'Nothing counted here.' })
      .expect(201)
  ).body.id;
  const tajik = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ country: 'TJ' }))
    .expect(201);
  await request(t.app).delete(`/v1/claims/${tajik.body.id}`).set(t.as.admin).send({ reason: 'the figure was Kazakh' }).expect(200);
});
afterAll(() => t.drop());

const footer = async (url: string) => {
  const page = await request(t.app).get(url).set('Accept', 'text/html').expect(200);
  return /<footer class="twins">[\s\S]*?<\/footer>/.exec(page.text)![0];
};
const links = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => m[2]);
const exportsOf = (html: string) => [...html.matchAll(/<a href="(\/v1\/export\/claims[^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

test.each([
  ['a country without figures', '/countries/UZ'],
  ['a search that matches nothing', '/?q=zeppelin'],
  ['an actor who stated no figure', () => `/actors/${actorId}`],
  ['a document that reports no figure', () => `/documents/${documentId}`],
])('%s says its claims files would be empty instead of linking them', async (_, url) => {
  const html = await footer(typeof url === 'string' ? url : url());
  expect(exportsOf(html)).toEqual([]);
  expect(links(html)).toContain('JSON');
  expect(html).toContain(NO_CLAIMS_TO_EXPORT);
});

test('a country whose only claim is retracted links its files, and the CSV holds that claim flagged', async () => {
  const html = await footer('/countries/TJ');
  expect(html).not.toContain(NO_CLAIMS_TO_EXPORT);
  const csv = exportsOf(html).find((u) => u.includes('format=csv') && !u.includes('include='))!;
  const rows = (await request(t.app).get(csv).expect(200)).text.trim().split('\n');
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('retracted');
});

test('a page with figures links its files and says nothing of empty ones', async () => {
  const html = await footer('/countries/KZ');
  expect(links(html)).toEqual(expect.arrayContaining(['CSV', 'NDJSON', 'Excel (XLSX)', 'Their histories (CSV)']));
  expect(html).not.toContain(NO_CLAIMS_TO_EXPORT);
});
