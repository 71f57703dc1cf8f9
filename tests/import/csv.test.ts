import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
/** A document whose text makes the export guard quotes and notes against formulas. */
const TEXT = '=SUM(A1) is what 40 fighters wrote; -12 came back; +7 left, said the ministry @ home.';
let guarded: number;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const doc = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ kind: 'statement', title: '=A formula title', text: TEXT })
    .expect(201);
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'KZ',
      approximation: 'exact',
      value: 40,
      value_text: '40',
      claimant_id: 4,
      notes: 'first; =second\nthird',
      sources: [
        { document_id: doc.body.id, quote: '=SUM(A1) is what 40 fighters wrote' },
        { document_id: doc.body.id, quote: '-12 came back' },
      ],
      relations: [
        { type: 'contradicts', claim_id: 2 },
        { type: 'corroborates', claim_id: 3 },
      ],
    })
    .expect(201);
  guarded = claim.body.id;
  await request(t.app).delete('/v1/claims/4?reason=too+vague').set(t.as.editor).expect(200);
});
afterAll(() => t.drop());

const exported = async () => (await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text;
const post = (body: string, query = '') =>
  request(t.app).post(`/v1/import${query}`).set(t.as.editor).set('Content-Type', 'text/csv').send(body);
const rows = (csv: string): string[][] => parse(csv, { bom: true });
/** CSV as a spreadsheet writes it back: every cell quoted, with this separator and CRLF, and Excel's BOM. */
const write = (table: string[][], separator = ',') =>
  `\ufeff${table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(separator)).join('\r\n')}\r\n`;
const column = (table: string[][], name: string) => table[0].indexOf(name);
/** The index of the only row of a claim that has one source (a claim's rows must agree on its cells). */
const singleRow = (table: string[][]) => table.findIndex((r, i) => i > 0 && r[0] !== table[i - 1][0] && r[0] !== table[i + 1]?.[0]);
/** The file line a row starts on: quoted line breaks in earlier rows count (as they do in the error reports). */
const lineOf = (table: string[][], index: number) =>
  1 + table.slice(0, index).reduce((n, r) => n + 1 + r.join('').split('\n').length - 1, 0);
const revisionCount = async () => Number((await t.db('revisions').count({ n: '*' }))[0].n);

test('the export imported back as it is changes nothing: no revision, no row', async () => {
  const csv = await exported();
  expect(csv).toContain('"\'=SUM(A1) is what 40 fighters wrote"'); // the guard is on in the file
  const before = await tableChecksums(t.db);
  const res = await post(csv).expect(200);
  expect(res.body.claims).toEqual({ created: 0, updated: 0, unchanged: 7 });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('as Excel writes it in a ";" locale (BOM, CRLF, every cell quoted, ";" between cells) it changes nothing either', async () => {
  const before = await tableChecksums(t.db);
  const res = await post(write(rows(await exported()), ';')).expect(200);
  expect(res.body.claims).toEqual({ created: 0, updated: 0, unchanged: 7 });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('one edited cell gives exactly that claim one revision, by the key’s name and with the request’s reason', async () => {
  const table = rows(await exported());
  const row = singleRow(table);
  const id = Number(table[row][0]);
  table[row][column(table, 'value')] = '310';
  table[row][column(table, 'notes')] = 'checked again;\n=not a formula';
  const before = await revisionCount();
  const res = await post(write(table), '?reason=second+reading');
  expect(res.body.errors).toBeUndefined();
  expect(res.status).toBe(200);
  expect(res.body.claims).toEqual({ created: 0, updated: 1, unchanged: 6 });
  expect(await revisionCount()).toBe(before + 1);
  const last = await t.db('revisions').orderBy('id', 'desc').first();
  expect(last).toMatchObject({ entity: 'claim', entity_id: id, action: 'update', author: 'test editor', reason: 'second reading' });
  expect(Object.keys(last.changes).sort()).toEqual(['notes', 'value']);
  const served = (await request(t.app).get(`/v1/claims/${id}`).expect(200)).body;
  expect(served).toMatchObject({ value: 310, notes: 'checked again;\n=not a formula' });
});

test('a row without an id is a new claim; a further row of it (source_position 1) is its second source', async () => {
  const table = rows(await exported());
  const first = table.findIndex((r) => r[0] === String(guarded));
  const added = [table[first], table[first + 1]].map((r) => [...r]);
  for (const r of added) {
    r[column(table, 'claim_id')] = '';
    r[column(table, 'version')] = '';
    r[column(table, 'value')] = '41';
    r[column(table, 'contradicts')] = '';
    r[column(table, 'corroborates')] = '';
    r[column(table, 'supersedes')] = String(guarded);
  }
  const claims = Number((await t.db('claims').count({ n: '*' }))[0].n);
  const res = await post(write([...table, ...added])).expect(200);
  expect(res.body.claims).toEqual({ created: 1, updated: 0, unchanged: 7 });
  expect(Number((await t.db('claims').count({ n: '*' }))[0].n)).toBe(claims + 1);
  const created = await t.db('claims').orderBy('id', 'desc').first();
  const served = (await request(t.app).get(`/v1/claims/${created.id}`).expect(200)).body;
  expect(served).toMatchObject({ value: 41, notes: 'first; =second\nthird', status: 'active' });
  expect(served.sources.map((s: { quote: string }) => s.quote)).toEqual(['=SUM(A1) is what 40 fighters wrote', '-12 came back']);
  expect(served.relations).toEqual([expect.objectContaining({ type: 'supersedes', claim_id: guarded })]);
  expect((await t.db('claims').where({ id: guarded }).first()).status).toBe('superseded');
});

test('a cell that cannot be applied is a 422 naming its line and column, and nothing is written', async () => {
  const table = rows(await exported());
  const second = table.findIndex((r) => r[0] === String(guarded)) + 1; // the claim's second source: line = index + 1
  const before = await tableChecksums(t.db);
  const refused = async (edit: (table: string[][]) => void, errors: object[]) => {
    const copy = table.map((r) => [...r]);
    edit(copy);
    const res = await post(write(copy)).expect(422);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.errors).toEqual(errors.map((e) => expect.objectContaining(e)));
    expect(await tableChecksums(t.db)).toEqual(before);
  };
  await refused(
    (c) => {
      c[second][column(c, 'quote')] = 'not in the text';
    },
    [{ line: lineOf(table, second), column: 'quote', field: 'quote' }],
  );
  const one = singleRow(table);
  await refused(
    (c) => {
      c[one][column(c, 'value')] = 'lots';
    },
    [{ line: lineOf(table, one), column: 'value', message: '"lots" is not a number' }],
  );
  await refused(
    (c) => {
      c[one][column(c, 'metric')] = 'no_such_metric';
    },
    [{ line: lineOf(table, one), column: 'metric', message: expect.stringContaining('not a known metric') }],
  );
  await refused(
    (c) => {
      c[one][column(c, 'claimant_id')] = '999';
    },
    [{ line: lineOf(table, one), column: 'claimant_id', message: expect.stringContaining('999') }],
  );
  await refused(
    (c) => {
      c[one][column(c, 'supersedes')] = '999';
    },
    [{ line: lineOf(table, one), column: 'supersedes', message: expect.stringContaining('999') }],
  );
  await refused(
    (c) => {
      c[one][column(c, 'approximation')] = 'roughly';
    },
    [{ line: lineOf(table, one), column: 'approximation' }],
  );
  await refused(
    (c) => {
      c[second][column(c, 'value')] = '1';
    },
    [{ line: lineOf(table, second), column: 'value', message: expect.stringContaining('agree') }],
  );
});

test('a row exported before the claim last changed is refused when it would change it', async () => {
  const table = rows(await exported());
  const row = singleRow(table);
  table[row][column(table, 'version')] = '0';
  const unchanged = await post(write(table)); // the same cells: nothing to refuse
  expect(unchanged.body.errors).toBeUndefined();
  expect(unchanged.body.claims.updated).toBe(0);
  table[row][column(table, 'credibility')] = '2';
  const before = await tableChecksums(t.db);
  const res = await post(write(table)).expect(422);
  expect(res.body.errors).toEqual([
    expect.objectContaining({ line: lineOf(table, row), column: 'version', message: expect.stringContaining('export it again') }),
  ]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a header that is not the export’s, and a file that is not CSV, are 422s on their line', async () => {
  const table = rows(await exported());
  table[0][column(table, 'value')] = 'figure';
  const header = await post(write(table)).expect(422);
  expect(header.body.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ line: 1, column: 'figure' }),
      expect.objectContaining({ line: 1, column: 'value', message: expect.stringContaining('missing') }),
    ]),
  );
  const unclosed = await post(`${(await exported()).split('\r\n')[0]}\r\n"2,"unclosed\r\n`).expect(422);
  expect(unclosed.body.errors[0]).toMatchObject({ line: 2, column: 'body' });
  const latin1 = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'text/csv')
    .send(Buffer.from([0x63, 0xe9, 0x0a]))
    .expect(422);
  expect(latin1.body.errors[0]).toMatchObject({ column: 'body', message: expect.stringContaining('UTF-8') });
  await post('').expect(422);
});

