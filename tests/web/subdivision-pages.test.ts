/**
 * The pages of a subdivision (RU-CE) and of its country: each its own place, linked both ways, and the countries
 * compared side by side with the subdivision in the table though the map draws whole countries only.
 */
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { createTestApp, listen, Listening, TestApp } from '../support/app';
import { axeViolations, collectConsoleErrors, describeInBrowser, launchBrowser, screenshotOnFailure } from '../support/browser';

let t: TestApp;
const TEXT = 'Kadyrov said 1,000 Chechens and 300 Dagestanis had gone to Syria; the FSB put the number of Russians there at 4,000.';

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const claimant = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'Ramzan Kadyrov' }).expect(201))
    .body.id;
  const doc = (
    await request(t.app).post('/v1/documents').set(t.as.editor).send({ kind: 'article', title: 'Chechens', text: TEXT }).expect(201)
  ).body.id;
  const claim = (country: string, value: number, value_text: string, as_of: string, quote: string) =>
    request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country,
        value,
        approximation: 'exact',
        value_text,
        as_of,
        claimant_id: claimant,
        sources: [{ document_id: doc, quote }],
      })
      .expect(201);
  await claim('Chechens', 1000, '1,000', '2015', '1,000 Chechens');
  await claim('RU-CE', 900, '900', '2014', '1,000 Chechens');
  await claim('Dagestan', 300, '300', '2015', '300 Dagestanis');
  await claim('RU', 4000, '4,000', '2015', 'the number of Russians there at 4,000');
});
afterAll(() => t.drop());

const page = (url: string) => request(t.app).get(url).set('Accept', 'text/html').expect(200);
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

test("the country's page links to the places within it that have figures, with their counts, and counts none of theirs", async () => {
  const html = (await page('/countries/RU')).text;
  const within = /<p class="places-within">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
  expect(text(within)).toBe(
    'Places within Russia with figures filed under their own code, not among Russia’s here: Chechnya (2 figures), Dagestan (1 figure).',
  );
  expect(within).toContain('<a href="/countries/RU-CE">Chechnya</a>');
  expect(within).toContain('<a href="/countries/RU-DA">Dagestan</a>');
  // Russia's own figures: the seed's FSB pair and Kadyrov's 4,000, none of Chechnya's
  expect(html).toMatch(/<a href="#metric-foreign_fighters">[^<]+<\/a> \(3\)/);
  expect(html).not.toContain('“1,000”');
  // as recorded before the subdivisions had figures: no list
  expect((await page('/countries/RU?as_recorded=2000-01-01T00:00:00Z')).text).not.toContain('places-within');
});

test("the subdivision's page says what it is within and links back; its figures are its own", async () => {
  const html = (await page('/countries/Chechens')).text;
  expect(html).toContain('<h1>Chechnya</h1>');
  const facts = /<p class="place-facts">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
  expect(text(facts)).toBe(
    'Subdivision (ISO 3166-2 RU-CE; Chechen) within Russia. The ledger files the figures given for its people under RU-CE, apart from Russia’s; a figure given for Russia may or may not count them.',
  );
  expect(facts).toContain('<a href="/countries/RU">Russia</a>');
  expect(html).toMatch(/<a href="#metric-foreign_fighters">[^<]+<\/a> \(2\)/);
  expect(html).toContain('href="/v1/claims?country=RU-CE"');
  expect(html).not.toContain('places-within');
});

test('countries side by side: RU and RU-CE each a row; the map draws Russia and says why Chechnya is not drawn', async () => {
  const html = (await page('/compare/countries?metric=foreign_fighters&country=RU,Chechnya')).text;
  const row = /<tr data-country="RU-CE">(.*?)<\/tr>/s.exec(html)?.[1] ?? '';
  expect(text(row)).toMatch(/^Chechnya \(within Russia; not on the map\)“1,000”/);
  expect(html).toMatch(/<tr data-country="RU"><th scope="row"><a href="\/countries\/RU">Russia<\/a><\/th>/);
  expect(html).toContain('data-country="RU" data-class=');
  expect(html).not.toMatch(/<(a|path)[^>]*data-country="RU-CE"/);
  const note = /<p class="chart-key map-within">(.*?)<\/p>/s.exec(html)?.[1] ?? '';
  expect(text(note)).toBe(
    'Not drawn, as the map draws whole countries: Chechnya (within Russia). Their figures are in the table, apart from their countries’.',
  );
});

describeInBrowser('the same pages in Chromium', () => {
  let server: Listening;
  let browser: Browser;
  beforeAll(async () => {
    server = await listen(t.app);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each([
    ['/countries/RU', '.places-within', 'Chechnya (2 figures)'],
    ['/countries/RU-CE', '.place-facts', 'within Russia'],
    ['/compare/countries?metric=foreign_fighters&country=RU,RU-CE', '.map-within', 'Chechnya (within Russia)'],
  ])('%s has no axe violation and says the same with JavaScript off', async (url, selector, words) => {
    const page = await browser.newPage();
    const errors = collectConsoleErrors(page);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      await page.goto(server.base + url);
      await page.waitForLoadState('networkidle');
      expect(await page.locator(selector).textContent()).toContain(words);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      const bare = await noScript.newPage();
      await bare.goto(server.base + url);
      expect(await bare.locator(selector).isVisible()).toBe(true);
      expect(await bare.locator(selector).textContent()).toContain(words);
    } catch (e) {
      await screenshotOnFailure(page, `subdivision ${url}`);
      throw e;
    } finally {
      await noScript.close();
      await page.close();
    }
  });
});
