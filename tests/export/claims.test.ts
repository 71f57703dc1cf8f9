import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { CLAIM_EXPORT_COLUMNS, REVISION_EXPORT_COLUMNS } from '../../src/export/claimRows';
import { createTestApp, TestApp } from '../support/app';
import { storeAsBefore } from '../support/negativeFigures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const URL = 'https://www.rferl.org/a/under-black-flag-kazakhstan-kazakh-women-islamic-state/26698040.html';
type Row = Record<string, string>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies read loosely in the cross-check
type Json = Record<string, any>;

/** Parses with a real CSV parser, strictly: RFC 4180 quoting, every row as wide as the header. */
function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const records: string[][] = parse(text, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false });
  const [header, ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

const exportCsv = async (query = '') => {
  const res = await request(t.app).get(`/v1/export/claims${query}`).expect(200);
  return { res, ...parseCsv(res.text) };
};

test('the seed ledger exports as CSV: RFC 4180, a header of every column, one row per claim × source', async () => {
  const { res, header, rows } = await exportCsv();
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="claims_\d{8}T\d{6}Z\.csv"$/);
  expect(res.text.endsWith('\r\n')).toBe(true);
  // Outside quoted fields, every line ends with CRLF: a header and nine records.
  expect(res.text.replace(/"(?:[^"]|"")*"/g, '').match(/\r?\n/g)).toEqual(Array(10).fill('\r\n'));
  expect(header).toEqual(CLAIM_EXPORT_COLUMNS.map((c) => c.name));
  expect(rows.map((r) => [r.claim_id, r.source_position])).toEqual([
    ['1', '0'],
    ['2', '0'],
    ['2', '1'],
    ['3', '0'],
    ['3', '1'],
    ['3', '2'],
    ['4', '0'],
    ['5', '0'],
    ['6', '0'],
  ]);

  const created = rows[1].created_at;
  expect(rows[1]).toEqual({
    claim_id: '2',
    key: 'rferl-26698040/knb-kz-fighters-300',
    metric: 'foreign_fighters',
    metric_label: 'Foreign fighters',
    unit: 'people',
    country: 'KZ',
    country_name: 'Kazakhstan',
    group: 'islamic-state',
    group_name: 'Islamic State',
    location: 'IQ;SY',
    value: '300',
    value_low: '',
    value_high: '',
    approximation: 'more_than',
    value_text: 'over 300',
    as_of: '',
    stated_on: '',
    context: 'Meeting of the Council of Heads of Security Authorities and Special Services of the CIS, Astana',
    claimant_id: '4',
    claimant_name: 'Nurtai Abykaev',
    claimant_role: 'chairman',
    claimant_organization: 'National Security Committee of Kazakhstan',
    source_position: '0',
    document_id: '1',
    document_title: 'Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS',
    document_url: URL,
    document_authors: 'Joanna Paraszczuk',
    publisher: 'RFE/RL',
    published_on: '',
    document_retrieved_at: '',
    document_text_sha256: '',
    quote:
      'The chairman of the Kazakh National Security Committee (KNB), Nurtai Abykaev, said that "over 300" Kazakh militants in Islamic State had formed their own jamaat (fighting unit).',
    quote_prefix: '',
    quote_suffix: '',
    quote_start: '',
    quote_end: '',
    status: 'active',
    retraction_reason: '',
    rank: 'normal',
    credibility: '',
    supersedes: '',
    superseded_by: '',
    part_of: '',
    derived_from: '1',
    contradicts: '',
    corroborates: '',
    notes:
      'Abykaev\'s own words, quoted, are "over 300"; the article paraphrases the estimate as "around 300". The article does not date the meeting.',
    version: '1',
    created_at: created,
    updated_at: created,
  });
  expect(created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(res.text).toContain(
    '"The chairman of the Kazakh National Security Committee (KNB), Nurtai Abykaev, said that ""over 300"" Kazakh militants',
  );

  // Superseded claims are included and flagged, with both ends of the relation.
  expect(rows.find((r) => r.claim_id === '5')).toMatchObject({ status: 'superseded', superseded_by: '6', value: '1100', version: '2' });
  expect(rows.find((r) => r.claim_id === '6')).toMatchObject({ status: 'active', supersedes: '5', value: '1500', approximation: 'exact' });
  expect(rows.filter((r) => r.claim_id === '3').map((r) => r.part_of)).toEqual(['2', '2', '2']);
  expect(rows.find((r) => r.claim_id === '4')).toMatchObject({
    value: '',
    approximation: 'vague',
    claimant_name: 'National Security Committee of Kazakhstan',
    claimant_role: '',
  });
  expect(rows.find((r) => r.claim_id === '1')).toMatchObject({
    as_of: '2013-11',
    group: '',
    location: 'SY',
    claimant_name: 'Joanna Paraszczuk',
  });
});

test('every CSV cell agrees with the API’s own view of the claims', async () => {
  const { rows } = await exportCsv();
  const claims = (await request(t.app).get('/v1/claims?limit=500').expect(200)).body.data;
  const documents = new Map((await request(t.app).get('/v1/documents').expect(200)).body.data.map((d: { id: number }) => [d.id, d]));
  const metrics = new Map((await request(t.app).get('/v1/metrics').expect(200)).body.data.map((m: { code: string }) => [m.code, m]));
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const ids = (type: string, c: Json) =>
    (c.relations as { type: string; claim_id: number }[])
      .filter((r) => r.type === type)
      .map((r) => r.claim_id)
      .join(';');
  const expected = claims.flatMap((c: Json) =>
    c.sources.map((s: Json, i: number) => {
      const doc = documents.get(s.document.id) as Json;
      const metric = metrics.get(c.metric) as Json;
      return {
        claim_id: cell(c.id),
        key: cell(c.key),
        metric: c.metric,
        metric_label: metric.label,
        unit: metric.unit,
        country: c.country,
        group: cell(c.group),
        location: c.location.join(';'),
        value: cell(c.value),
        value_low: cell(c.value_low),
        value_high: cell(c.value_high),
        approximation: c.approximation,
        value_text: c.value_text,
        as_of: cell(c.as_of),
        stated_on: cell(c.stated_on),
        context: cell(c.context),
        claimant_id: cell(c.claimant.id),
        claimant_name: c.claimant.name,
        claimant_role: cell(c.claimant.role),
        claimant_organization: cell(c.claimant.organization?.name),
        source_position: String(i),
        document_id: cell(s.document.id),
        document_title: s.document.title,
        document_url: cell(s.document.url),
        document_authors: doc.authors.join(';'),
        publisher: cell(s.document.publisher?.name),
        published_on: cell(s.document.published_on),
        document_retrieved_at: cell(doc.retrieved_at),
        document_text_sha256: cell(doc.text_sha256),
        quote: s.quote,
        quote_prefix: cell(s.prefix),
        quote_suffix: cell(s.suffix),
        quote_start: cell(s.start),
        quote_end: cell(s.end),
        status: c.status,
        retraction_reason: cell(c.retraction_reason),
        rank: c.rank,
        credibility: cell(c.credibility),
        supersedes: ids('supersedes', c),
        superseded_by: ids('superseded_by', c),
        part_of: ids('part_of', c),
        derived_from: ids('derived_from', c),
        notes: cell(c.notes),
        version: cell(c.version),
        created_at: c.created_at,
        updated_at: c.updated_at,
      };
    }),
  );
  expect(rows.map(({ country_name: _n, group_name: _g, contradicts: _c, corroborates: _k, ...rest }) => rest)).toEqual(expected);
});

test('NDJSON and JSON carry the same rows with JSON types: numbers, arrays of ids, null for unknown', async () => {
  const nd = await request(t.app).get('/v1/export/claims?format=ndjson&country=RU').expect(200);
  expect(nd.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  expect(nd.headers['content-disposition']).toMatch(/^attachment; filename="claims_country-RU_\d{8}T\d{6}Z\.ndjson"$/);
  const lines = nd.text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => Object.keys(l))).toEqual([CLAIM_EXPORT_COLUMNS.map((c) => c.name), CLAIM_EXPORT_COLUMNS.map((c) => c.name)]);
  expect(lines[0]).toMatchObject({
    claim_id: 5,
    value: 1100,
    location: [],
    superseded_by: [6],
    supersedes: [],
    as_of: null,
    status: 'superseded',
    claimant_role: 'director',
  });
  expect(lines[1]).toMatchObject({ claim_id: 6, value: 1500, supersedes: [5], superseded_by: [] });

  const json = await request(t.app).get('/v1/export/claims?format=json&country=RU').expect(200);
  expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(JSON.parse(json.text)).toEqual(lines);
  const empty = await request(t.app).get('/v1/export/claims?format=json&country=FR').expect(200);
  expect(JSON.parse(empty.text)).toEqual([]);
  const emptyCsv = await exportCsv('?country=FR');
  expect(emptyCsv.rows).toEqual([]);
});

