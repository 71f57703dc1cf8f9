import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
let claimant: number;
let org: number;
let textDoc: number;
let bareDoc: number;

const TEXT =
  'The Interior Ministry said on Monday that 312 Kyrgyz citizens had travelled to Syria and Iraq, including 97 women. ' +
  'Officials added that “about 40” had returned.';

async function count(table: string): Promise<number> {
  const [{ n }] = await t.db(table).count({ n: '*' });
  return Number(n);
}

async function counts() {
  return {
    claims: await count('claims'),
    sources: await count('claim_sources'),
    relations: await count('claim_relations'),
    revisions: await count('revisions'),
  };
}

function claimBody(overrides: Record<string, unknown> = {}) {
  return {
    metric: 'foreign_fighters',
    country: 'Kyrgyz',
    group: 'ISIS',
    location: ['Syria', 'IQ'],
    value: 312,
    approximation: 'exact',
    value_text: '312 Kyrgyz citizens',
    as_of: '2016-03',
    stated_on: '2016-03-14',
    context: 'Press briefing, Bishkek',
    claimant_id: claimant,
    sources: [{ document_id: textDoc, quote: '312 Kyrgyz citizens had travelled to Syria and Iraq' }],
    ...overrides,
  };
}

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  org = (
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'government_agency', name: 'Interior Ministry of Kyrgyzstan', country: 'KG' })
      .expect(201)
  ).body.id;
  claimant = (
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({
        kind: 'person',
        name: 'Test Spokesperson',
        country: 'Kyrgyzstan',
        affiliations: [{ organization_id: org, role: 'spokesperson', from: '2015' }],
      })
      .expect(201)
  ).body.id;
  textDoc = (
    await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: 'Ministry briefing', url: 'https://example.org/briefing', text: TEXT, published_on: '2016-03-14' })
      .expect(201)
  ).body.id;
  bareDoc = (
    await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: 'Wire report without stored text', published_on: null })
      .expect(201)
  ).body.id;
});
afterAll(() => t.drop());

