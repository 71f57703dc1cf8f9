import request from 'supertest';
import { createServices } from '../../src/services';
import { ClaimService } from '../../src/claims/service';
import { createTestApp, TestApp } from '../support/app';
import { AnalystData, loadAnalystData } from '../support/analystData';

let t: TestApp;
let d: AnalystData;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  d = await loadAnalystData(t);
});
afterAll(() => t.drop());

const page = (url: string) => request(t.app).get(url).set('Accept', 'text/html');
/** The rows of the claims table as claim ids, in order. */
const rowIds = (html: string) =>
  [...html.matchAll(/<tr class="claim-row[^"]*" role="row"><td role="cell"><a class="figure" href="\/claims\/(\d+)/g)].map((m) =>
    Number(m[1]),
  );

describe('search (the home page)', () => {
  test('finds claims by a word of their quotes, marks the matched words (stemmed as PostgreSQL does), and counts facets', async () => {
    const res = await page('/?q=Kazakh')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(rowIds(res.text).sort((a, b) => a - b)).toEqual(
      [d.claims.video, d.claims.knb300, d.claims.women, d.claims.hundreds].sort((a, b) => a - b),
    );
    expect(res.text).toContain('<mark>Kazakh</mark>');
    expect(res.text).toContain('<mark>Kazakhs</mark>');
    expect(res.text).not.toMatch(/<mark>Kazakhstan/);
    expect(res.text).toContain('4 claims matching “Kazakh”');
    expect(res.text).toMatch(/<input id="q" name="q" type="search" value="Kazakh"/);
    // Facets: each value links to the search narrowed to it, named so; the year facet filters by from/to.
    expect(res.text).toContain(
      'href="/?q=Kazakh&amp;country=KZ">Kazakhstan<span class="visually-hidden"> (filter the search by it)</span></a> <span class="count">4</span>',
    );
    expect(res.text).toContain(
      'href="/?q=Kazakh&amp;from=2013&amp;to=2013">2013<span class="visually-hidden"> (filter the search by it)</span></a> <span class="count">1</span>',
    );
    // …and the claims without a year or a group are a filter too (undated, no_group), not counted only
    expect(res.text).toContain(
      'href="/?q=Kazakh&amp;undated=true">undated<span class="visually-hidden"> (filter the search by it)</span></a> <span class="count">3</span>',
    );
    expect(res.text).toContain(
      `href="/?q=Kazakh&amp;claimant=${d.actors.abykaev}">Nurtai Abykaev<span class="visually-hidden"> (filter the search by it)</span></a>`,
    );
    // Twins: the same query as JSON and as CSV.
    expect(res.text).toContain('href="/v1/claims?q=Kazakh">JSON</a>');
    expect(res.text).toContain('href="/v1/export/claims?format=csv&amp;bom=1&amp;q=Kazakh">CSV</a>');
  });

  test('the page’s data links each say what they hold: a page of the API, every claim filtered by source, the whole ledger', async () => {
    const res = await page('/?country=KZ').expect(200);
    const footer = /<footer class="twins">[\s\S]*?<\/footer>/.exec(res.text)![0];
    const said = [...footer.matchAll(/<a href="([^"]*)">([^<]*)<\/a> <span class="hint">([^<]*)<\/span>/g)].map((m) => `${m[2]} ${m[3]}`);
    expect(said).toEqual([
      'JSON (the API’s answer for this page)',
      'CSV (every claim this page lists, all pages: one row per claim and source, with the quote and provenance)',
      'NDJSON (the same rows as the CSV, one JSON object a line)',
      'Excel (XLSX) (the same rows as the CSV)',
      'Their histories (CSV) (every revision of every claim this page lists, all pages: who, when, what changed and why)',
      'The whole ledger as a data package (ZIP) (every claim, source, relation, actor, document, revision and vocabulary as CSV tables, with their schemas)',
    ]);
    // Sorted, the page's order is not the files' (the export is in the order recorded): the CSV's line says so.
    const sorted = await page('/?country=KZ&sort=-as_of').expect(200);
    const csv = /<a href="([^"]*format=csv[^"]*)">CSV<\/a> <span class="hint">([^<]*)<\/span>/.exec(sorted.text)!;
    expect(csv[1]).not.toContain('sort');
    expect(csv[2]).toBe(
      '(every claim this page lists, all pages, in the order recorded: not sorted by date, newest first as here; one row per claim and source, with the quote and provenance)',
    );
  });

  test('a field left empty chooses nothing: the page is sent on to its address without the empty fields', async () => {
    // A GET form sends every field; the address shared or bookmarked holds only what was chosen.
    const sent = await page('/?q=&sort=id&country=KZ&metric=&status=&from=&to=+').expect(302);
    expect(sent.headers.location).toBe('/?sort=id&country=KZ');
    const res = await page(sent.headers.location).expect(200);
    expect(rowIds(res.text)).toHaveLength(8);
    expect(res.text).toContain('href="/v1/claims?sort=id&amp;country=KZ">JSON</a>');
    expect(res.text).toContain('<option value="women">Women</option>');
    // A filter the form has no single choice for (two metrics) stays editable as text, never sent twice.
    const two = await page('/?metric=women,foreign_fighters&group=ISIS').expect(200);
    expect(two.text).toContain('<input id="f-metric" name="metric" type="text" value="women,foreign_fighters"/>');
    expect(two.text).toContain('<input type="hidden" name="group" value="ISIS"/>');
    expect(two.text.match(/name="metric"/g)).toHaveLength(1);
  });

  test('every page drops empty parameters the same way, and only toward a path of its own', async () => {
    const cases: [string, string][] = [
      [
        '/compare/sources?metric=foreign_fighters&country=KZ&group=&from=&to=&as_recorded=',
        '/compare/sources?metric=foreign_fighters&country=KZ',
      ],
      ['/compare/countries?metric=&country=&as_of=&group=&as_recorded=', '/compare/countries'],
      ['/countries/KZ?as_recorded=', '/countries/KZ'],
      ['/claims/2?as_recorded=%20', '/claims/2'],
      ['/actors/1?q=&status=active', '/actors/1?status=active'],
      ['/documents/1?q=women&&to=', '/documents/1?q=women'],
      ['/?flag&q=Kazakh', '/?q=Kazakh'],
      // A value that is not empty is passed on, a malformed one too (a lone % encoded).
      ['/?q=%E0%A4%A&country=', '/?q=%E0%A4%25A'],
      // An encoded backslash is a character of this site's path, not a way to another site.
      ['/%5Cexample.com/?q=', '/%5Cexample.com/'],
    ];
    for (const [from, to] of cases) {
      const res = await page(from);
      expect({ from, status: res.status, location: res.headers.location }).toEqual({ from, status: 302, location: to });
    }
    // Never toward another site, whatever the path looks like; the API's own answers are untouched.
    for (const path of ['//example.com/?q=', '/\\example.com/?q=', '/v1/claims?q=']) {
      const res = await page(path);
      expect({ path, location: res.headers.location }).toEqual({ path, location: undefined });
    }
    await page('/?q=Kazakh').expect(200);
  });

  test('negated words of the query are not marked', async () => {
    const res = await page('/?q=' + encodeURIComponent('Kazakh -jamaat')).expect(200);
    // Abykaev's claim still matches through its other quote, which lacks the word; the word is shown, unmarked.
    expect(rowIds(res.text)).toContain(d.claims.knb300);
    expect(res.text).toContain('<mark>Kazakh</mark>');
    expect(res.text).toContain('their own jamaat (fighting unit)');
    expect(res.text).not.toContain('<mark>jamaat</mark>');
  });

  test('a facet value narrows the search; the year facet and the form keep the other filters', async () => {
    const res = await page('/?country=KZ&from=2015&to=2015&sort=-as_of').expect(200);
    expect(rowIds(res.text)).toEqual([d.claims.soufanKzRange, d.claims.icsrKzRetracted, d.claims.icsrKz]);
    expect(res.text).toContain('aria-current="true" class="active">2015');
    expect(res.text).toContain(
      '<input id="f-country" name="country" type="text" value="KZ" maxLength="300"/>'.replace('maxLength', 'maxlength'),
    );
    expect(res.text).toContain('<input id="f-from" name="from" type="text" value="2015"');
    expect(res.text).toContain('<option value="-as_of" selected>Date, newest first</option>');
    expect(res.text).toContain('href="/?country=KZ&amp;sort=-as_of">2015'.replace('>2015', '')); // removing the year keeps the rest
  });

  test('pages with a next link until every claim was shown once', async () => {
    const seen: number[] = [];
    let url: string | null = '/?country=KZ&sort=as_of&limit=3';
    while (url) {
      const res: request.Response = await page(url).expect(200);
      seen.push(...rowIds(res.text));
      url = /<a href="([^"]+)" rel="next">/.exec(res.text)?.[1].replace(/&amp;/g, '&') ?? null;
      if (url) expect(url).toMatch(/^\/\?country=KZ&sort=as_of&limit=3&cursor=/);
    }
    const all = (await request(t.app).get('/v1/claims?country=KZ&sort=as_of&limit=100').expect(200)).body.data.map(
      (c: { id: number }) => c.id,
    );
    expect(seen).toEqual(all);
  });

  test('the year facet is in the API too', async () => {
    const res = await request(t.app).get('/v1/claims?country=KZ&facets=year').expect(200);
    expect(res.body.facets.year).toEqual(
      expect.arrayContaining([
        { value: 2015, label: null, count: 3 },
        { value: null, label: null, count: 3 },
      ]),
    );
  });

  test('facet counts are given up when they would take longer than their budget', async () => {
    const { claims } = await createServices(t.db);
    expect(await claims.facetsWithin({ limit: 50 }, ['country', 'year'], 0)).toBeNull();
    const counted = await claims.facetsWithin({ limit: 50, countries: ['KZ'] }, ['country', 'year'], 10_000);
    expect(counted?.country).toEqual([{ value: 'KZ', label: 'Kazakhstan', count: 8 }]);
    expect(counted?.year).toEqual(expect.arrayContaining([{ value: 2015, label: null, count: 3 }]));
  });

  test('bad parameters are a 400 page naming each one: the search form again, as sent, each error next to its field', async () => {
    const res = await page('/?country=Narnia&sort=size&bogus=1')
      .expect(400)
      .expect('Content-Type', /text\/html/);
    expect(res.text).toContain('<div class="error-summary" role="alert" id="search-errors"');
    expect(res.text).toContain('bogus: is not a known parameter');
    expect(res.text).not.toContain('<table');
    const res2 = await page('/?country=Narnia&sort=size').expect(400);
    expect(res2.text).toMatch(/<p class="field-note" id="f-country-note">(&quot;|")Narnia(&quot;|") is not a known country/);
    expect(res2.text).toMatch(/<p class="field-note" id="sort-note">[^<]+<\/p>/);
    expect(res2.text).toContain('value="Narnia"');
    await page('/?cursor=xyz!').expect(400);
    expect(
      (
        await page('/claims/%E0%A4%A')
          .expect(400)
          .expect('Content-Type', /text\/html/)
      ).text,
    ).toContain('not valid percent-encoded UTF-8');
    await page('/?q=a&q=b').expect(400);
  });
});