test('saved by Excel as "Unicode text" (UTF-16LE, tabs between cells) it changes nothing; a row cut short changes nothing either', async () => {
  const table = rows(await exported());
  const unicodeText = Buffer.from(write(table, '\t'), 'utf16le');
  const before = await tableChecksums(t.db);
  const res = await request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'text/csv').send(unicodeText).expect(200);
  expect(res.body.claims).toEqual({ created: 0, updated: 0, unchanged: new Set(table.slice(1).map((r) => r[0])).size });
  // Cut before its notes: read as empty they had cleared the claim's notes, its version check with them.
  const row = singleRow(table);
  const cut = write(table).split('\r\n');
  cut[row] = write([table[row].slice(0, column(table, 'notes'))]).replace(/^\ufeff|\r\n$/g, '');
  const short = await post(cut.join('\r\n')).expect(422);
  expect(short.body.errors).toEqual([expect.objectContaining({ line: lineOf(table, row), column: 'notes' })]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a row editing a retracted claim is refused on its claim_id cell', async () => {
  const table = rows(await exported());
  const row = table.findIndex((r) => r[0] === '4');
  table[row][column(table, 'notes')] = 'edited after its retraction';
  const res = await post(write(table)).expect(422);
  expect(res.body.errors).toEqual([
    expect.objectContaining({ line: lineOf(table, row), column: 'claim_id', message: 'Claim 4 is retracted and cannot be edited.' }),
  ]);
});

