import { parse } from 'csv-parse/sync';
import { loadDataPackage } from '../../src/export/loadDataPackage';
import { createTestApp, TestApp } from '../support/app';
import { downloadDataPackage } from '../support/datapackage';
import { createTestDb, TestDb } from '../support/db';

/*
 * A package is loaded by the columns this database's tables have: one written with a generated column (every column
 * selected) loads without it, one from a newer version (a column this ledger lacks) or an older one (without a column
 * this ledger needs) is refused naming the file and the column, before any row is written.
 */

let t: TestApp;
let files: Map<string, string>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  files = (await downloadDataPackage(t.app)).files;
});
afterAll(() => t.drop());

let copy: TestDb;
beforeEach(async () => {
  copy = await createTestDb();
});
afterEach(() => copy.drop());

const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** The package with `edit` applied to one table's CSV (its rows, header first) and its schema's fields. */
function edited(table: string, edit: (rows: string[][]) => string[][], fields: (f: { name: string }[]) => { name: string }[]) {
  const out = new Map(files);
  const rows = edit(parse(files.get(`data/${table}.csv`)!) as string[][]);
  out.set(`data/${table}.csv`, rows.map((r) => r.map(quoted).join(',')).join('\r\n') + '\r\n');
  const descriptor = JSON.parse(files.get('datapackage.json')!);
  const resource = descriptor.resources.find((r: { path: string }) => r.path === `data/${table}.csv`);
  resource.schema.fields = fields(resource.schema.fields);
  out.set('datapackage.json', JSON.stringify(descriptor));
  return out;
}

test('a package carrying a generated column (actors.search_text) loads, the column made by this database', async () => {
  expect(parse(files.get('data/actors.csv')!, { to_line: 1 })[0]).not.toContain('search_text');
  const stored = await t.db('actors').orderBy('id').select('id', 'search_text');
  const withGenerated = edited(
    'actors',
    ([header, ...rows]) => [
      [...header, 'search_text'],
      ...rows.map((r) => [...r, `stale ${stored.find((s) => String(s.id) === r[header.indexOf('id')])!.search_text}`]),
    ],
    (f) => [...f, { name: 'search_text', type: 'string', description: '' } as { name: string }],
  );
  const counts = await loadDataPackage(copy.db, (p) => withGenerated.get(p)!);
  expect(counts.actors).toBe(stored.length);
  expect(await copy.db('actors').orderBy('id').select('id', 'search_text')).toEqual(stored);
});

test('a package with a column this ledger does not have is refused naming it, nothing loaded', async () => {
  const newer = edited(
    'claims',
    ([header, ...rows]) => [[...header, 'confidence'], ...rows.map((r) => [...r, 'high'])],
    (f) => [...f, { name: 'confidence', type: 'string', description: '' } as { name: string }],
  );
  await expect(loadDataPackage(copy.db, (p) => newer.get(p)!)).rejects.toThrow(
    "data/claims.csv: column confidence is not in this ledger's claims table: the package was made by a newer version of claims-ledger",
  );
  expect(await copy.db('actors').count('* as n')).toEqual([{ n: 0 }]);
});

test('a package without a column this ledger needs is refused naming it, nothing loaded', async () => {
  const older = edited(
    'claims',
    (rows) => rows.map((r) => r.filter((_, i) => rows[0][i] !== 'metric')),
    (f) => f.filter((field) => field.name !== 'metric'),
  );
  await expect(loadDataPackage(copy.db, (p) => older.get(p)!)).rejects.toThrow(
    "data/claims.csv: the package has no column metric, which this ledger's claims table needs: the package was made by an older version of claims-ledger",
  );
  expect(await copy.db('actors').count('* as n')).toEqual([{ n: 0 }]);
});