describe('the claim page', () => {
  test('shows the figure, its wording explained, the claimant at the date, sources, relations, history and citations', async () => {
    const res = await page(`/claims/${d.claims.knb300}`).expect(200);
    const html = res.text;
    expect(html).toContain('“over 300”');
    expect(html).toContain('a lower bound: more than 300');
    expect(html).toContain(
      `<a href="/actors/${d.actors.abykaev}">Nurtai Abykaev</a>, chairman of <a href="/actors/${d.actors.knb}">National Security Committee of Kazakhstan</a>`,
    );
    expect(html).toContain('Meeting of the Council of Heads of Security Authorities');
    // Each source's quote is marked; no text is stored, so the quote stands alone, with a link to the original at it.
    expect(html).toContain(
      '<mark>The chairman of the Kazakh National Security Committee (KNB), Nurtai Abykaev, said that &quot;over 300&quot;',
    );
    expect(html).toContain(
      'href="https://www.rferl.org/a/under-black-flag-kazakhstan-kazakh-women-islamic-state/26698040.html#:~:text=The%20chairman%20of%20the%20Kazakh%20National,formed%20their%20own%20jamaat%20(fighting%20unit)."',
    );
    // Relations, both ways, as links; the comparison pages of its country and metric.
    expect(html).toContain(`Derived from</span> <a href="/claims/${d.claims.video}">“around 150 Kazakh militants”</a>`);
    expect(html).toContain(`Has as a part</span> <a href="/claims/${d.claims.women}">`);
    expect(html).toContain('href="/compare/sources?country=KZ&amp;metric=foreign_fighters"');
    expect(html).toContain('href="/compare/timeline?country=KZ&amp;metric=foreign_fighters"');
    expect(html).toContain('href="/countries/KZ"');
    // Citations in every format, each in a <pre> with a copy button hidden until the script shows it.
    for (const f of ['text', 'markdown', 'html', 'csl-json', 'bibtex', 'ris']) {
      expect(html).toContain(`<pre id="citation-${f}" dir="ltr">`);
      expect(html).toMatch(new RegExp(`<button type="button" data-copy-target="citation-${f}" hidden>`));
    }
    expect(html).toContain('@misc{');
    expect(html).toContain('TY  - ');
    expect(html).toContain('&lt;p class=&quot;claim-citation&quot;'); // the HTML citation is shown as text
    expect(html).toContain(`href="/v1/claims/${d.claims.knb300}">JSON</a>`);
  });

  test('a superseded figure names its successor and shows the supersession chain', async () => {
    const res = await page(`/claims/${d.claims.fsb1500}`).expect(200);
    expect(res.text).toContain('<strong>Superseded.</strong>');
    expect(res.text).toContain(`<a href="/claims/${d.claims.fsb2900}">“2,900”</a>`);
    const chain = res.text.slice(res.text.indexOf('Supersession chain'));
    const order = [d.claims.fsb1100, d.claims.fsb1500, d.claims.fsb2900].map((id) =>
      id === d.claims.fsb1500 ? chain.indexOf('(this claim)') : chain.indexOf(`/claims/${id}"`),
    );
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('a related claim without a date says its date is not given, never as of not given', async () => {
    // The women (claim 3) are part of the undated 300, whose relation line had read "as of date not given".
    const res = await page(`/claims/${d.claims.women}`).expect(200);
    const from = res.text.indexOf('id="relations"');
    const relations = res.text.slice(from, res.text.indexOf('</section>', from));
    expect(relations).toContain(`/claims/${d.claims.knb300}"`);
    expect(relations).toContain('Nurtai Abykaev, <span class="unknown">date not given</span>');
    expect(relations).not.toMatch(/as of\s*<span class="unknown">/);
  });

  test('a retracted claim stays visible with its reason, and its history shows the change', async () => {
    const res = await page(`/claims/${d.claims.icsrKzRetracted}`).expect(200);
    // The reason, typed without a full stop, ends its sentence before the next one starts.
    expect(res.text).toContain(
      '<strong>Retracted.</strong> This claim was withdrawn from the ledger: typing error: the report says 360. It stays visible',
    );
    expect(res.text).toMatch(/<th scope="row">status<\/th><td><del>active<\/del><\/td><td><ins>retracted<\/ins><\/td>/);
    expect(res.text).toContain('<q>typing error: the report says 360</q>');
  });

  test('edits are readable diffs: field, before, after, who and why', async () => {
    const id = d.claims.soufanKg;
    await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ value: 650, value_text: 'about 650', reason: 'the report was revised' })
      .expect(200);
    const res = await page(`/claims/${id}`).expect(200);
    expect(res.text).toMatch(/<th scope="row">value<\/th><td><del>600<\/del><\/td><td><ins>650<\/ins><\/td>/);
    expect(res.text).toMatch(/<th scope="row">value text<\/th><td><del>about 600<\/del><\/td><td><ins>about 650<\/ins><\/td>/);
    expect(res.text).toMatch(
      /<strong>Edited<\/strong> \(version 2\) by test editor, <time[^>]*>[^<]+<\/time>: <q>the report was revised<\/q>/,
    );
  });

  test('unknown and malformed ids are HTML error pages naming the problem', async () => {
    const missing = await page('/claims/987654')
      .expect(404)
      .expect('Content-Type', /text\/html/);
    expect(missing.text).toContain('Claim 987654 does not exist.');
    const bad = await page('/claims/abc').expect(400);
    expect(bad.text).toContain('<code>id</code> must be a positive integer');
    await page(`/claims/${d.claims.knb300}?format=bibtex`).expect(400);
    await page(`/claims/${d.claims.knb300}?as_recorded=yesterday`).expect(400);
  });
});