describe('POST /v1/claims', () => {
  test('records a claim with its provenance, resolving names and locating the quote', async () => {
    const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody()).expect(201);
    const claim = res.body;
    expect(res.headers.location).toBe(`/v1/claims/${claim.id}`);
    expect(res.headers.etag).toMatch(/^"v1-[0-9a-f]{16}"$/);
    expect(claim).toMatchObject({
      metric: 'foreign_fighters',
      country: 'KG',
      group: 'islamic-state',
      location: ['SY', 'IQ'],
      value: 312,
      value_low: null,
      value_high: null,
      approximation: 'exact',
      value_text: '312 Kyrgyz citizens',
      as_of: '2016-03',
      stated_on: '2016-03-14',
      context: 'Press briefing, Bishkek',
      claimant: {
        id: claimant,
        name: 'Test Spokesperson',
        kind: 'person',
        role: 'spokesperson',
        organization: { id: org, name: 'Interior Ministry of Kyrgyzstan' },
      },
      relations: [],
      rank: 'normal',
      status: 'active',
      credibility: null,
      version: 1,
    });
    const [source] = claim.sources;
    expect(source.document).toEqual({
      id: textDoc,
      title: 'Ministry briefing',
      url: 'https://example.org/briefing',
      publisher: null,
      published_on: '2016-03-14',
    });
    expect(TEXT.slice(source.start, source.end)).toBe(source.quote);
    expect(source.prefix).toBe(TEXT.slice(source.start - 32, source.start));
    expect(source.suffix).toBe(TEXT.slice(source.end, source.end + 32));

    const row = await t.db('claims').where({ id: claim.id }).first();
    expect(row).toMatchObject({ country: 'KG', as_of: '2016-03-01', as_of_precision: 'month', value: 312 });
    const revisions = await t.db('revisions').where({ entity: 'claim', entity_id: claim.id });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: 'create', author: 'test editor', version: 1 });
    expect(revisions[0].snapshot.value_text).toBe('312 Kyrgyz citizens');
  });

  test('a quote that is not in the stored text is a 422 naming the field, and nothing is written', async () => {
    const before = await counts();
    const res = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(claimBody({ sources: [{ document_id: textDoc, quote: '313 Kyrgyz citizens' }] }))
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([{ field: '/sources/0/quote', message: expect.stringContaining(`document ${textDoc}`) }]);
    expect(await counts()).toEqual(before);
  });

  test('a quote from a document without stored text is kept as given, without offsets', async () => {
    const res = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(claimBody({ sources: [{ document_id: bareDoc, quote: 'some 300 Kyrgyz nationals' }] }))
      .expect(201);
    expect(res.body.sources[0]).toMatchObject({ quote: 'some 300 Kyrgyz nationals', start: null, end: null, prefix: null, suffix: null });
  });

  test('a claim needs a claimant and at least one source', async () => {
    const before = await counts();
    const { claimant_id: _c, sources: _s, ...bare } = claimBody();
    const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(bare).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['/claimant_id', '/sources']);
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(claimBody({ sources: [] }))
      .expect(400);
    expect(await counts()).toEqual(before);
  });

  test('unknown references are a 422 listing every failing field', async () => {
    const before = await counts();
    const res = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(
        claimBody({
          metric: 'no_such_metric',
          country: 'Atlantis',
          group: 'no-such-group',
          claimant_id: 999999,
          sources: [{ document_id: 888888, quote: 'x' }],
          relations: [{ type: 'supersedes', claim_id: 777777 }],
        }),
      )
      .expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      '/claimant_id',
      '/country',
      '/group',
      '/metric',
      '/relations/0/claim_id',
      '/sources/0/document_id',
    ]);
    expect(await counts()).toEqual(before);
  });

  test('an incoherent figure is a 422', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ value: null, approximation: 'exact' }, '/value'],
      [{ value: null, approximation: 'range', value_low: 100 }, '/value_high'],
      [{ value: 200, value_low: 300, value_high: 100, approximation: 'range' }, '/value_high'],
      [{ value: 500, value_low: 100, value_high: 300, approximation: 'range' }, '/value'],
    ];
    for (const [body, field] of cases) {
      const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody(body)).expect(422);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  test('vague and range figures keep their words and bounds', async () => {
    const vague = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(claimBody({ value: null, approximation: 'vague', value_text: 'dozens of Kyrgyz citizens' }))
      .expect(201);
    expect(vague.body).toMatchObject({ value: null, approximation: 'vague', value_text: 'dozens of Kyrgyz citizens' });
    const range = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(
        claimBody({
          value: null,
          value_low: 2000,
          value_high: 4000,
          approximation: 'range',
          value_text: '2,000–4,000 Central Asians',
          country: 'Central Asians',
        }),
      )
      .expect(201);
    expect(range.body).toMatchObject({ value: null, value_low: 2000, value_high: 4000, country: '143' });
  });

  test('malformed bodies are 4xx problems, never 500, and write nothing', async () => {
    const before = await counts();
    const bad: [string, string, number][] = [
      ['{"metric": ', 'application/json', 400],
      ['[]', 'application/json', 400],
      ['"just a string"', 'application/json', 400],
      ['metric=foreign_fighters', 'application/x-www-form-urlencoded', 415],
      ['{"metric":"foreign_fighters"}', 'text/plain', 415],
      [JSON.stringify(claimBody({ value: '312' })), 'application/json', 400],
      [JSON.stringify(claimBody({ as_of: '2015-02-30' })), 'application/json', 400],
      [JSON.stringify(claimBody({ notes: 'nul \u0000 byte' })), 'application/json', 400],
      [JSON.stringify(claimBody({ surprise: true })), 'application/json', 400],
      [JSON.stringify(claimBody({ value: 1e300 })), 'application/json', 400],
      [JSON.stringify(claimBody({ claimant_id: 2 ** 63 })), 'application/json', 400],
      [JSON.stringify(claimBody({ value: -7 })), 'application/json', 400],
      [JSON.stringify(claimBody({ value_text: '   ' })), 'application/json', 400],
      [JSON.stringify(claimBody({ sources: [{ document_id: 1, quote: ' ' }] })), 'application/json', 400],
    ];
    for (const [body, type, status] of bad) {
      const res = await request(t.app).post('/v1/claims').set(t.as.editor).set('Content-Type', type).send(body);
      expect({ body, status: res.status }).toEqual({ body, status });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+|SELECT|INSERT/);
    }
    const unknown = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(claimBody({ surprise: true }));
    expect(unknown.body.errors).toContainEqual({ field: '/surprise', message: 'is not a known field' });
    const huge = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(claimBody({ notes: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await counts()).toEqual(before);
  });
});

