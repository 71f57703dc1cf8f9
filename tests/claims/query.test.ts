import request from 'supertest';
import { createValidator } from '../../src/validate';
import { AnalystData, loadAnalystData } from '../support/analystData';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
let d: AnalystData;
let c: AnalystData['claims'];
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  d = await loadAnalystData(t);
  c = d.claims;
});
afterAll(() => t.drop());

const get = (url: string) => request(t.app).get(url);
async function ids(url: string): Promise<number[]> {
  const res = await get(url).expect(200);
  return res.body.data.map((x: { id: number }) => x.id);
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('filters', () => {
  test('country by code, name, demonym and several at once', async () => {
    const kz = [c.video, c.knb300, c.women, c.hundreds, c.soufanKz2014, c.soufanKzRange, c.icsrKz, c.icsrKzRetracted];
    expect(await ids('/v1/claims?country=KZ')).toEqual(kz);
    expect(await ids('/v1/claims?country=Kazakhstan')).toEqual(kz);
    expect(await ids('/v1/claims?country=Kazakhs')).toEqual(kz);
    expect(await ids('/v1/claims?country=kyrgyz,Tajikistan')).toEqual([c.gknbKg, c.soufanKg, c.soufanTj]);
  });

  test('metric, group (by alias) and claimant (by id and by name)', async () => {
    expect(await ids('/v1/claims?metric=women')).toEqual([c.women]);
    expect(await ids('/v1/claims?country=RU&group=ISIS')).toEqual([c.fsb1100, c.fsb1500, c.fsb2900]);
    expect(await ids(`/v1/claims?claimant=${d.actors.abykaev}`)).toEqual([c.knb300]);
    expect(await ids('/v1/claims?claimant=nurtai%20abykaev')).toEqual([c.knb300]);
    expect(await ids(`/v1/claims?claimant=${encodeURIComponent('International Centre for the Study of Radicalisation')}`)).toEqual([
      c.icsrKz,
      c.icsrKzRetracted,
      c.icsrUz,
    ]);
  });

  test('document: the claims it reports', async () => {
    expect(await ids(`/v1/claims?document=${d.documents.icsr}`)).toEqual([c.icsrKz, c.icsrKzRetracted, c.gknbKg, c.icsrUz, c.fsb2900]);
    expect(await ids(`/v1/claims?document=${d.documents.rferl}&country=RU`)).toEqual([c.fsb1100, c.fsb1500]);
  });

  test('from/to: the whole as_of period must lie within the range; unknown as_of never matches', async () => {
    // 2013-11 lies within 2013; the year-precision 2015 (TJ) lies within from=2015&to=2015 but not within 2015-06-01..2015-12-31.
    expect(await ids('/v1/claims?from=2013-01-01&to=2013-12-31')).toEqual([c.video]);
    expect(await ids('/v1/claims?from=2013-11&to=2013-11')).toEqual([c.video]);
    expect(await ids('/v1/claims?country=TJ&from=2015&to=2015')).toEqual([c.soufanTj]);
    expect(await ids('/v1/claims?country=TJ&from=2015-06-01&to=2015-12-31')).toEqual([]);
    // Edge of `to`: 2015-06 ends on 2015-06-30.
    expect(await ids('/v1/claims?country=KG&to=2015-06-29')).toEqual([]);
    expect(await ids('/v1/claims?country=KG&to=2015-06-30')).toEqual([c.gknbKg]);
    expect(await ids('/v1/claims?country=KG&to=2015-06')).toEqual([c.gknbKg]);
    // Edge of `from`: 2015-06 starts on 2015-06-01.
    expect(await ids('/v1/claims?country=KG&from=2015-06-02')).toEqual([c.soufanKg]);
    expect(await ids('/v1/claims?country=KG&from=2015-06-01')).toEqual([c.gknbKg, c.soufanKg]);
    // Undated claims (most of the seed) are left out by any date bound.
    expect(await ids('/v1/claims?country=RU&from=1900')).toEqual([c.soufanRu2014, c.soufanRu, c.fsb2900]);
  });

  test('status and rank', async () => {
    expect(await ids('/v1/claims?status=superseded')).toEqual([c.fsb1100, c.fsb1500]);
    expect(await ids('/v1/claims?status=retracted')).toEqual([c.icsrKzRetracted]);
    expect(await ids('/v1/claims?country=RU&status=active,superseded')).toEqual([
      c.fsb1100,
      c.fsb1500,
      c.soufanRu2014,
      c.soufanRu,
      c.fsb2900,
    ]);
    expect(await ids('/v1/claims?rank=preferred')).toEqual([c.gknbKg]);
    expect((await ids('/v1/claims?rank=normal,deprecated')).length).toBe(17);
  });

  test('q: full text over quotes, value_text, notes and context, with English stemming', async () => {
    expect(await ids('/v1/claims?q=jamaat')).toEqual([c.knb300]); // only in a quote
    expect(await ids('/v1/claims?q=Astana')).toEqual([c.knb300]); // only in the context
    expect(await ids('/v1/claims?q=paraphrases')).toEqual([c.knb300]); // only in the notes
    expect(await ids('/v1/claims?q=individual')).toEqual([c.soufanKzRange]); // only in value_text
    expect(sorted(await ids('/v1/claims?q=militant'))).toEqual(sorted([c.video, c.knb300, c.women, c.fsb1100, c.fsb1500])); // "militants" stems to "militant" (the women claim quotes "300 militants including 150 women")
    expect(await ids('/v1/claims?q=%22around%20half%22')).toEqual([c.women]); // a quoted phrase
    expect(await ids('/v1/claims?q=jamaat%20-Kazakh')).toEqual([]);
    expect(await ids('/v1/claims?q=zebra')).toEqual([]);
  });

  test('min_value and max_value bound the best value: a range by its middle', async () => {
    // "between 250 and 360" is 305: found by min_value=300, by min_value=305&max_value=305, not by max_value=300.
    expect(await ids('/v1/claims?country=KZ&min_value=300')).toEqual([c.knb300, c.soufanKzRange, c.icsrKz, c.icsrKzRetracted]);
    expect(await ids('/v1/claims?country=KZ&min_value=250&max_value=300')).toEqual([c.knb300, c.soufanKz2014]);
    expect(await ids('/v1/claims?min_value=305&max_value=305')).toEqual([c.soufanKzRange]);
    expect(await ids('/v1/claims?country=KZ&min_value=306')).toEqual([c.icsrKz, c.icsrKzRetracted]);
    expect(await ids('/v1/claims?max_value=149.5')).toEqual([]);
    // A vague figure ("hundreds") states no number: no bound finds it, however wide.
    expect(await ids('/v1/claims?country=KZ&min_value=-1000000&max_value=1000000')).not.toContain(c.hundreds);
  });

  test('filters combine', async () => {
    expect(
      await ids(`/v1/claims?country=KZ,KG&metric=foreign_fighters&claimant=${d.actors.soufan}&from=2015&status=active&min_value=0`),
    ).toEqual([c.soufanKzRange, c.soufanKg]);
    expect(
      await ids(`/v1/claims?country=KZ,KG&metric=foreign_fighters&claimant=${d.actors.soufan}&from=2015&status=active&min_value=310`),
    ).toEqual([c.soufanKg]);
  });

  test('invalid filters are a 400 problem naming each parameter, and unknown parameters are refused', async () => {
    const res = await get(
      '/v1/claims?country=Atlantis&metric=unicorns&group=nobody&from=2014-13&to=x&status=dead&rank=top&sort=size&facets=mood&min_value=lots&as_recorded=yesterday&document=0&q=%20',
    )
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    for (const f of [
      'country',
      'metric',
      'group',
      'from',
      'to',
      'status',
      'rank',
      'sort',
      'facets',
      'min_value',
      'as_recorded',
      'document',
      'q',
    ])
      expect(fields).toContain(f);
    expect((await get('/v1/claims?colour=red').expect(400)).body.errors).toEqual([
      { field: 'colour', message: 'is not a known parameter' },
    ]);
    expect((await get('/v1/claims?from=2015&to=2014').expect(400)).body.errors[0].field).toBe('to');
    expect((await get('/v1/claims?min_value=5&max_value=4').expect(400)).body.errors[0].field).toBe('max_value');
    expect((await get('/v1/claims?country=KZ&country=RU').expect(400)).body.errors[0].field).toBe('country');
  });
});

describe('sort and keyset pagination', () => {
  async function walk(url: string): Promise<{ pages: number[][]; links: (string | undefined)[] }> {
    const pages: number[][] = [];
    const links: (string | undefined)[] = [];
    let next: string | null = url;
    while (next) {
      const res: request.Response = await get(next).expect(200);
      pages.push(res.body.data.map((x: { id: number }) => x.id));
      links.push(res.headers.link);
      if (res.body.next) expect(res.headers.link).toBe(`<${res.body.next}>; rel="next"`);
      next = res.body.next;
    }
    return { pages, links };
  }

  test.each([
    ['as_of', 'ascending, unknown as_of last'],
    ['-as_of', 'descending, unknown as_of last'],
    ['value', 'ascending, a range by its middle, no number last'],
    ['-value', 'descending, a range by its middle, no number last'],
    ['created_at', 'recording order'],
    ['-created_at', 'newest first'],
    ['id', 'default'],
  ])('sort=%s pages through every claim once, in order (%s)', async (sort) => {
    type Row = {
      id: number;
      as_of: string | null;
      value: number | null;
      value_low: number | null;
      value_high: number | null;
      approximation: string;
      created_at: string;
    };
    const rows: Row[] = (await get(`/v1/claims?sort=${sort}&limit=500`).expect(200)).body.data;
    expect(rows).toHaveLength(18);
    const col = sort.replace('-', '') as 'as_of' | 'value' | 'created_at' | 'id';
    const desc = sort.startsWith('-');
    const middle = (r: Row) =>
      r.approximation !== 'vague' && r.value_low !== null && r.value_high !== null ? (r.value_low + r.value_high) / 2 : null;
    const key = (r: Row): string | number | null =>
      col === 'as_of'
        ? r.as_of === null
          ? null
          : `${r.as_of}-01-01`.slice(0, 10)
        : col === 'id'
          ? r.id
          : col === 'value'
            ? (r.value ?? middle(r))
            : r[col];
    if (col === 'value') expect(rows.some((r) => r.value === null && key(r) !== null)).toBe(true);
    if (col === 'value' || col === 'as_of') expect(rows.some((r) => key(r) === null)).toBe(true);
    // Check the order by hand: claims without a key last in either direction, ties by id in the sort direction.
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]), key(rows[i])];
      const tieOrder = desc ? rows[i - 1].id > rows[i].id : rows[i - 1].id < rows[i].id;
      if (a === null && b === null) expect(tieOrder).toBe(true);
      else if (a === null) expect(`${rows[i - 1].id} without a key before ${rows[i].id}`).toBe('never');
      else if (b === null) continue;
      else if (a === b) expect(tieOrder).toBe(true);
      else expect(desc ? a > b : a < b).toBe(true);
    }
    const { pages } = await walk(`/v1/claims?sort=${sort}&limit=4`);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 4, 4, 2]);
    expect(pages.flat()).toEqual(rows.map((r) => r.id));
  });

  test('the default limit is 50 and at most 500; a full last page has no next link', async () => {
    const res = await get('/v1/claims').expect(200);
    expect(res.body.data).toHaveLength(18);
    expect(res.body.next).toBeNull();
    expect(res.headers.link).toBeUndefined();
    expect((await get('/v1/claims?limit=501').expect(400)).body.errors[0].field).toBe('limit');
    expect((await get('/v1/claims?limit=0').expect(400)).body.errors[0].field).toBe('limit');
    // a bad limit does not hide the other parameters' errors: all are reported at once
    const fields = (await get('/v1/claims?country=Atlantis&metric=nope&limit=abc').expect(400)).body.errors.map(
      (e: { field: string }) => e.field,
    );
    expect(fields.sort()).toEqual(['country', 'limit', 'metric']);
    const { pages, links } = await walk('/v1/claims?country=KZ&limit=4');
    expect(pages).toEqual([
      [c.video, c.knb300, c.women, c.hundreds],
      [c.soufanKz2014, c.soufanKzRange, c.icsrKz, c.icsrKzRetracted],
    ]);
    expect(links[1]).toBeUndefined();
  });

  test('an empty result is an empty page', async () => {
    const res = await get('/v1/claims?country=TM').expect(200);
    expect(res.body).toEqual({ data: [], next: null });
    expect(res.headers.link).toBeUndefined();
  });

  test('the next link keeps the filters and sort', async () => {
    const res = await get('/v1/claims?country=RU&sort=-value&limit=2').expect(200);
    expect(res.body.data.map((x: { id: number }) => x.id)).toEqual([c.fsb2900, c.soufanRu]);
    expect(res.body.next).toMatch(/^\/v1\/claims\?country=RU&sort=-value&limit=2&cursor=[A-Za-z0-9_-]+$/);
    expect((await get(res.body.next).expect(200)).body.data.map((x: { id: number }) => x.id)).toEqual([c.fsb1500, c.fsb1100]);
  });

  test('invalid cursors are a 400 naming cursor', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const asOfCursor = (await get('/v1/claims?sort=as_of&limit=2').expect(200)).body.next.split('cursor=')[1];
    for (const cursor of [
      'garbage!',
      'bm90IGpzb24',
      b64({ a: 1 }),
      b64(['as_of', 'yesterday', 3]),
      b64(['as_of', '2014-01-01', -1]),
      b64(['value', '1', 1]),
      b64(['id', null, 'x']),
      b64(['as_of', '-infinity', 3, 'keys_last']),
      b64(['as_of', null, 3, 'keys_last']),
      b64(['as_of', 'infinity', 3, 'keys_last', 'more']),
    ]) {
      const res = await get(`/v1/claims?sort=as_of&cursor=${cursor}`).expect(400);
      expect(res.body.errors[0].field).toBe('cursor');
    }
    // A cursor from another sort does not silently skip rows.
    expect((await get(`/v1/claims?sort=value&cursor=${asOfCursor}`).expect(400)).body.errors[0].field).toBe('cursor');
    expect((await get(`/v1/claims?cursor=${b64(['as_of', '2014-02-30', 3])}&sort=as_of`).expect(400)).body.errors[0].field).toBe('cursor');
    expect(
      (await get(`/v1/claims?cursor=${b64(['created_at', '2014-02-30 10:00:00+00', 3])}&sort=created_at`).expect(400)).body.errors[0].field,
    ).toBe('cursor');
  });
});