describe('as_recorded', () => {
  test('the claim page shows the claim as it stood then, says so, and its links keep the instant', async () => {
    const id = d.claims.soufanUz;
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ value_text: '500 (revised wording)', reason: 'check' })
      .expect(200);
    const now = await page(`/claims/${id}`).expect(200);
    expect(now.text).toContain('“500 (revised wording)”');
    const then = await page(`/claims/${id}?as_recorded=${encodeURIComponent(before)}`).expect(200);
    expect(then.text).not.toContain('revised wording');
    expect(then.text).toContain(`As recorded at <time dateTime="${before}">`.replace('dateTime', 'datetime'));
    expect(then.text).toContain(`href="/actors/${d.actors.soufan}?as_recorded=${encodeURIComponent(before)}"`);
    expect(then.text).toContain(`href="/documents/${d.documents.soufan}?as_recorded=${encodeURIComponent(before)}"`);
    expect(then.text).not.toContain('<strong>Edited</strong>');
    // The search and the actor page at that instant too.
    const search = await page(`/?q=revised&as_recorded=${encodeURIComponent(before)}`).expect(200);
    expect(rowIds(search.text)).toEqual([]);
    expect(search.text).toContain('As recorded at');
    expect(search.text).toContain(`<a href="/compare/countries?as_recorded=${encodeURIComponent(before)}">Countries</a>`);
    expect(search.text).toContain(`<a href="/?q=revised">remove<span class="visually-hidden"> the as recorded at filter</span></a>`);
    const actor = await page(`/actors/${d.actors.soufan}?as_recorded=${encodeURIComponent(before)}`).expect(200);
    expect(actor.text).toContain('As recorded at');
    expect(actor.text).not.toContain('revised wording');
    // A claim recorded after the instant is not there yet.
    const early = await page(`/claims/${id}?as_recorded=2000-01-01T00:00:00Z`).expect(404);
    expect(early.text).toContain('had not been recorded at 2000-01-01T00:00:00.000Z');
  });
});

