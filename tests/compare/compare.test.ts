import request from 'supertest';
import { createValidator } from '../../src/validate';
import { AnalystData, loadAnalystData } from '../support/analystData';
import { createTestApp, TestApp } from '../support/app';

// Every expected number below is worked out by hand from the dataset described in tests/support/analystData.ts.
let t: TestApp;
let d: AnalystData;
let c: AnalystData['claims'];
let a: AnalystData['actors'];
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  d = await loadAnalystData(t);
  c = d.claims;
  a = d.actors;
  await request(t.app)
    .post('/v1/metrics')
    .set(t.as.admin)
    .send({ code: 'share_women', label: 'Share of women', unit: 'percent', definition: 'Women as a percentage of the nationals counted.' })
    .expect(201);
});
afterAll(() => t.drop());

const get = (url: string) => request(t.app).get(url);
type Row = { claim_id: number; claimant: { id: number; name: string } } & Record<string, unknown>;

describe('GET /v1/compare/sources', () => {
  test('Kazakhstan: one row per claimant with their latest current figure, the spread and the pairs that disagree', async () => {
    const res = await get('/v1/compare/sources?country=Kazakhstan&metric=foreign_fighters').expect(200);
    const rows: Row[] = res.body.rows;
    // Ordered by claimant name; the retracted ICSR 9,999 (2015-02) is neither ICSR's latest nor counted.
    expect(rows.map((r) => [r.claimant.name, r.claim_id, r.best_value, r.figures, r.earliest_as_of, r.latest_as_of, r.latest_by])).toEqual([
      ['ICSR', c.icsrKz, 360, 1, '2015-01', '2015-01', 'as_of'],
      ['Joanna Paraszczuk', c.video, 150, 1, '2013-11', '2013-11', 'as_of'],
      ['National Security Committee of Kazakhstan', c.hundreds, null, 1, null, null, 'recorded'],
      ['Nurtai Abykaev', c.knb300, 300, 1, null, null, 'recorded'],
      ['The Soufan Group', c.soufanKzRange, 305, 2, '2014-06', '2015-12', 'as_of'],
    ]);
    const soufan = rows[4];
    expect(soufan).toMatchObject({
      value: null,
      value_low: 250,
      value_high: 360,
      approximation: 'range',
      value_text: 'between 250 and 360 individuals',
      as_of: '2015-12',
      status: 'active',
      claim_url: `/v1/claims/${c.soufanKzRange}`,
    });
    // Intervals: ~360 is ±10%, "over 300" is open above 300 without end, a range is its bounds, a vague figure has none.
    expect(rows[0].interval).toEqual({ low: 324, high: 396, low_open: false, high_open: false });
    expect(rows[3].interval).toEqual({ low: 300, high: null, low_open: true, high_open: false });
    expect(soufan.interval).toEqual({ low: 250, high: 360, low_open: false, high_open: false });
    expect(rows[2].interval).toBeNull();
    // Best values 150, 300, 305, 360: median (300 + 305) / 2, ratio 360 / 150.
    expect(res.body.spread).toEqual({ count: 4, min: 150, max: 360, median: 302.5, ratio: 2.4 });
    // ~150 = [135, 165] overlaps none of the others; [324, 396], (300, ∞) and [250, 360] all overlap each other.
    expect(res.body.agreement.verdict).toBe('divergent');
    expect(res.body.agreement.compared).toBe(4);
    expect(res.body.agreement.disagreement_count).toBe(3);
    expect(res.body.agreement.disagreements.map((x: { claim_ids: number[] }) => x.claim_ids)).toEqual([
      [c.icsrKz, c.video],
      [c.video, c.knb300],
      [c.video, c.soufanKzRange],
    ]);
    expect(res.body.agreement.disagreements[1]).toEqual({
      claim_ids: [c.video, c.knb300],
      claimant_ids: [a.paraszczuk, a.abykaev],
      message: expect.stringContaining('“over 300”'),
    });
    expect(res.body.warnings).toEqual([{ code: 'no_number', message: expect.any(String), claim_ids: [c.hundreds] }]);
  });

  test('each row links to its claims', async () => {
    const res = await get('/v1/compare/sources?country=KZ&metric=foreign_fighters').expect(200);
    const icsr: Row = res.body.rows[0];
    const claims = (await get(icsr.claims_url as string).expect(200)).body.data.map((x: { id: number }) => x.id);
    expect(claims).toEqual([c.icsrKz]);
    const soufan: Row = res.body.rows[4];
    expect((await get(soufan.claims_url as string).expect(200)).body.data.map((x: { id: number }) => x.id)).toEqual([
      c.soufanKz2014,
      c.soufanKzRange,
    ]);
    expect((await get(soufan.claim_url as string).expect(200)).body.id).toBe(c.soufanKzRange);
  });

  test('from/to narrow the figures: two overlapping figures are consistent; one is not enough', async () => {
    const res = await get('/v1/compare/sources?country=KZ&metric=foreign_fighters&from=2015&to=2015').expect(200);
    expect(res.body.rows.map((r: Row) => r.claim_id)).toEqual([c.icsrKz, c.soufanKzRange]);
    expect(res.body.rows[1].figures).toBe(1);
    expect(res.body.spread).toEqual({ count: 2, min: 305, max: 360, median: 332.5, ratio: 1.18 });
    expect(res.body.agreement).toEqual({ verdict: 'consistent', compared: 2, disagreement_count: 0, disagreements: [] });
    const single = await get('/v1/compare/sources?country=KZ&metric=foreign_fighters&group=IS').expect(200);
    expect(single.body.rows.map((r: Row) => r.claim_id)).toEqual([c.hundreds, c.knb300]);
    expect(single.body.agreement).toEqual({ verdict: 'insufficient', compared: 1, disagreement_count: 0, disagreements: [] });
  });

  test('a superseded figure is not a claimant’s latest', async () => {
    const res = await get('/v1/compare/sources?country=RU&metric=foreign_fighters').expect(200);
    expect(res.body.rows.map((r: Row) => [r.claimant.id, r.claim_id, r.figures])).toEqual([
      [a.bortnikov, c.fsb2900, 3],
      [a.soufan, c.soufanRu, 2],
    ]);
    // 2,900 exact vs ~2,400 = [2160, 2640].
    expect(res.body.agreement.verdict).toBe('divergent');
  });

  test('warns when figures in different units or of different metrics are mixed', async () => {
    const units = await get('/v1/compare/sources?country=KZ&metric=foreign_fighters,share_women').expect(200);
    expect(units.body.warnings[0]).toEqual({
      code: 'mixed_units',
      message: 'Figures in different units are compared: foreign_fighters (people), share_women (percent).',
      claim_ids: [],
    });
    const metrics = await get('/v1/compare/sources?country=KZ&metric=foreign_fighters,women').expect(200);
    expect(metrics.body.warnings.map((w: { code: string }) => w.code)).toEqual(['mixed_metrics', 'no_number']);
  });

  test('CSV: one line per row, with links', async () => {
    const res = await get('/v1/compare/sources?country=KZ&metric=foreign_fighters&format=csv')
      .expect(200)
      .expect('Content-Type', 'text/csv; charset=utf-8')
      .expect('Content-Disposition', /^attachment; filename="compare-sources_country-KZ_metric-foreign-fighters_\d{8}T\d{6}Z\.csv"$/);
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'claimant_id,claimant,claim_id,metric,country,value,value_low,value_high,approximation,value_text,best_value,interval,as_of,stated_on,latest_by,figures,earliest_as_of,latest_as_of,claim_url,claims_url',
    );
    expect(lines).toHaveLength(6);
    expect(lines[4]).toBe(
      `${a.abykaev},"Nurtai Abykaev",${c.knb300},"foreign_fighters","KZ",300,,,"more_than","over 300",300,"(300, ∞)",,,"recorded",1,,,"/v1/claims/${c.knb300}","/v1/claims?country=KZ&metric=foreign_fighters&claimant=${a.abykaev}&status=active%2Csuperseded"`,
    );
    expect(lines[2]).toBe(
      `${a.paraszczuk},"Joanna Paraszczuk",${c.video},"foreign_fighters","KZ",150,,,"approximately","around 150 Kazakh militants",150,"[135, 165]","2013-11",,"as_of",1,"2013-11","2013-11","/v1/claims/${c.video}","/v1/claims?country=KZ&metric=foreign_fighters&claimant=${a.paraszczuk}&status=active%2Csuperseded"`,
    );
  });
});

