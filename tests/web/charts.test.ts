import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { idProblems } from '../support/pageIds';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** The opening tag of the SVG mark linking to a claim (marks are <a class="mark …"> inside an <svg>). */
function markTag(html: string, claimId: number): string | undefined {
  return html.match(new RegExp(`<a href="/claims/${claimId}"[^>]*class="mark[^"]*"[^>]*>`))?.[0];
}

/** The SVG of the page's first chart, where marks are placed. */
const svgOf = (html: string, chartClass: string) => html.match(new RegExp(`<figure class="chart ${chartClass}[\\s\\S]*?</svg>`))?.[0] ?? '';

describe('sources compared', () => {
  test('KZ foreign fighters: "over 300" an up-arrow with an open base, "around 150" whiskers, "hundreds of" listed apart, the verdict in words', async () => {
    const res = await request(t.app)
      .get('/compare/sources?country=Kazakh&metric=foreign_fighters')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(res.text).toContain('<h1>Kazakhstan: Foreign fighters, sources compared</h1>');
    const svg = svgOf(res.text, 'chart-sources');
    expect(markTag(svg, 2)).toMatch(/data-shape="arrow-up" data-base="open"/);
    expect(markTag(svg, 2)).toMatch(
      /aria-label="Nurtai Abykaev: “over 300”; more than 300: a lower bound, 300 excluded; as of date unknown; reported in Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS; disagrees with Joanna Paraszczuk"/,
    );
    expect(markTag(svg, 1)).toMatch(/data-shape="whiskers"/);
    // The vague figure has no place on the value axis: it is not in the SVG, it is in the list beside it.
    expect(markTag(svg, 4)).toBeUndefined();
    expect(res.text).toMatch(/<li data-claim="4" data-shape="vague">[\s\S]*?<a href="\/claims\/4"/);
    // The two figures disagree: both rows marked ≠, the pair named.
    expect(svg.match(/class="disagree"/g)).toHaveLength(2);
    expect(res.text).toContain('The sources disagree: 1 pair of figures does not overlap, among 2 with a number.');
    expect(res.text).toContain('Best values run from 150 to 300 (median 225; the highest is 2× the lowest), over 2 figures.');
    expect(svg).toMatch(/<svg [^>]*role="group" aria-labelledby="sources-svgtitle" aria-describedby="sources-desc"/);
    // Twins: JSON, CSV and citation of the same view.
    expect(res.text).toContain('href="/v1/compare/sources?country=Kazakh&amp;metric=foreign_fighters"');
    expect(res.text).toContain('href="/v1/compare/sources?country=Kazakh&amp;metric=foreign_fighters&amp;format=csv&amp;bom=1"');
    expect(res.text).toContain('href="/v1/compare/sources?country=Kazakh&amp;metric=foreign_fighters&amp;format=citation"');
    // The table alternative holds the same rows.
    expect(res.text.match(/<tr data-claim="\d+">/g)).toEqual(['<tr data-claim="1">', '<tr data-claim="4">', '<tr data-claim="2">']);
  });

  test('overlapping figures are shaded and the verdict says they agree', async () => {
    const before = await request(t.app).get('/compare/sources?country=RU&metric=foreign_fighters').expect(200);
    // One claimant (the 1,100 is superseded): nothing to compare, nothing shaded.
    expect(before.text).toContain('Too few figures with a number to compare (1).');
    expect(svgOf(before.text, 'chart-sources')).not.toContain('class="overlap"');
    const actor = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name: 'Overlap Monitor' }).expect(201);
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'RU',
        approximation: 'approximately',
        value: 1400,
        value_text: 'about 1,400',
        claimant_id: actor.body.id,
        sources: [{ document_id: 1, quote: 'had jumped to 1,500' }],
      })
      .expect(201);
    const res = await request(t.app).get('/compare/sources?country=RU&metric=foreign_fighters').expect(200);
    expect(res.text).toContain('The sources agree: the intervals of all 2 figures with a number overlap pairwise.');
    // [1,260, 1,540] and exactly 1,500 share the point 1,500.
    expect(svgOf(res.text, 'chart-sources')).toMatch(
      /<rect class="overlap" [^>]*data-overlap="2"><title>2 figures overlap from 1,500 to 1,500<\/title>/,
    );
  });

  test('pages as the API does: limit and a next link with its cursor', async () => {
    const res = await request(t.app).get('/compare/sources?country=KZ&metric=foreign_fighters&limit=1').expect(200);
    expect(res.text.match(/<tr data-claim="\d+">/g)).toEqual(['<tr data-claim="1">']);
    const next = res.text.match(/<a href="([^"]+)" rel="next">/)![1].replace(/&amp;/g, '&');
    const second = await request(t.app).get(next).expect(200);
    expect(second.text.match(/<tr data-claim="\d+">/g)).toEqual(['<tr data-claim="4">']);
  });

  test('each comparison says its CSV is its own table, not the claims with their quotes', async () => {
    const holds = async (path: string) =>
      (await request(t.app).get(path).expect(200)).text.match(/<a href="[^"]*format=csv[^"]*">CSV<\/a> <span class="hint">([^<]*)</)![1];
    expect(await holds('/compare/sources?country=KZ&metric=foreign_fighters')).toMatch(
      /^\(this view’s table, every page: one row per claimant,/,
    );
    expect(await holds('/compare/timeline?country=RU&metric=foreign_fighters')).toMatch(
      /^\(this view’s table, every page: one row per figure,/,
    );
    expect(await holds('/compare/countries?metric=foreign_fighters')).toMatch(/^\(this view’s table: one row per place,/);
    // the claims' export, linked by the other pages, holds the quotes
    expect(await holds('/countries/KZ')).toMatch(/one row per claim and source, with the quote/);
  });

  test('bad parameters: a 400 page naming each field, with the form; no parameters: the form', async () => {
    const bad = await request(t.app)
      .get('/compare/sources?country=Atlantis&metric=nope&colour=red')
      .expect(400)
      .expect('Content-Type', /text\/html/);
    // A parameter the form has no field for is named as given, not linked to a field that is not there.
    expect(bad.text).toContain('<li>colour: is not a known parameter</li>');
    const res = await request(t.app).get('/compare/sources?country=Atlantis&metric=nope').expect(400);
    expect(res.text).toContain('<a href="#field-country">Country: &quot;Atlantis&quot; is not a known country, region or demonym</a>');
    expect(res.text).toContain('<a href="#field-metric">Metric: &quot;nope&quot; is not a known metric');
    expect(res.text).toContain('<form method="get" action="/compare/sources"');
    await request(t.app).get('/compare/sources?country=KZ,RU&metric=foreign_fighters').expect(400);
    await request(t.app).get('/compare/sources?country=KZ&metric=foreign_fighters&country=RU').expect(400);
    const empty = await request(t.app).get('/compare/sources').expect(200);
    expect(empty.text).toContain('<select id="field-metric" name="metric"');
  });
});

describe('timeline', () => {
  test("RU: the FSB's 1,100 drawn hollow with an arrow to the 1,500 that superseded it, the change labelled, both undated and apart", async () => {
    const res = await request(t.app).get('/compare/timeline?country=RU&metric=foreign_fighters').expect(200);
    // The metric by its label, not its code.
    expect(res.text).toContain('<h1>Russia: Foreign fighters over time</h1>');
    const svg = svgOf(res.text, 'chart-timeline');
    expect(markTag(svg, 5)).toMatch(/class="mark mark-whiskers mark-superseded" data-shape="whiskers" data-superseded="true"/);
    expect(markTag(svg, 6)).toMatch(/class="mark mark-dot" data-shape="dot"/);
    // Hollow: the superseded mark's dot is white inside, the current one filled.
    const mark5 = svg.match(/<a href="\/claims\/5"[\s\S]*?<\/a>/)![0];
    const mark6 = svg.match(/<a href="\/claims\/6"[\s\S]*?<\/a>/)![0];
    expect(mark5).toMatch(/<circle [^>]*fill="#fff"/);
    expect(mark6).not.toMatch(/<circle [^>]*fill="#fff"/);
    expect(svg).toMatch(
      /<line aria-hidden="true" class="succession" data-from="5" data-to="6"[^>]*marker-end="url\(#timeline-succession\)"/,
    );
    expect(svg).toContain('>+400 (+36.4%)</text>');
    // Neither figure has a date: they stand in the "date unknown" band, and no time axis invents one.
    expect(svg).toContain('>date unknown</text>');
    expect(svg).not.toContain('class="period"');
    expect(markTag(svg, 5)).toMatch(
      /aria-label="Aleksandr Bortnikov: “around 1,100 militants”; about 1,100: between 990 and 1,210 \(±10%\); as of date unknown; reported in [^"]+; superseded; superseded by claim 6"/,
    );
  });

  test('KZ: the November 2013 figure spans its month on the time axis; the vague figure is listed apart', async () => {
    const res = await request(t.app).get('/compare/timeline?country=KZ&metric=foreign_fighters').expect(200);
    const svg = svgOf(res.text, 'chart-timeline');
    const figure1 = svg.match(/<g class="figure" data-claim="1">[\s\S]*?<\/g>/)![0];
    const period = figure1.match(/<line aria-hidden="true" class="period" x1="([\d.]+)" x2="([\d.]+)"/)!;
    expect(Number(period[2]) - Number(period[1])).toBeGreaterThan(5);
    expect(markTag(svg, 2)).toMatch(/data-shape="arrow-up" data-base="open"/);
    expect(markTag(svg, 4)).toBeUndefined();
    expect(res.text).toMatch(/<li data-claim="4" data-shape="vague">/);
  });
});