describe('the actor page', () => {
  test('shows the actor, its affiliations and its figures, paged', async () => {
    const res = await page(`/actors/${d.actors.abykaev}`).expect(200);
    expect(res.text).toContain('<h1>Nurtai Abykaev</h1>');
    expect(res.text).toContain(`<td>chairman</td><td><a href="/actors/${d.actors.knb}">National Security Committee of Kazakhstan</a></td>`);
    expect(rowIds(res.text)).toEqual([d.claims.knb300]);
    expect(res.text).toContain(`href="/v1/actors/${d.actors.abykaev}">JSON</a>`);
    const soufan = await page(`/actors/${d.actors.soufan}?limit=2`).expect(200);
    expect(rowIds(soufan.text)).toHaveLength(2);
    const next = /<a href="([^"]+)" rel="next">/.exec(soufan.text)![1].replace(/&amp;/g, '&');
    expect(next).toMatch(new RegExp(`^/actors/${d.actors.soufan}\\?limit=2&cursor=`));
    const second = await page(next).expect(200);
    expect(rowIds(second.text)).toHaveLength(2);
    expect(rowIds(second.text)).not.toContain(rowIds(soufan.text)[0]);
    expect(second.text).toContain(`<a href="/actors/${d.actors.soufan}?limit=2">First page</a>`);
  });

  test('an unknown actor is a 404 page; claimant cannot be given', async () => {
    expect((await page('/actors/987654').expect(404)).text).toContain('Actor 987654 does not exist.');
    expect((await page(`/actors/${d.actors.soufan}?claimant=1`).expect(400)).text).toContain('<code>claimant</code>');
  });
});