test('the filters of GET /v1/claims select what is exported; superseded and retracted claims can be filtered out', async () => {
  const claimIds = async (query: string) => [...new Set((await exportCsv(query)).rows.map((r) => r.claim_id))];
  expect(await claimIds('?country=Kazakh&metric=foreign_fighters')).toEqual(['1', '2', '4']);
  expect(await claimIds('?group=ISIS&status=active')).toEqual(['2', '3', '4', '6']);
  expect(await claimIds('?claimant=Aleksandr%20Bortnikov')).toEqual(['5', '6']);
  expect(await claimIds('?claimant=3')).toEqual(['3', '4']);
  expect(await claimIds('?document=1&metric=women')).toEqual(['3']);
  expect(await claimIds('?status=superseded')).toEqual(['5']);
});

test('a filtered export gives the selected claims’ rows whole, relations to claims it leaves out included', async () => {
  const all = {
    csv: (await exportCsv()).rows,
    ndjson: (await request(t.app).get('/v1/export/claims?format=ndjson').expect(200)).text.trim().split('\n'),
  };
  for (const query of ['?status=superseded', '?claimant=Aleksandr%20Bortnikov', '?country=KZ&metric=foreign_fighters', '?q=video']) {
    const { rows } = await exportCsv(query);
    const ids = new Set(rows.map((r) => r.claim_id));
    expect(ids.size).toBeGreaterThan(0);
    expect(rows).toEqual(all.csv.filter((r) => ids.has(r.claim_id)));
    const lines = (await request(t.app).get(`/v1/export/claims${query}&format=ndjson`).expect(200)).text.trim().split('\n');
    expect(lines).toEqual(all.ndjson.filter((line) => ids.has(String(JSON.parse(line).claim_id))));
  }
  // The superseded claim names the claim that supersedes it, though that one is not exported.
  expect((await exportCsv('?status=superseded')).rows[0]).toMatchObject({ claim_id: '5', superseded_by: '6' });
});