describe('countries side by side', () => {
  test('no metric: a form to choose one', async () => {
    const res = await request(t.app).get('/compare/countries').expect(200);
    expect(res.text).toContain('<select id="field-metric" name="metric"');
    expect(res.text).toContain('<datalist id="regions">');
  });

  test('a region stands for its members: bars and the map, countries without figures hatched, twins with the same countries', async () => {
    const res = await request(t.app).get('/compare/countries?metric=foreign_fighters&country=Central%20Asia').expect(200);
    expect(res.text).toMatch(
      /<a href="\/countries\/KZ" aria-label="Kazakhstan: “over 300” \(Nurtai Abykaev\), class \d" class="map-country" data-country="KZ"/,
    );
    for (const code of ['KG', 'TJ', 'TM', 'UZ'])
      expect(res.text).toMatch(new RegExp(`<path [^>]*class="land nodata" data-country="${code}"`));
    const bars = svgOf(res.text, 'chart-countries');
    expect(markTag(bars, 2)).toMatch(/data-shape="arrow-up"/);
    expect(res.text).toContain('href="/v1/compare/countries?metric=foreign_fighters&amp;country=143%2CKG%2CKZ%2CTJ%2CTM%2CUZ"');
    const json = await request(t.app).get('/v1/compare/countries?metric=foreign_fighters&country=143,KG,KZ,TJ,TM,UZ').expect(200);
    expect(json.body.rows.map((r: { country: string }) => r.country)).toEqual(['143', 'KG', 'KZ', 'TJ', 'TM', 'UZ']);
  });

  test('with no country, the whole world', async () => {
    const res = await request(t.app).get('/compare/countries?metric=foreign_fighters').expect(200);
    expect(res.text).toContain('data-country="KZ"');
    expect(res.text).toContain('data-country="RU"');
    expect(res.text.match(/class="map-country"/g)).toHaveLength(2);
    // The table has a row for each place with figures; the 249 others are named once, behind their count (a row of
    // dashes each made the page 166 KB), and the map's outlines are written in relative steps.
    expect(res.text.match(/<tr data-country="[^"]+">/g)).toEqual(['<tr data-country="RU">', '<tr data-country="KZ">']);
    expect(res.text).toMatch(/<details class="no-figures-list"><summary>No figures for 249 places<\/summary><p>World, Andorra, /);
    expect(res.text).toMatch(/<path d="M\d+,\d+(l|m)-?\d/);
    expect(res.text.length).toBeLessThan(100_000);
    // A few places without figures are named at once.
    const region = await request(t.app).get('/compare/countries?metric=foreign_fighters&country=Central%20Asia').expect(200);
    expect(region.text).toMatch(
      /<details class="no-figures-list" open><summary>No figures for 5 places<\/summary><p>Central Asia, Kyrgyzstan,/,
    );
  });

  test('more places with figures than bars: the 30 largest drawn, every place on the map and in the table', async () => {
    const places = (await request(t.app).get('/v1/countries?kind=country').expect(200)).body.data.slice(0, 32) as { code: string }[];
    for (const [i, place] of places.entries()) {
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'killed',
          country: place.code,
          approximation: 'exact',
          value: 100 + i,
          value_text: String(100 + i),
          claimant_id: 4,
          sources: [{ document_id: 1, quote: 'over 300' }],
        })
        .expect(201);
    }
    const res = await request(t.app).get('/compare/countries?metric=killed').expect(200);
    const bars = svgOf(res.text, 'chart-countries');
    expect(bars.match(/class="mark /g)).toHaveLength(30);
    expect(bars).toContain(`data-country="${places[31].code}"`);
    expect(bars).not.toContain(`data-country="${places[1].code}"`);
    expect(res.text).toContain('The 30 of 32 places with figures whose preferred figures are largest');
    // A place without a bar is still in the table (and on the map when the map has its outline).
    for (const place of places) expect(res.text).toContain(`<tr data-country="${place.code}">`);
  });

  test('bad parameters are a 400 page naming the field', async () => {
    const res = await request(t.app).get('/compare/countries?metric=foreign_fighters&as_of=2014-13').expect(400);
    expect(res.text).toContain('<a href="#field-as_of">Figures holding by (optional): must be a date');
  });
});

describe('country page', () => {
  test('by demonym: every metric with figures, each a small timeline; the regions it belongs to', async () => {
    const res = await request(t.app).get('/countries/Kazakh').expect(200);
    expect(res.text).toContain('<h1>Kazakhstan</h1>');
    for (const metric of ['foreign_fighters', 'women']) expect(res.text).toContain(`<section class="metric-section" id="metric-${metric}"`);
    const section = res.text.match(/<section class="metric-section" id="metric-foreign_fighters"[\s\S]*?<\/section>/)![0];
    expect(markTag(section, 2)).toMatch(/data-shape="arrow-up"/);
    expect(section).toContain('href="/compare/sources?country=KZ&amp;metric=foreign_fighters"');
    expect(res.text).toContain('<a href="/countries/143">Central Asia</a>');
    expect(res.text).toContain('<a href="/countries/CIS">Commonwealth of Independent States</a>');
  });

  test('each of its links outside the charts names where it leads: no two of one name lead to different pages', async () => {
    const res = await request(t.app).get('/countries/KZ').expect(200);
    const main = res.text.match(/<main[\s\S]*<\/main>/)![0].replace(/<svg[\s\S]*?<\/svg>/g, '');
    const targets = new Map<string, Set<string>>();
    for (const [, href, inner] of main.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const name = inner.replace(/<[^>]+>/g, '').trim();
      targets.set(name, (targets.get(name) ?? new Set()).add(href));
    }
    // Each metric's section had "sources compared" for its own metric: a screen reader's list of links said it twice.
    expect([...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name]) => name)).toEqual([]);
    expect(main).toContain('>sources compared<span class="visually-hidden">: Foreign fighters</span></a>');
  });

  test('a figure given for a region the country belongs to is listed on its page, with its shape', async () => {
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'Central Asia',
        approximation: 'at_least',
        value: 2000,
        value_text: 'at least 2,000 Central Asians',
        claimant_id: 4,
        as_of: '2015',
        sources: [{ document_id: 1, quote: 'over 300' }],
      })
      .expect(201);
    const res = await request(t.app).get('/countries/KZ').expect(200);
    const section = res.text.match(/<section aria-labelledby="region-figures-title">[\s\S]*?<\/section>/)![0];
    expect(section).toMatch(
      /<li data-claim="\d+" data-shape="arrow-up">[\s\S]*?Central Asia, foreign_fighters: “at least 2,000 Central Asians”/,
    );
    expect(section).toContain('at least 2,000: a lower bound, 2,000 included; as of 2015; reported in Kazakhstan Intelligence');
  });

  test('a metric with many claimants: the six with the most recent figures are drawn, newest first, also as recorded earlier', async () => {
    const claimIds: number[] = [];
    for (let year = 2010; year < 2018; year++) {
      const actor = await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({ kind: 'person', name: `Analyst of ${year}` })
        .expect(201);
      const claim = await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'returnees',
          country: 'NO',
          approximation: 'exact',
          value: year - 1900,
          value_text: String(year - 1900),
          claimant_id: actor.body.id,
          as_of: String(year),
          sources: [{ document_id: 1, quote: 'over 300' }],
        })
        .expect(201);
      claimIds.push(claim.body.id);
    }
    const drawnIds = (html: string) =>
      [...svgOf(html, 'chart-timeline').matchAll(/<a href="\/claims\/(\d+)"[^>]*class="mark/g)].map((m) => Number(m[1]));
    const section = (html: string) => html.match(/<section class="metric-section" id="metric-returnees"[\s\S]*?<\/section>/)![0];
    const now = section((await request(t.app).get('/countries/NO').expect(200)).text);
    expect(drawnIds(now).sort((a, b) => a - b)).toEqual(claimIds.slice(2));
    expect(now).toContain('8 figures. Whether all claimants agree');
    expect(now).toContain('The 6 claimants with the most recent figures; every claimant on the');
    expect([...now.matchAll(/<a href="\/actors\/\d+">(Analyst of \d+)<\/a>/g)].map((m) => m[1]).slice(0, 2)).toEqual([
      'Analyst of 2017',
      'Analyst of 2016',
    ]);
    // As recorded before the last two claims: the six most recent then, of the six recorded, all drawn.
    const sixth = await request(t.app).get(`/v1/claims/${claimIds[5]}`).expect(200);
    const then = section(
      (
        await request(t.app)
          .get(`/countries/NO?as_recorded=${encodeURIComponent(sixth.body.created_at)}`)
          .expect(200)
      ).text,
    );
    expect(drawnIds(then).sort((a, b) => a - b)).toEqual(claimIds.slice(0, 6));
  });

  test('undated figures only: the claimants of the most recently recorded ones are drawn', async () => {
    const claimIds: number[] = [];
    for (let n = 0; n < 7; n++) {
      const actor = await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({ kind: 'person', name: `Undated analyst ${n}` })
        .expect(201);
      const claim = await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'children',
          country: 'IS',
          approximation: 'exact',
          value: 10 + n,
          value_text: String(10 + n),
          claimant_id: actor.body.id,
          sources: [{ document_id: 1, quote: 'over 300' }],
        })
        .expect(201);
      claimIds.push(claim.body.id);
    }
    const html = (await request(t.app).get('/countries/IS').expect(200)).text;
    const section = html.match(/<section class="metric-section" id="metric-children"[\s\S]*?<\/section>/)![0];
    const drawn = [...svgOf(section, 'chart-timeline').matchAll(/<a href="\/claims\/(\d+)"[^>]*class="mark/g)].map((m) => Number(m[1]));
    expect(drawn.sort((a, b) => a - b)).toEqual(claimIds.slice(1));
  });

  test('an unknown country is a 404 page; a bad as_recorded a 400 page', async () => {
    const missing = await request(t.app)
      .get('/countries/Atlantis')
      .expect(404)
      .expect('Content-Type', /text\/html/);
    expect(missing.text).toContain('“Atlantis” is not a country code');
    const bad = await request(t.app).get('/countries/KZ?as_recorded=yesterday').expect(400);
    expect(bad.text).toContain('<li>as_recorded: must be an ISO 8601 instant');
    await request(t.app).get('/countries/KZ?colour=red').expect(400);
  });

  test('as_recorded before the seed: the banner, and nothing recorded yet', async () => {
    const res = await request(t.app).get('/countries/KZ?as_recorded=2020-01-01T00:00:00Z').expect(200);
    expect(res.text).toContain('As recorded at <time datetime="2020-01-01T00:00:00.000Z">');
    expect(res.text).toContain('<strong>The ledger holds no figure for Kazakhstan as recorded then.</strong> What you can do:');
    // what to do next: the search at the same instant, the workspace
    expect(res.text).toContain('<a href="/?as_recorded=2020-01-01T00%3A00%3A00Z">Search every claim</a>');
    expect(res.text).toContain('<a href="/workspace">add the figures of an article in the workspace</a>');
    const sources = await request(t.app)
      .get('/compare/sources?country=KZ&metric=foreign_fighters&as_recorded=2020-01-01T00:00:00Z')
      .expect(200);
    expect(sources.text).toContain('As recorded at');
    expect(markTag(sources.text, 2)).toBeUndefined();
  });
});