describe('the document page', () => {
  test('shows the text with every quoted span marked, overlapping quotes included, each linking to its claim', async () => {
    const text = 'Officials said that around 500 Kyrgyz citizens had left, including 120 women, for Syria and Iraq.';
    const doc = (
      await request(t.app)
        .post('/v1/documents')
        .set(t.as.editor)
        .send({ kind: 'article', title: 'Kyrgyz fighters', url: 'https://example.org/kg', text })
        .expect(201)
    ).body;
    const post = (body: object) =>
      request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({ metric: 'foreign_fighters', country: 'KG', claimant_id: d.actors.gknb, ...body })
        .expect(201);
    const whole = (
      await post({
        value: 500,
        approximation: 'approximately',
        value_text: 'around 500',
        sources: [{ document_id: doc.id, quote: 'around 500 Kyrgyz citizens had left, including 120 women' }],
      })
    ).body.id;
    const women = (
      await post({
        metric: 'women',
        value: 120,
        approximation: 'exact',
        value_text: '120 women',
        sources: [{ document_id: doc.id, quote: '120 women, for Syria' }],
      })
    ).body.id;
    const res = await page(`/documents/${doc.id}`).expect(200);
    expect(res.text).toContain('<h1>Kyrgyz fighters</h1>');
    expect(rowIds(res.text).sort()).toEqual([whole, women].sort());
    const body = res.text.slice(res.text.indexOf('class="document-text"'));
    expect(body).toContain(
      `<a class="quote-ref" href="/claims/${whole}" aria-label="Claim ${whole} quotes from here">[${whole}]</a><mark class="quoted" data-claims="${whole}"><a href="/claims/${whole}" title="Quoted by claim ${whole}">around 500 Kyrgyz citizens had left, including </a></mark>`,
    );
    expect(body).toContain(
      `<mark class="quoted overlap" data-claims="${women} ${whole}"><a href="/claims/${women}" title="Quoted by claims ${women}, ${whole}">120 women</a></mark>`,
    );
    expect(body).toContain(
      `<mark class="quoted" data-claims="${women}"><a href="/claims/${women}" title="Quoted by claim ${women}">, for Syria</a></mark> and Iraq.`,
    );
    // The claim page shows its quote inside the stored text.
    const claim = await page(`/claims/${women}`).expect(200);
    expect(claim.text).toContain(
      '<blockquote class="in-context" dir="auto">Officials said that around 500 Kyrgyz citizens had left, including <mark>120 women, for Syria</mark> and Iraq.</blockquote>',
    );
    expect(claim.text).toContain('href="https://example.org/kg#:~:text=120%20women%2C%20for%20Syria"');
  });

  test('an unknown document is a 404 page', async () => {
    expect((await page('/documents/987654').expect(404)).text).toContain('Document 987654 does not exist.');
  });
});