describe('GET /v1/compare/timeline', () => {
  test('Russia: every figure in as_of order grouped by claimant, superseded ones marked, with the change from the previous figure', async () => {
    const res = await get('/v1/compare/timeline?country=RU&metric=foreign_fighters').expect(200);
    expect(res.body.undated).toBe('last');
    const groups: { claimant: { id: number }; figures: Row[] }[] = res.body.claimants;
    expect(groups.map((g) => g.claimant.id)).toEqual([a.soufan, a.bortnikov]);
    const pick = (f: Row) => [f.claim_id, f.as_of, f.best_value, f.status, f.superseded, f.supersedes, f.superseded_by, f.change];
    expect(groups[0].figures.map(pick)).toEqual([
      [c.soufanRu2014, '2014-06', 800, 'active', false, [], [], null],
      [c.soufanRu, '2015-12', 2400, 'active', false, [], [], { from_claim_id: c.soufanRu2014, absolute: 1600, percent: 200 }],
    ]);
    // The FSB chain ~1,100 → 1,500 → 2,900: +400 (+36.4%), then +1,400 (+93.3%). The undated 1,100 and 1,500 would sort
    // after the 2,900 of 2015-12, but what a figure supersedes is older than it, so they come just before it.
    expect(groups[1].figures.map(pick)).toEqual([
      [c.fsb1100, null, 1100, 'superseded', true, [], [c.fsb1500], null],
      [c.fsb1500, null, 1500, 'superseded', true, [c.fsb1100], [c.fsb2900], { from_claim_id: c.fsb1100, absolute: 400, percent: 36.4 }],
      [c.fsb2900, '2015-12', 2900, 'active', false, [c.fsb1500], [], { from_claim_id: c.fsb1500, absolute: 1400, percent: 93.3 }],
    ]);
  });

  test('claimant narrows it; a retracted figure never appears; undated figures come last', async () => {
    const fsb = await get('/v1/compare/timeline?country=RU&metric=foreign_fighters&claimant=Aleksandr%20Bortnikov').expect(200);
    expect(fsb.body.claimants).toHaveLength(1);
    const kz = await get('/v1/compare/timeline?country=KZ&metric=foreign_fighters').expect(200);
    const byClaimant = Object.fromEntries(
      kz.body.claimants.map((g: { claimant: { id: number }; figures: Row[] }) => [g.claimant.id, g.figures]),
    );
    expect(byClaimant[a.icsr].map((f: Row) => [f.claim_id, f.change])).toEqual([[c.icsrKz, null]]);
    expect(byClaimant[a.soufan].map((f: Row) => [f.claim_id, f.change])).toEqual([
      [c.soufanKz2014, null],
      [c.soufanKzRange, { from_claim_id: c.soufanKz2014, absolute: 55, percent: 22 }],
    ]);
    // Dated claimants first, in as_of order of their first figure; the undated ones after.
    expect(kz.body.claimants.map((g: { claimant: { id: number } }) => g.claimant.id)).toEqual([
      a.paraszczuk,
      a.soufan,
      a.icsr,
      a.abykaev,
      a.knb,
    ]);
  });

  test('CSV: one line per figure with its change', async () => {
    const res = await get('/v1/compare/timeline?country=RU&metric=foreign_fighters&format=csv')
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toContain('change_from_claim_id,change,change_percent,supersedes,superseded_by');
    expect(lines[4]).toBe(
      `${a.bortnikov},"Aleksandr Bortnikov",${c.fsb1500},"foreign_fighters","RU",,,1500,,,"exact","1,500",1500,"superseded",${c.fsb1100},400,36.4,"${c.fsb1100}","${c.fsb2900}","/v1/claims/${c.fsb1500}"`,
    );
  });
});