test('bad parameters are a 400 problem naming them, before anything is streamed', async () => {
  for (const [query, field] of [
    ['format=xls', 'format'],
    ['include=sources', 'include'],
    ['country=Atlantis', 'country'],
    ['limit=10', 'limit'],
    ['cursor=abc', 'cursor'],
    ['status=gone', 'status'],
    ['format=csv&format=json', 'format'],
  ]) {
    const res = await request(t.app).get(`/v1/export/claims?${query}`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  }
  await request(t.app).get('/v1/export/datapackage?format=csv').expect(400);
});

test('reads need a key when the server is configured so', async () => {
  const closed = await createTestApp({ config: { readAccess: 'key' } });
  try {
    await request(closed.app).get('/v1/export/claims').expect(401);
    await request(closed.app).get('/v1/export/datapackage').expect(401);
    await request(closed.app).get('/v1/export/claims').set(closed.as.reader).expect(200);
  } finally {
    await closed.drop();
  }
});

test('tricky values survive the round trip: commas, quotes, newlines, non-Latin text; formula-like text cells are defused, numbers are not', async () => {
  const actor = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'person', name: '=HYPERLINK("http://evil.example","Click")', aliases: ['@SUM(A1)'] })
    .expect(201);
  const doc = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({
      title: 'Доклад, "кавычки" и\nперенос — تقرير 🙂',
      url: 'https://example.org/a,b',
      authors: ['Иван Петров', '+Plus Author'],
      language: 'ru',
      text: 'Цитата: "-5 боевиков", сказал он,\r\nи ещё: @всё; =1+1\ttab',
    })
    .expect(201);
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'returnees',
      country: 'RU',
      value: 5,
      value_low: 1,
      value_high: 10,
      approximation: 'approximately',
      value_text: '-5 боевиков',
      context: '+7 (495) 000, "Moscow"\nline two',
      claimant_id: actor.body.id,
      notes: '\tstarts with a tab; \rthen CR',
      sources: [{ document_id: doc.body.id, quote: 'Цитата: "-5 боевиков", сказал он,\r\nи ещё: @всё; =1+1\ttab' }],
    })
    .expect(201);
  // The API and the database refuse negative figures now, but a ledger may hold some recorded before (they stay
  // as they were): such numbers begin with "-" and must reach the CSV as numbers.
  await storeAsBefore(t.db, claim.body.id, { value: -5, value_low: -10, value_high: -1 });

  const { rows } = await exportCsv(`?document=${doc.body.id}`);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    claim_id: String(claim.body.id),
    value: '-5',
    value_low: '-10',
    value_high: '-1',
    value_text: "'-5 боевиков",
    context: '\'+7 (495) 000, "Moscow"\nline two',
    claimant_name: '\'=HYPERLINK("http://evil.example","Click")',
    document_title: 'Доклад, "кавычки" и\nперенос — تقرير 🙂',
    document_url: 'https://example.org/a,b',
    document_authors: "Иван Петров;'+Plus Author",
    quote: 'Цитата: "-5 боевиков", сказал он,\r\nи ещё: @всё; \'=1+1\ttab',
    notes: "'\tstarts with a tab; \rthen CR",
  });
  // No text cell starts with a formula character once defused.
  for (const c of CLAIM_EXPORT_COLUMNS.filter((col) => col.kind === 'text')) expect(rows[0][c.name]).not.toMatch(/^[=+\-@\t\r]/);

  // JSON formats carry the values exactly: nothing there is run as a formula.
  const nd = await request(t.app).get(`/v1/export/claims?format=ndjson&document=${doc.body.id}`).expect(200);
  expect(JSON.parse(nd.text)).toMatchObject({
    value: -5,
    value_text: '-5 боевиков',
    claimant_name: '=HYPERLINK("http://evil.example","Click")',
    document_authors: ['Иван Петров', '+Plus Author'],
  });
});