describe('hostile text stays text', () => {
  test('names, titles, quotes and addresses holding markup or a javascript: URL are shown escaped and never become links or script', async () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const actor = (
      await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({ kind: 'person', name: `Mr ${evil}` })
        .expect(201)
    ).body;
    const text = `Intro. He said ${evil} 42 fighters went. End.`;
    const doc = (
      await request(t.app)
        .post('/v1/documents')
        .set(t.as.editor)
        .send({ kind: 'article', title: `Title ${evil}`, url: 'https://example.org/x', text })
        .expect(201)
    ).body;
    // The API refuses such an address; one may still come from elsewhere (an old import, SQL), and pages must not follow it.
    await t.db('documents').where({ id: doc.id }).update({ url: 'javascript:alert(3)' });
    const claim = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'KZ',
          claimant_id: actor.id,
          value: 42,
          approximation: 'exact',
          value_text: `42 ${evil}`,
          context: evil,
          notes: evil,
          sources: [{ document_id: doc.id, quote: `${evil} 42 fighters` }],
        })
        .expect(201)
    ).body;
    for (const url of [`/claims/${claim.id}`, `/actors/${actor.id}`, `/documents/${doc.id}`, `/?q=fighters&claimant=${actor.id}`]) {
      const res = await page(url).expect(200);
      expect(res.text).not.toContain('<script>alert');
      expect(res.text).not.toContain('<img src=x');
      expect(res.text).not.toMatch(/href="javascript:/i);
      expect(res.text).toContain('&lt;/script>&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)>');
      expect((res.text.match(/<script/g) ?? []).length).toBe(1); // only the page's own bundle
    }
    const docPage = await page(`/documents/${doc.id}`);
    expect(docPage.text).toContain('<code>javascript:alert(3)</code> <span class="hint">(not a web link, so not followed)</span>');
    const claimPage = await page(`/claims/${claim.id}`);
    expect(claimPage.text).toContain('Address given (not a web link, so not followed): <code>javascript:alert(3)</code>');
    expect(claimPage.text).not.toContain('Open the original at the quote');
  });
});