describe('GET /v1/compare/countries', () => {
  test('Central Asia side by side: the preferred figure, the number of claimants and the range of active figures', async () => {
    const res = await get('/v1/compare/countries?metric=foreign_fighters&country=KZ,KG,TJ,TM,UZ').expect(200);
    const pick = (r: Row) => [r.country, r.claim_id, r.best_value, r.chosen_by, r.latest_by, r.claimants, r.figures, r.range];
    expect(res.body.rows.map(pick)).toEqual([
      // Undated figures fall back to the day they were recorded, so the seed's "over 300" is KZ's latest; the retracted 9,999 counts
      // nowhere.
      ['KZ', c.knb300, 300, 'latest', 'recorded', 5, 6, { min: 150, max: 360 }],
      ['KG', c.gknbKg, 500, 'rank', 'as_of', 2, 2, { min: 500, max: 600 }],
      ['TJ', c.soufanTj, 386, 'latest', 'as_of', 1, 1, { min: 386, max: 386 }],
      ['TM', null, null, null, null, 0, 0, { min: null, max: null }],
      ['UZ', c.soufanUz, 500, 'latest', 'as_of', 2, 2, { min: 500, max: 500 }],
    ]);
    expect(res.body.rows[1]).toMatchObject({
      country_name: 'Kyrgyzstan',
      claimant: { id: a.gknb, name: 'GKNB' },
      value_text: '500',
      as_of: '2015-06',
      claim_url: `/v1/claims/${c.gknbKg}`,
    });
    const kgClaims = (await get(res.body.rows[1].claims_url).expect(200)).body.data.map((x: { id: number }) => x.id);
    expect(kgClaims).toEqual([c.gknbKg, c.soufanKg]);
  });

  test('as_of: only figures that hold by then count; undated ones cannot be placed', async () => {
    const y2015 = await get('/v1/compare/countries?metric=foreign_fighters&country=KZ,KG,TJ,UZ&as_of=2015').expect(200);
    const pick = (r: Row) => [r.country, r.claim_id, r.best_value, r.claimants, r.figures, r.range];
    expect(y2015.body.rows.map(pick)).toEqual([
      ['KZ', c.soufanKzRange, 305, 3, 4, { min: 150, max: 360 }],
      ['KG', c.gknbKg, 500, 2, 2, { min: 500, max: 600 }],
      ['TJ', c.soufanTj, 386, 1, 1, { min: 386, max: 386 }],
      ['UZ', c.soufanUz, 500, 2, 2, { min: 500, max: 500 }],
    ]);
    const y2014 = await get('/v1/compare/countries?metric=foreign_fighters&country=KZ,KG,TJ,UZ&as_of=2014').expect(200);
    expect(y2014.body.rows.map(pick)).toEqual([
      ['KZ', c.soufanKz2014, 250, 2, 2, { min: 150, max: 250 }],
      ['KG', null, null, 0, 0, { min: null, max: null }],
      ['TJ', null, null, 0, 0, { min: null, max: null }],
      ['UZ', c.icsrUz, 500, 1, 1, { min: 500, max: 500 }],
    ]);
  });

  test('warns when a figure is part of another one in the comparison', async () => {
    const res = await get('/v1/compare/countries?metric=foreign_fighters,women&country=KZ').expect(200);
    expect(res.body.warnings.map((w: { code: string; claim_ids: number[] }) => [w.code, w.claim_ids])).toEqual([
      ['mixed_metrics', []],
      ['part_of', [c.women, c.knb300]],
      ['no_number', [c.hundreds]],
    ]);
  });

  test('CSV', async () => {
    const res = await get('/v1/compare/countries?metric=foreign_fighters&country=KG,TM&format=csv').expect(200);
    expect(res.text).toBe(
      [
        'country,country_name,claim_id,claimant_id,claimant,value,value_low,value_high,approximation,value_text,best_value,as_of,chosen_by,latest_by,claimants,figures,range_min,range_max,claim_url,claims_url',
        `"KG","Kyrgyzstan",${c.gknbKg},${a.gknb},"GKNB",500,,,"exact","500",500,"2015-06","rank","as_of",2,2,500,600,"/v1/claims/${c.gknbKg}","/v1/claims?country=KG&metric=foreign_fighters&status=active"`,
        '"TM","Turkmenistan",,,,,,,,,,,,,0,0,,,,"/v1/claims?country=TM&metric=foreign_fighters&status=active"',
        '',
      ].join('\r\n'),
    );
  });

  test('the world view CSV is named by the countries it keeps and how many it leaves out, never a list cut short', async () => {
    const page = await get('/compare/countries?metric=foreign_fighters').expect(200);
    const href = /href="(\/v1\/compare\/countries\?[^"]*format=csv[^"]*)"/.exec(page.text)![1].replace(/&amp;/g, '&');
    const codes = new URL(href, 'http://x').searchParams.get('country')!.split(',');
    expect(codes.length).toBeGreaterThan(200);
    const res = await get(href).expect(200);
    const name = /filename="compare-countries_country-([^_]+)_metric-foreign-fighters_\d{8}T\d{6}Z\.csv"$/.exec(
      res.headers['content-disposition'],
    );
    const [, kept, left] = /^(.+)-and-(\d+)-more$/.exec(name![1])!;
    expect(name![1].length).toBeLessThanOrEqual(40);
    expect(kept.split('-')).toEqual(codes.slice(0, codes.length - Number(left)));
    // a short list is named whole
    const two = await get('/v1/compare/countries?metric=foreign_fighters&country=KG,TM&format=csv').expect(200);
    expect(two.headers['content-disposition']).toMatch(
      /filename="compare-countries_country-KG-TM_metric-foreign-fighters_\d{8}T\d{6}Z\.csv"$/,
    );
  });
});