test("a document's and a claimant's cells are the same guarded text in every row they appear in, whole or filtered", async () => {
  // The CSV renders the cells of each document, actor, metric and country once and joins them to the rows.
  const post = async (path: string, body: object) =>
    (await request(t.app).post(path).set(t.as.editor).send(body).expect(201)).body as { id: number };
  const publisher = await post('/v1/actors', { kind: 'media_outlet', name: '+Publisher; =x' });
  const claimant = await post('/v1/actors', { kind: 'person', name: '@Claimant' });
  const doc = await post('/v1/documents', {
    title: '=Title; -two',
    url: 'https://example.org/guarded',
    publisher_id: publisher.id,
    authors: ['Ann', '-Bob'],
    published_on: '2019-03',
    retrieved_at: '2020-01-02T03:04:05.678Z',
  });
  const claims = [];
  for (const country of ['KZ', 'RU', 'KZ'])
    claims.push(
      await post('/v1/claims', {
        metric: 'returnees',
        country,
        value: 7,
        approximation: 'exact',
        value_text: 'seven',
        claimant_id: claimant.id,
        sources: [{ document_id: doc.id, quote: `seven from ${country}` }],
      }),
    );
  const documentCells = {
    document_id: String(doc.id),
    document_title: "'=Title; '-two",
    document_url: 'https://example.org/guarded',
    document_authors: "Ann;'-Bob",
    publisher: "'+Publisher; '=x",
    published_on: '2019-03',
    document_retrieved_at: '2020-01-02T03:04:05.678Z',
  };
  const ours = new Set(claims.map((c) => String(c.id)));
  for (const query of ['', '?country=KZ', `?claimant=${claimant.id}`, '?country=RU']) {
    const rows = (await exportCsv(query)).rows.filter((r) => ours.has(r.claim_id));
    expect(rows).toHaveLength(query === '?country=RU' ? 1 : query === '?country=KZ' ? 2 : 3);
    for (const row of rows) expect(row).toMatchObject({ ...documentCells, claimant_name: "'@Claimant", metric: 'returnees' });
  }
});

