import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const page = (url: string) => request(t.app).get(url).set('Accept', 'text/html');

describe('a comparison the ledger has no figure for says so and what to do next', () => {
  test('sources: no drawing, no table of headings alone, no empty page navigation; the metric in every country, the form, the search and the workspace', async () => {
    const res = await page('/compare/sources?country=FR&metric=women').expect(200);
    expect(res.text).toContain('<strong>The ledger holds no figure of Women for France.</strong> What you can do:');
    expect(res.text).toContain('<a href="/compare/countries?metric=women">Women in every country</a>');
    expect(res.text).toContain('<a href="#change-view">Choose another metric or place</a>');
    expect(res.text).toContain('<h2 id="change-view">Change the view</h2>');
    expect(res.text).toContain('<a href="/">Search every claim</a>');
    expect(res.text).toContain('<a href="/workspace">add the figures of an article in the workspace</a>');
    expect(res.text).not.toContain('class="chart-svg');
    expect(res.text).not.toContain('<table');
    expect(res.text).not.toContain('aria-label="Pages"');
    // The country's page stays linked beside it.
    expect(res.text).toContain('<a href="/countries/FR">France: all metrics</a>');
  });

  test('timeline narrowed by a group: the same view without the narrowing is offered; the instant is kept in every link', async () => {
    const at = new Date().toISOString();
    const res = await page(`/compare/timeline?country=FR&metric=women&group=ISIS&as_recorded=${encodeURIComponent(at)}`).expect(200);
    const q = `as_recorded=${encodeURIComponent(at)}`;
    expect(res.text).toContain('The ledger holds no figure of Women for France (group Islamic State).');
    expect(res.text).toContain(`<a href="/compare/timeline?country=FR&amp;metric=women&amp;${q}">The same without the group`);
    expect(res.text).toContain(`<a href="/compare/countries?metric=women&amp;${q}">Women in every country</a>`);
    expect(res.text).toContain(`<a href="/?${q}">Search every claim</a>`);
    expect(res.text).not.toContain('class="chart-svg');
    expect(res.text).not.toContain('<table');
  });

  test('countries: no map of nothing, said in words', async () => {
    const res = await page('/compare/countries?metric=arrested').expect(200);
    expect(res.text).toContain('The ledger holds no figure of Arrested or detained for World.');
    expect(res.text).not.toContain('class="chart-svg');
    expect(res.text).not.toContain('places have figures');
  });

  test('a comparison with figures is drawn as before, without the note and without a page navigation of one page', async () => {
    for (const url of ['/compare/sources?country=KZ&metric=foreign_fighters', '/compare/timeline?country=RU&metric=foreign_fighters']) {
      const res = await page(url).expect(200);
      expect(res.text).toContain('class="chart-svg');
      expect(res.text).toContain('<table');
      expect(res.text).not.toContain('no-figures-here');
      expect(res.text).not.toContain('aria-label="Pages"');
    }
    const world = await page('/compare/countries?metric=foreign_fighters').expect(200);
    expect(world.text).toContain('places have figures');
    expect(world.text).not.toContain('no-figures-here');
  });
});