test('every page with charts holds each id once, and every drawing refers to its own patterns and markers', async () => {
  // A country's page draws a timeline per metric and the key; the countries page a map and bars: each drawing's
  // patterns (hatch, overlap, no data) and arrowhead are its own, named after it, so none is given twice on a page.
  for (const url of [
    '/countries/KZ',
    '/countries/RU',
    '/compare/countries?metric=foreign_fighters',
    '/compare/countries?metric=foreign_fighters&country=Central%20Asia',
    '/compare/sources?country=KZ&metric=foreign_fighters',
    '/compare/sources?country=RU&metric=foreign_fighters',
    '/compare/timeline?country=RU&metric=foreign_fighters',
    '/compare/timeline?country=KZ&metric=foreign_fighters',
  ]) {
    const html = (await request(t.app).get(url).expect(200)).text;
    expect({ url, problems: idProblems(html) }).toEqual({ url, problems: [] });
  }
  const map = (await request(t.app).get('/compare/countries?metric=foreign_fighters&country=Central%20Asia')).text;
  expect(map).toMatch(/<pattern id="map-nodata"/);
  expect(map).toMatch(/<path [^>]*class="land nodata" data-country="KG" fill="url\(#map-nodata\)"/);
});

test('hostile text stays text: a claimant named with markup and a javascript: URL is escaped and never a link or script', async () => {
  const hostile = '<script>alert(1)</script><a href="javascript:alert(2)">x</a>';
  const actor = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: hostile }).expect(201);
  await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'KZ',
      approximation: 'exact',
      value: 42,
      value_text: `42 ${hostile}`,
      claimant_id: actor.body.id,
      sources: [{ document_id: 1, quote: 'over 300' }],
    })
    .expect(201);
  for (const url of [
    '/compare/sources?country=KZ&metric=foreign_fighters',
    '/compare/timeline?country=KZ&metric=foreign_fighters',
    '/countries/KZ',
    '/compare/countries?metric=foreign_fighters&country=KZ',
  ]) {
    const res = await request(t.app).get(url).expect(200);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('href="javascript:');
    expect(res.text).toContain('&lt;script>alert(1)&lt;/script>');
  }
});