describe('facets', () => {
  test('count the matching claims (all pages) per value, most frequent first', async () => {
    const res = await get('/v1/claims?country=KZ,RU&status=active,superseded&facets=country,metric,claimant&limit=1').expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.facets.country).toEqual([
      { value: 'KZ', label: 'Kazakhstan', count: 7 },
      { value: 'RU', label: 'Russia', count: 5 },
    ]);
    expect(res.body.facets.metric).toEqual([
      { value: 'foreign_fighters', label: expect.any(String), count: 11 },
      { value: 'women', label: expect.any(String), count: 1 },
    ]);
    expect(res.body.facets.claimant).toEqual(
      [
        { value: d.actors.soufan, label: 'The Soufan Group', count: 4 },
        { value: d.actors.bortnikov, label: 'Aleksandr Bortnikov', count: 3 },
        { value: d.actors.knb, label: 'National Security Committee of Kazakhstan', count: 2 },
        { value: d.actors.paraszczuk, label: 'Joanna Paraszczuk', count: 1 },
        { value: d.actors.abykaev, label: 'Nurtai Abykaev', count: 1 },
        { value: d.actors.icsr, label: 'ICSR', count: 1 },
      ].sort((a, b) => b.count - a.count || a.value - b.value),
    );
    // The next page carries the same facets.
    expect((await get(res.body.next).expect(200)).body.facets.country[0].count).toBe(7);
  });

  test('a page with facets matches the ClaimPage schema', async () => {
    const res = await get('/v1/claims?facets=country,metric,claimant,group,status,rank&limit=3').expect(200);
    expect(() => createValidator().body('compare.json#/$defs/ClaimPage', res.body)).not.toThrow();
    expect(res.body.facets.status).toEqual([
      { value: 'active', label: null, count: 15 },
      { value: 'superseded', label: null, count: 2 },
      { value: 'retracted', label: null, count: 1 },
    ]);
    expect(res.body.facets.group).toEqual([
      { value: null, label: null, count: 12 },
      { value: 'islamic-state', label: expect.any(String), count: 6 },
    ]);
  });

  test('without facets= there are none', async () => {
    expect((await get('/v1/claims?limit=1').expect(200)).body.facets).toBeUndefined();
  });
});