test('a quote and notes with apostrophes of their own before a formula character come back exactly (no revision)', async () => {
  const text = "The post read '=A1' twice; '-5 degrees' was the caption.";
  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ kind: 'blog_post', title: "'=A title", text }).expect(201);
  const created = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'KZ',
      approximation: 'vague',
      value_text: "'-5",
      claimant_id: 4,
      notes: "kept; '=as written",
      sources: [
        { document_id: doc.body.id, quote: "'=A1'" },
        { document_id: doc.body.id, quote: "twice; '-5 degrees'" },
      ],
    })
    .expect(201);
  const csv = await exported();
  expect(csv).toContain(`"''=A1'"`); // one apostrophe more than the quote has: the import takes exactly one off
  const before = await tableChecksums(t.db);
  const res = await post(csv).expect(200);
  expect(res.body.claims.updated).toBe(0);
  expect(await tableChecksums(t.db)).toEqual(before);
  const served = (await request(t.app).get(`/v1/claims/${created.body.id}`).expect(200)).body;
  expect(served).toMatchObject({ value_text: "'-5", notes: "kept; '=as written" });
  expect(served.sources.map((s: { quote: string }) => s.quote)).toEqual(["'=A1'", "twice; '-5 degrees'"]);
});

test('words stored with spaces or line breaks around them come back exactly, as the export wrote them (no revision)', async () => {
  const created = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'KZ',
      approximation: 'vague',
      value_text: ' around 40 ',
      context: '\tAstana\n',
      notes: '  indented\nsecond line\n',
      claimant_id: 4,
      sources: [{ document_id: 1, quote: 'over 300' }],
    })
    .expect(201);
  const before = await tableChecksums(t.db);
  for (const csv of [await exported(), write(rows(await exported()), ';')]) {
    const res = await post(csv).expect(200);
    expect(res.body.claims.updated).toBe(0);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  const served = (await request(t.app).get(`/v1/claims/${created.body.id}`).expect(200)).body;
  expect(served).toMatchObject({ value_text: ' around 40 ', context: '\tAstana\n', notes: '  indented\nsecond line\n' });
});