test('hostile and malformed queries get a 4xx page naming the problem, never a 500', async () => {
  const cases: [string, number][] = [
    ['/compare/sources?country=KZ&metric=foreign_fighters&cursor=%%%', 400],
    ['/compare/sources?country=KZ&metric=foreign_fighters&cursor=WyJ4Il0', 400],
    ['/compare/sources?country=KZ&metric=foreign_fighters&limit=0', 400],
    ['/compare/sources?country=KZ&metric=foreign_fighters&limit=99999', 400],
    ['/compare/sources?country[]=KZ&metric=foreign_fighters', 400],
    ['/compare/sources?country=KZ&metric=foreign_fighters&from=2015&to=2014', 400],
    ['/compare/timeline?country=KZ&metric=foreign_fighters&claimant=%00', 400],
    ['/compare/timeline?country=KZ&metric=foreign_fighters&as_recorded=2999-01-01', 400],
    ['/compare/timeline?country=' + 'x'.repeat(5000) + '&metric=foreign_fighters', 400],
    ['/compare/countries?metric=foreign_fighters&country=KZ&limit=5', 400],
    ['/compare/countries?metric[a]=1', 400],
    ['/countries/KZ?as_recorded[]=1', 400],
    ['/countries/' + 'x'.repeat(3000), 404],
    ['/countries/%3Cscript%3E', 404],
  ];
  for (const [url, status] of cases) {
    const res = await request(t.app).get(url);
    expect([url, res.status]).toEqual([url, status]);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).not.toContain('<script>');
  }
  // A claimant that matches nothing: a page that says so and what to do next (no empty chart), not an error.
  const none = await request(t.app).get('/compare/timeline?country=KZ&metric=foreign_fighters&claimant=Nobody').expect(200);
  expect(none.text).toContain('The ledger holds no figure of Foreign fighters for Kazakhstan (claimant Nobody).');
  // One claimant's timeline says so in words, not '1 of 1 claimants'.
  const abykaev = (await t.db('actors').where({ name: 'Nurtai Abykaev' }).first('id')).id;
  const one = await request(t.app).get(`/compare/timeline?country=KZ&metric=foreign_fighters&claimant=${abykaev}`).expect(200);
  expect(one.text).toMatch(/\d+ figures? from the one claimant on this page/);
  expect(one.text).not.toMatch(/of 1 claimants?/);
});
