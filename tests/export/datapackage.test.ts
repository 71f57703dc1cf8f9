import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { loadSeed } from '../../seeds/load';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { PACKAGE_TABLES } from '../../src/export/datapackage';
import { loadDataPackage } from '../../src/export/loadDataPackage';
import { createTestApp, TestApp } from '../support/app';
import { downloadDataPackage as download } from '../support/datapackage';
import { createTestDb, TestDb } from '../support/db';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

interface Field {
  name: string;
  type: string;
  description: string;
  constraints?: { required: boolean };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    fields: Field[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

test('the data package is a zip of datapackage.json and one CSV per table, each header matching its table schema', async () => {
  const { res, files } = await download(t.app);
  expect(res.headers['content-type']).toBe('application/zip');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="claims-ledger_datapackage_\d{8}T\d{6}Z\.zip"$/);
  expect([...files.keys()]).toEqual(['datapackage.json', ...PACKAGE_TABLES.map((table) => `data/${table}.csv`)]);

  const descriptor = JSON.parse(files.get('datapackage.json')!);
  expect(descriptor).toMatchObject({
    profile: 'tabular-data-package',
    name: 'claims-ledger',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    sources: [{ title: 'claims-ledger API', path: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1\/export\/datapackage$/) }],
  });
  expect(new Date(descriptor.created).getTime()).not.toBeNaN();
  const resources = descriptor.resources as Resource[];
  const names = resources.map((r) => r.name);
  const columns = await t
    .db('information_schema.columns')
    .where({ table_schema: 'public', is_generated: 'NEVER' })
    .orderBy(['table_name', 'ordinal_position'])
    .select('table_name', 'column_name');
  for (const resource of resources) {
    const table = resource.path.slice('data/'.length, -'.csv'.length);
    const [header] = parse(files.get(resource.path)!, { to_line: 1 }) as string[][];
    // The header is the table schema's fields, which are the table's columns: those written, not those generated from
    // them (actors.search_text), which a load could not write.
    expect(header).toEqual(resource.schema.fields.map((f) => f.name));
    expect(header).toEqual(
      columns.filter((c: { table_name: string }) => c.table_name === table).map((c: { column_name: string }) => c.column_name),
    );
    for (const field of resource.schema.fields) {
      expect(['integer', 'number', 'string', 'date', 'datetime', 'boolean', 'array', 'object']).toContain(field.type);
      expect(field.description.length).toBeGreaterThan(3);
    }
    for (const key of resource.schema.primaryKey ?? []) expect(header).toContain(key);
    for (const fk of resource.schema.foreignKeys ?? []) {
      expect(names).toContain(fk.reference.resource);
      const target = resources.find((r) => r.name === fk.reference.resource)!;
      for (const f of fk.reference.fields) expect(target.schema.fields.map((x) => x.name)).toContain(f);
    }
  }
  const claims = resources.find((r) => r.name === 'claims')!;
  expect(claims.schema.primaryKey).toEqual(['id']);
  expect(claims.schema.foreignKeys).toEqual(
    expect.arrayContaining([
      { fields: ['claimant_id'], reference: { resource: 'actors', fields: ['id'] } },
      { fields: ['metric'], reference: { resource: 'metrics', fields: ['code'] } },
    ]),
  );
  expect(claims.schema.fields.find((f) => f.name === 'value')).toEqual({
    name: 'value',
    type: 'number',
    description: 'Best estimate; null for vague figures.',
  });
  expect(claims.schema.fields.find((f) => f.name === 'location')).toMatchObject({ type: 'array', constraints: { required: true } });

  const rowsOf = (table: string) => parse(files.get(`data/${table}.csv`)!, { columns: true }) as Record<string, string>[];
  expect(rowsOf('claims')).toHaveLength(6);
  expect(rowsOf('claim_sources')).toHaveLength(9);
  expect(rowsOf('claim_relations').map((r) => [r.claim_id, r.type, r.related_claim_id])).toEqual([
    ['2', 'derived_from', '1'],
    ['3', 'part_of', '2'],
    ['6', 'supersedes', '5'],
  ]);
  expect(rowsOf('actors').map((r) => r.name)).toContain('Nurtai Abykaev');
  expect(rowsOf('revisions')).toHaveLength(Number((await t.db('revisions').count('* as n').first())!.n));
  expect(rowsOf('claims')[1]).toMatchObject({ id: '2', value: '300', location: '["IQ","SY"]', as_of: '', approximation: 'more_than' });
  expect(rowsOf('claims')[0]).toMatchObject({ as_of: '2013-11-01', as_of_precision: 'month' });
  expect(files.has('data/api_keys.csv')).toBe(false);
});

test('the Frictionless reference library validates the package and reads every resource, types and foreign keys checked', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Package } = require('datapackage');
  const { files } = await download(t.app);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-package-'));
  try {
    fs.mkdirSync(path.join(dir, 'data'));
    for (const [name, text] of files) fs.writeFileSync(path.join(dir, name), text);
    const pkg = await Package.load(path.join(dir, 'datapackage.json'), { basePath: dir });
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of pkg.resources) counts[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
    expect(counts).toMatchObject({ claims: 6, 'claim-sources': 9, 'claim-relations': 3, documents: 1, 'actor-affiliations': 2 });
    const claims = await pkg.getResource('claims').read({ keyed: true });
    expect(claims[1]).toMatchObject({ id: 2, value: 300, location: ['IQ', 'SY'], approximation: 'more_than', as_of: null });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

describe('loading it back', () => {
  let copy: TestDb;
  afterAll(() => copy?.drop());

  test('into an empty database gives the same ledger, and ids continue after it', async () => {
    // A value a spreadsheet would run is kept exactly in the package (it is for loading, not for spreadsheets).
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'ngo', name: '=1+1, "quoted"\nnewline — Ñ 中文', aliases: ['a;b', '-x'] })
      .expect(201);
    const { files } = await download(t.app);
    copy = await createTestDb();
    const counts = await loadDataPackage(copy.db, (p) => files.get(p)!);
    expect(counts).toMatchObject({ claims: 6, claim_sources: 9, claim_relations: 3, actors: 7, documents: 1 });

    for (const table of PACKAGE_TABLES) {
      const key = table === 'countries' || table === 'metrics' ? 'code' : table === 'groups' ? 'slug' : 'id';
      expect(await copy.db(table).orderBy(key)).toEqual(await t.db(table).orderBy(key));
    }
    const reloaded = await createApp({ db: copy.db, config: loadConfig({ NODE_ENV: 'test' }) });
    const exportOf = async (app: TestApp['app']) => (await request(app).get('/v1/export/claims?format=ndjson').expect(200)).text;
    expect(await exportOf(reloaded)).toBe(await exportOf(t.app));
    expect((await request(reloaded).get('/v1/claims/2/citation?accessed=2026-11-27').expect(200)).text).toBe(
      (await request(t.app).get('/v1/claims/2/citation?accessed=2026-11-27').expect(200)).text,
    );

    // Sequences were moved past the loaded ids: the next records get new ids.
    const [actor] = await copy.db('actors').insert({ kind: 'person', name: 'Someone New' }).returning('id');
    expect(actor.id).toBe(8);
    await expect(loadDataPackage(copy.db, (p) => files.get(p)!)).rejects.toThrow('already holds a ledger');
  });

  test('is refused into a database that already holds a ledger', async () => {
    const fresh = await createTestDb();
    try {
      await loadSeed(fresh.db);
      await expect(loadDataPackage(fresh.db, () => '{"resources": []}')).rejects.toThrow('already holds a ledger');
    } finally {
      await fresh.drop();
    }
  });
});