describe('reading claims', () => {
  test('GET /v1/claims/{id} serves the claim with an ETag; unknown is 404, a bad id 400', async () => {
    const created = (await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody()).expect(201)).body;
    const res = await request(t.app).get(`/v1/claims/${created.id}`).expect(200);
    expect(res.body).toEqual(created);
    expect(res.headers.etag).toMatch(/^"v1-[0-9a-f]{16}"$/);
    const missing = await request(t.app).get('/v1/claims/999999').expect(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999', "1' OR '1'='1"]) {
      const bad = await request(t.app).get(`/v1/claims/${encodeURIComponent(id)}`);
      expect({ id, status: bad.status }).toEqual({ id, status: 400 });
    }
  });

  test('GET /v1/claims filters by country name or demonym, metric, group alias and claimant', async () => {
    const kz = (await request(t.app).get('/v1/claims?country=Kazakh').expect(200)).body.data;
    expect(kz.map((c: { value_text: string }) => c.value_text).sort()).toEqual([
      'around 150 Kazakh militants',
      'around half of whom are women',
      'hundreds of Kazakhs, many of them women',
      'over 300',
    ]);
    const fighters = (await request(t.app).get('/v1/claims?country=Kazakhstan&metric=foreign_fighters&group=Daesh').expect(200)).body.data;
    expect(fighters.map((c: { value_text: string }) => c.value_text).sort()).toEqual([
      'hundreds of Kazakhs, many of them women',
      'over 300',
    ]);
    const several = (await request(t.app).get('/v1/claims?country=KZ,Russian&metric=foreign_fighters').expect(200)).body.data;
    expect(new Set(several.map((c: { country: string }) => c.country))).toEqual(new Set(['KZ', 'RU']));
    const byName = (await request(t.app).get('/v1/claims?claimant=aleksandr%20bortnikov').expect(200)).body.data;
    expect(byName.map((c: { value: number }) => c.value).sort()).toEqual([1100, 1500]);
    const byId = (await request(t.app).get(`/v1/claims?claimant=${byName[0].claimant.id}`).expect(200)).body.data;
    expect(byId.map((c: { id: number }) => c.id)).toEqual(byName.map((c: { id: number }) => c.id));
    const superseded = (await request(t.app).get('/v1/claims?status=superseded').expect(200)).body.data;
    expect(superseded.map((c: { value: number }) => c.value)).toEqual([1100]);
  });

  test('invalid filters are a 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['country=Atlantis', 'country'],
      ['group=nobody', 'group'],
      ['status=deleted', 'status'],
      ['metric=Bad-Code', 'metric'],
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['cursor=%%%', 'cursor'],
      ['cursor=bm90LWpzb24', 'cursor'],
      ['colour=red', 'colour'],
      ['country=KZ&country=RU', 'country'],
    ];
    for (const [query, field] of cases) {
      const res = await request(t.app).get(`/v1/claims?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  test('keyset pagination walks every claim once, with next links and a Link header', async () => {
    const all = (await request(t.app).get('/v1/claims?limit=500').expect(200)).body;
    expect(all.next).toBeNull();
    const seen: number[] = [];
    let url: string | null = '/v1/claims?limit=2';
    while (url) {
      const res: request.Response = await request(t.app).get(url).expect(200);
      seen.push(...res.body.data.map((c: { id: number }) => c.id));
      if (res.body.next) expect(res.headers.link).toBe(`<${res.body.next}>; rel="next"`);
      url = res.body.next;
    }
    expect(seen).toEqual(all.data.map((c: { id: number }) => c.id));
    const empty = await request(t.app).get('/v1/claims?country=TM').expect(200);
    expect(empty.body).toEqual({ data: [], next: null });
  });
});

describe('editing, retracting and history', () => {
  test('PATCH needs If-Match: 428 without, 412 when stale, and a new revision when it applies', async () => {
    const created = (await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody()).expect(201)).body;
    await request(t.app).patch(`/v1/claims/${created.id}`).set(t.as.editor).send({ reason: 'a test edit', credibility: 2 }).expect(428);
    const res = await request(t.app)
      .patch(`/v1/claims/${created.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v1"')
      .send({ credibility: 2, rank: 'preferred', reason: 'confirmed by a second source' })
      .expect(200);
    expect(res.body).toMatchObject({ credibility: 2, rank: 'preferred', version: 2 });
    expect(res.headers.etag).toMatch(/^"v2-[0-9a-f]{16}"$/);
    const stale = await request(t.app)
      .patch(`/v1/claims/${created.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v1"')
      .send({ reason: 'a test edit', credibility: 5 })
      .expect(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await t.db('claims').where({ id: created.id }).first()).credibility).toBe(2);

    const history = (await request(t.app).get(`/v1/claims/${created.id}/history`).expect(200)).body;
    expect(history.revisions.map((r: { action: string }) => r.action)).toEqual(['create', 'update']);
    expect(history.revisions[1]).toMatchObject({
      version: 2,
      author: 'test editor',
      reason: 'confirmed by a second source',
      changes: { credibility: { from: null, to: 2 }, rank: { from: 'normal', to: 'preferred' } },
    });
  });

  test('PATCH re-verifies new quotes and changes nothing when it fails', async () => {
    const created = (await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody()).expect(201)).body;
    const res = await request(t.app)
      .patch(`/v1/claims/${created.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v1"')
      .send({ reason: 'a test edit', value: 97, sources: [{ document_id: textDoc, quote: 'including 98 women' }] })
      .expect(422);
    expect(res.body.errors).toEqual([{ field: '/sources/0/quote', message: expect.any(String) }]);
    const after = (await request(t.app).get(`/v1/claims/${created.id}`).expect(200)).body;
    expect(after).toEqual(created);
  });

  test('a PATCH that changes nothing keeps the version and writes no revision', async () => {
    const created = (await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody()).expect(201)).body;
    const res = await request(t.app)
      .patch(`/v1/claims/${created.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v1"')
      .send({ reason: 'a test edit', value: 312 })
      .expect(200);
    expect(res.body.version).toBe(1);
    expect(await t.db('revisions').where({ entity: 'claim', entity_id: created.id }).count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  test('DELETE retracts with a reason and keeps the row; a second retraction is a 409', async () => {
    const created = (await request(t.app).post('/v1/claims').set(t.as.editor).send(claimBody()).expect(201)).body;
    // Without a reason, or with a blank one, as an edit without one (src/revisions/reason.ts): it was a 400 naming reason.
    const noReason = await request(t.app).delete(`/v1/claims/${created.id}`).set(t.as.editor).expect(422);
    expect(noReason.body.errors[0].field).toBe('/reason');
    const blankReason = await request(t.app).delete(`/v1/claims/${created.id}?reason=%20%20`).set(t.as.editor).expect(422);
    expect(blankReason.body.errors).toEqual(noReason.body.errors);
    const res = await request(t.app)
      .delete(`/v1/claims/${created.id}`)
      .set(t.as.editor)
      .send({ reason: 'misread the briefing' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'retracted', retraction_reason: 'misread the briefing', version: 2 });
    const row = await t.db('claims').where({ id: created.id }).first();
    expect(row).toMatchObject({ status: 'retracted', retraction_reason: 'misread the briefing' });
    expect(await t.db('claim_sources').where({ claim_id: created.id }).count({ n: '*' })).toEqual([{ n: 1 }]);
    await request(t.app).delete(`/v1/claims/${created.id}?reason=again`).set(t.as.editor).expect(409);
    await request(t.app)
      .patch(`/v1/claims/${created.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v2"')
      .send({ reason: 'a test edit', value: 1 })
      .expect(409);
    const history = (await request(t.app).get(`/v1/claims/${created.id}/history`).expect(200)).body;
    expect(history.revisions.map((r: { action: string; reason: string | null }) => [r.action, r.reason])).toEqual([
      ['create', null],
      ['retract', 'misread the briefing'],
    ]);
  });

  test('supersedes marks the older claim superseded; retracting the newer one restores it', async () => {
    const older = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send(claimBody({ value: 250, value_text: '250', as_of: '2015' }))
        .expect(201)
    ).body;
    const newer = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send(claimBody({ relations: [{ type: 'supersedes', claim_id: older.id }] }))
        .expect(201)
    ).body;
    expect(newer.relations).toEqual([{ type: 'supersedes', claim_id: older.id, asserted_by: { id: claimant, name: 'Test Spokesperson' } }]);
    const olderNow = (await request(t.app).get(`/v1/claims/${older.id}`).expect(200)).body;
    expect(olderNow).toMatchObject({ status: 'superseded', version: 2 });
    expect(olderNow.relations).toEqual([
      { type: 'superseded_by', claim_id: newer.id, asserted_by: { id: claimant, name: 'Test Spokesperson' } },
    ]);
    const chain = (await request(t.app).get(`/v1/claims/${newer.id}/history`).expect(200)).body.supersession;
    expect(chain.map((c: { claim_id: number }) => c.claim_id)).toEqual([older.id, newer.id]);

    const cycle = await request(t.app)
      .patch(`/v1/claims/${older.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v2"')
      .send({ reason: 'a test edit', relations: [{ type: 'supersedes', claim_id: newer.id }] })
      .expect(422);
    expect(cycle.body.errors[0].field).toBe('/relations/0/claim_id');

    await request(t.app).delete(`/v1/claims/${newer.id}`).set(t.as.editor).send({ reason: 'wrong figure' }).expect(200);
    expect((await request(t.app).get(`/v1/claims/${older.id}`).expect(200)).body.status).toBe('active');
  });
});

describe('access control', () => {
  test('writes need a key with role editor or admin', async () => {
    const before = await counts();
    const none = await request(t.app).post('/v1/claims').send(claimBody()).expect(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    await request(t.app).post('/v1/claims').set(t.as.reader).send(claimBody()).expect(403);
    await request(t.app).post('/v1/claims').set({ Authorization: 'Bearer not-a-key' }).send(claimBody()).expect(401);
    await request(t.app).post('/v1/claims').set({ Authorization: 'Basic dXNlcjpwYXNz' }).send(claimBody()).expect(401);
    await request(t.app).delete('/v1/claims/1').set(t.as.reader).send({ reason: 'x' }).expect(403);
    expect(await counts()).toEqual(before);
    await request(t.app).post('/v1/claims').set(t.as.admin).send(claimBody()).expect(201);
  });

  test('keys are stored hashed', async () => {
    const rows = await t.db('api_keys').select('key_hash');
    for (const secret of Object.values(t.keys)) {
      expect(rows.some((r) => r.key_hash === secret)).toBe(false);
      expect(JSON.stringify(rows)).not.toContain(secret);
    }
  });
});
