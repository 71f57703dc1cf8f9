import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const page = (query: string) => request(t.app).get(`/${query}`).set('Accept', 'text/html');

test('a search with a bad field shows the form again, the input kept and the error next to its field (no script needed)', async () => {
  const res = await page('?q=Kazakh+women&from=2015-13&to=soon&country=Atlantis&sort=id').expect(400);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  const html = res.text;
  // The input as sent.
  expect(html).toContain('name="q" type="search" value="Kazakh women"');
  expect(html).toMatch(/id="f-from" name="from" type="text" value="2015-13"[^>]*aria-invalid="true" aria-describedby="f-from-note"/);
  expect(html).toMatch(/id="f-to" name="to" type="text" value="soon"[^>]*aria-invalid="true"/);
  expect(html).toMatch(/id="f-country" name="country" type="text" value="Atlantis"[^>]*aria-invalid="true"/);
  // Each error next to its field, and listed above the form with a link to it.
  expect(html).toMatch(/<p class="field-note" id="f-from-note">[^<]+<\/p>/);
  expect(html).toMatch(/<p class="field-note" id="f-country-note">[^<]+<\/p>/);
  expect(html).toContain('href="#f-from"');
  // The list names each field as the form labels it, not by its parameter.
  expect(html).toMatch(/<li><a href="#f-from">As of, from: [^<]+<\/a><\/li>/);
  expect(html).toMatch(/<li><a href="#f-country">Country: [^<]+<\/a><\/li>/);
  expect(html).toMatch(/<details class="filters" open/);
  // The fields that were right are not marked.
  expect(html).not.toMatch(/id="q"[^>]*aria-invalid/);
});

test('hostile input is kept as text, never markup; a good search is unchanged', async () => {
  const res = await page(`?from=${encodeURIComponent('"><script>alert(1)</script>')}`).expect(400);
  expect(res.text).not.toContain('<script>alert(1)');
  expect(res.text).toContain('value="&quot;>&lt;script>alert(1)&lt;/script>"');
  const ok = await page('?q=Kazakh&from=2014').expect(200);
  expect(ok.text).not.toContain('field-note');
  expect(ok.text).toContain('value="Kazakh"');
  // API clients still get problem+json.
  const api = await request(t.app).get('/v1/claims?from=2015-13').expect(400);
  expect(api.headers['content-type']).toMatch(/problem\+json/);
});

test('the filters summary counts every filter in use, not only the fields of its panel', async () => {
  const html = (await page('?country=KZ&claimant=4&group=ISIS&undated=true').expect(200)).text;
  expect(html).toContain('<summary>Filters (4 in use)</summary>');
  expect((await page('?no_group=true').expect(200)).text).toContain('<summary>Filters (1 in use)</summary>');
  expect((await page('?q=Kazakh').expect(200)).text).toContain('<summary>Filters</summary>');
});