describe('not found and headers', () => {
  test('browsers get an HTML 404 for unknown pages; API clients and /v1 keep problem+json', async () => {
    const html = await page('/no/such/page')
      .expect(404)
      .expect('Content-Type', /text\/html/);
    expect(html.text).toContain('There is no page at /no/such/page.');
    await request(t.app)
      .get('/no/such/page')
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    await request(t.app)
      .get('/no/such/page')
      .set('Accept', 'application/json')
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    await page('/v1/nothing-here')
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    await page('/v1/claims/987654')
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    await request(t.app)
      .post('/no/such/page')
      .set('Accept', 'text/html')
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
  });

  test('an unexpected error is a titled HTML page with a way back for a page, and problem+json for the API', async () => {
    // A fault no rule foresaw, thrown by the service every claim read goes through.
    const fault = jest
      .spyOn(ClaimService.prototype, 'get')
      .mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')"));
    try {
      for (const accept of ['text/html', '*/*']) {
        const html = await request(t.app)
          .get(`/claims/${d.claims.knb300}`)
          .set('Accept', accept)
          .expect(500)
          .expect('Content-Type', /text\/html/);
        expect(html.text).toContain('<title>Something went wrong · Claims ledger</title>');
        expect(html.text).toContain('<h1>Something went wrong</h1>');
        expect(html.text).toContain('<a href="/">Search the ledger</a>');
        // The reference the log has, to report it by; nothing of the fault itself.
        expect(html.text).toContain(`<code>${html.headers['x-request-id']}</code>`);
        expect(html.text).not.toMatch(/TypeError|reading 'x'|at .*\.ts/);
      }
      const api = await request(t.app).get(`/v1/claims/${d.claims.knb300}`).set('Accept', 'text/html').expect(500);
      expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(api.body).toMatchObject({ status: 500, detail: 'An unexpected error occurred. It has been logged.' });
    } finally {
      fault.mockRestore();
    }
  });

  test('HSTS and upgrade-insecure-requests only over HTTPS; the CSP forbids inline script either way', async () => {
    const plain = await page('/').expect(200);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(plain.headers['content-security-policy']).toContain("script-src 'self'");
    const app = t.app;
    app.set('trust proxy', 'loopback');
    try {
      const secure = await page('/').set('X-Forwarded-Proto', 'https').expect(200);
      expect(secure.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(secure.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
      expect(secure.headers['content-security-policy']).toContain("script-src 'self'");
      expect(secure.headers['content-security-policy']).not.toContain("unsafe-inline' ;");
    } finally {
      app.set('trust proxy', false);
    }
  });
});

test('a page refused for its query string links to the same page without it, not only to the search', async () => {
  const doc = d.documents.rferl;
  const res = await page(`/documents/${doc}?sort=bogus`).expect(400);
  expect(res.text).toContain('<code>sort</code> must be one of');
  expect(res.text).toContain(`<a href="/documents/${doc}">The same page without these parameters</a>`);
  await page(`/documents/${doc}`).expect(200);
  const instant = await page(`/claims/${d.claims.knb300}?as_recorded=yesterday`).expect(400);
  expect(instant.text).toContain(`<a href="/claims/${d.claims.knb300}">The same page without these parameters</a>`);
  // Without a query there is nothing to leave out; a 404 offers the search only.
  expect((await page('/actors/abc').expect(400)).text).not.toContain('without these parameters');
  expect((await page('/claims/99999999?as_recorded=2020-01-01T00:00:00Z').expect(404)).text).not.toContain('without these parameters');
});