test('include=revisions exports the revision history: who, when, what changed, why', async () => {
  const before = await request(t.app).get('/v1/claims/6').expect(200);
  await request(t.app)
    .patch('/v1/claims/6')
    .set(t.as.editor)
    .set('If-Match', before.headers.etag)
    .send({ rank: 'preferred', reason: 'the latest FSB figure' })
    .expect(200);
  const res = await request(t.app).get('/v1/export/claims?include=revisions&claimant=6').expect(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="claim-revisions_claimant-6_\d{8}T\d{6}Z\.csv"$/);
  const { header, rows } = parseCsv(res.text);
  expect(header).toEqual(REVISION_EXPORT_COLUMNS.map((c) => c.name));
  expect(rows.map((r) => [r.claim_id, r.version, r.action, r.author, r.reason])).toEqual([
    ['5', '1', 'create', 'seed', 'seed data from the RFE/RL article'],
    ['5', '2', 'update', 'seed', 'superseded by claim 6'],
    ['6', '1', 'create', 'seed', 'seed data from the RFE/RL article'],
    ['6', '2', 'update', 'test editor', 'the latest FSB figure'],
  ]);
  expect(rows[1].changed_fields).toBe('status');
  expect(JSON.parse(rows[1].changes)).toEqual({ status: { from: 'active', to: 'superseded' } });
  expect(JSON.parse(rows[3].changes)).toEqual({ rank: { from: 'normal', to: 'preferred' } });
  expect(rows[3].created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
  const json = JSON.parse((await request(t.app).get('/v1/export/claims?include=revisions&format=json&claimant=6').expect(200)).text);
  expect(json[3]).toMatchObject({
    claim_id: 6,
    version: 2,
    changed_fields: ['rank'],
    changes: { rank: { from: 'normal', to: 'preferred' } },
  });
});

test('a retracted claim stays in the export, flagged with its reason, unless filtered out', async () => {
  await request(t.app).delete('/v1/claims/4').set(t.as.editor).send({ reason: 'Too vague to keep, see claim 2.' }).expect(200);
  const { rows } = await exportCsv('?country=KZ');
  expect(rows.find((r) => r.claim_id === '4')).toMatchObject({
    status: 'retracted',
    retraction_reason: 'Too vague to keep, see claim 2.',
    version: '2',
  });
  const active = await exportCsv('?country=KZ&status=active,superseded');
  expect(active.rows.map((r) => r.claim_id)).not.toContain('4');
});