test('every view’s response matches its schema in schemas/compare.json', async () => {
  const validator = createValidator();
  for (const [url, schema] of [
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters,women', 'CompareSources'],
    ['/v1/compare/sources?country=TM&metric=foreign_fighters', 'CompareSources'],
    ['/v1/compare/timeline?country=RU&metric=foreign_fighters&from=2014', 'CompareTimeline'],
    ['/v1/compare/countries?metric=foreign_fighters&country=KZ,KG,TJ,TM,UZ&as_of=2015', 'CompareCountries'],
  ]) {
    const res = await get(url).expect(200);
    expect(() => validator.body(`compare.json#/$defs/${schema}`, res.body)).not.toThrow();
  }
});

describe('bad requests', () => {
  test.each([
    ['/v1/compare/sources?country=KZ', 'metric'],
    ['/v1/compare/sources?metric=foreign_fighters', 'country'],
    ['/v1/compare/sources?country=Atlantis&metric=foreign_fighters', 'country'],
    ['/v1/compare/sources?country=KZ&metric=unicorns', 'metric'],
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters&format=xml', 'format'],
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters&status=retracted', 'status'],
    ['/v1/compare/sources?country=KZ&metric=foreign_fighters&as_of=2015', 'as_of'],
    ['/v1/compare/timeline?country=RU&metric=foreign_fighters&from=2015-02-30', 'from'],
    ['/v1/compare/countries?metric=foreign_fighters', 'country'],
    ['/v1/compare/countries?metric=foreign_fighters&country=KZ&as_of=soon', 'as_of'],
    ['/v1/compare/countries?metric=foreign_fighters&country=KZ&claimant=1', 'claimant'],
  ])('%s is a 400 naming %s', async (url, field) => {
    const res = await get(url)
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
