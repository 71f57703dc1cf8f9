import ExcelJS from 'exceljs';
import request from 'supertest';
import { CLAIM_EXPORT_COLUMNS, REVISION_EXPORT_COLUMNS } from '../../src/export/claimRows';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The response body as bytes (supertest buffers only text types by itself). */
const binary = (res: request.Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The workbook the export wrote, read back by exceljs's reader: its one sheet's rows as arrays of cells. */
async function exportXlsx(
  query: string,
): Promise<{ res: request.Response; sheet: ExcelJS.Worksheet; header: string[]; rows: ExcelJS.Row[] }> {
  const res = await request(t.app).get(`/v1/export/claims?${query}`).buffer(true).parse(binary).expect(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0];
  const all: ExcelJS.Row[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    all.push(row);
  });
  const [head, ...rows] = all;
  return { res, sheet, header: (head.values as unknown[]).slice(1) as string[], rows };
}

const cellOf = (header: string[], row: ExcelJS.Row, name: string) => row.getCell(header.indexOf(name) + 1);

test("format=xlsx is a workbook of the CSV export's rows and columns, with typed cells", async () => {
  const { res, sheet, header, rows } = await exportXlsx('format=xlsx');
  expect(res.headers['content-type']).toBe(XLSX);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="claims_\d{8}T\d{6}Z\.xlsx"$/);
  expect(sheet.name).toBe('claims');
  expect(header).toEqual(CLAIM_EXPORT_COLUMNS.map((c) => c.name));
  // The same rows as the CSV: one per claim × source, in claim id order.
  expect(rows.map((r) => [cellOf(header, r, 'claim_id').value, cellOf(header, r, 'source_position').value])).toEqual([
    [1, 0],
    [2, 0],
    [2, 1],
    [3, 0],
    [3, 1],
    [3, 2],
    [4, 0],
    [5, 0],
    [6, 0],
  ]);

  const knb = rows[1];
  const cell = (name: string) => cellOf(header, knb, name);
  expect(cell('value').type).toBe(ExcelJS.ValueType.Number);
  expect(cell('value').value).toBe(300);
  expect(cell('value_text').value).toBe('over 300');
  expect(cell('value_low').type).toBe(ExcelJS.ValueType.Null);
  expect(cell('location').value).toBe('IQ;SY');
  expect(cell('derived_from').value).toBe('1');
  expect(cell('quote').type).toBe(ExcelJS.ValueType.String);
  expect(cell('quote').value).toBe(
    'The chairman of the Kazakh National Security Committee (KNB), Nurtai Abykaev, said that "over 300" Kazakh militants in Islamic State had formed their own jamaat (fighting unit).',
  );
  expect(cell('created_at').type).toBe(ExcelJS.ValueType.String);
  expect(String(cell('created_at').value)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

  // A partial date stays the ledger's text at its precision, not a spreadsheet date.
  const dated = rows.find((r) => cellOf(header, r, 'as_of').value !== null)!;
  expect(cellOf(header, dated, 'as_of').type).toBe(ExcelJS.ValueType.String);
  expect(String(cellOf(header, dated, 'as_of').value)).toMatch(/^\d{4}(-\d\d){0,2}$/);
  const claim = (
    await request(t.app)
      .get(`/v1/claims/${String(cellOf(header, dated, 'claim_id').value)}`)
      .expect(200)
  ).body;
  expect(cellOf(header, dated, 'as_of').value).toBe(claim.as_of);
});

test('hostile text stays a string cell, never a formula; a decimal figure stays a number', async () => {
  const actor = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'person', name: '=HYPERLINK("http://evil.example","Click")' })
    .expect(201);
  const claim = await t.db('claims').where({ id: 1 }).first();
  await t.db('claims').where({ id: 1 }).update({ claimant_id: actor.body.id, notes: '+SUM(A1:A9);@x', value: 1234.5 });

  const { header, rows } = await exportXlsx('format=xlsx&claimant=' + String(actor.body.id));
  expect(rows).toHaveLength(1);
  const name = cellOf(header, rows[0], 'claimant_name');
  expect(name.type).toBe(ExcelJS.ValueType.String);
  expect(name.value).toBe('=HYPERLINK("http://evil.example","Click")');
  expect(name.formula).toBeUndefined();
  expect(cellOf(header, rows[0], 'notes').value).toBe('+SUM(A1:A9);@x');
  expect(cellOf(header, rows[0], 'notes').type).toBe(ExcelJS.ValueType.String);
  expect(cellOf(header, rows[0], 'value').value).toBe(1234.5);
  await t.db('claims').where({ id: 1 }).update({ claimant_id: claim.claimant_id, notes: claim.notes, value: claim.value });
});

test('the revision export as xlsx: one row per revision, changes as JSON text', async () => {
  const { sheet, header, rows } = await exportXlsx('format=xlsx&include=revisions&country=KZ');
  expect(sheet.name).toBe('revisions');
  expect(header).toEqual(REVISION_EXPORT_COLUMNS.map((c) => c.name));
  const stored = await t
    .db('revisions')
    .where({ entity: 'claim' })
    .whereIn('entity_id', t.db('claims').select('id').where({ country: 'KZ' }))
    .orderBy(['entity_id', 'version']);
  expect(rows.map((r) => cellOf(header, r, 'revision_id').value)).toEqual(stored.map((r) => Number(r.id)));
  const first = rows[0];
  expect(cellOf(header, first, 'action').value).toBe('create');
  const changes = JSON.parse(String(cellOf(header, first, 'changes').value)) as Record<string, unknown>;
  expect(Object.keys(changes).length).toBeGreaterThan(3);
  expect(cellOf(header, first, 'changed_fields').value).toBe(Object.keys(changes).join(';'));
});

test('an unknown format is still a 400 naming the field, listing xlsx', async () => {
  const res = await request(t.app).get('/v1/export/claims?format=xls').expect(400);
  expect(res.headers['content-type']).toMatch(/problem\+json/);
  expect(JSON.stringify(res.body)).toContain('xlsx');
  expect(JSON.stringify(res.body)).toContain('format');
});
