import { Client } from 'pg';
import { loadSeed } from '../../seeds/load';
import { ClaimStore } from '../../src/claims/store';
import { LOAD_STATEMENT, LOADED_COLUMNS, LoadedRow, loadedRow, toClaim } from '../../src/claims/served';
import { createDb, Db } from '../../src/db/knex';
import { CompiledQueries, queryNative, queryPrepared, queryPreparedValues } from '../../src/db/prepared';
import { claimPageQuery } from '../../src/claims/filterQuery';
import type { ClaimFilter } from '../../src/claims/claimFilter';
import { createMetrics } from '../../src/ops/metrics';
import { createTestDb, TestDb } from '../support/db';

/** Prepared statements on the app's knex pool: real PostgreSQL, its own list of a session's prepared statements. */
let t: TestDb;
let single: Db;

beforeAll(async () => {
  t = await createTestDb();
  await loadSeed(t.db);
  single = createDb(t.url, { poolMax: 1 });
});
afterAll(async () => {
  await single.destroy();
  await t.drop();
});

const prepared = async (db: Db) =>
  (await db.raw<{ rows: { name: string }[] }>('SELECT name FROM pg_prepared_statements ORDER BY name')).rows.map((r) => r.name);

test('a statement is prepared once per connection and then executed by name, with its values', async () => {
  const add = { name: 'test_add', text: 'SELECT $1::int + 1 AS n' };
  expect(await prepared(single)).toEqual([]);
  expect(await queryPrepared(single, add, [41])).toEqual([{ n: 42 }]);
  expect(await queryPrepared(single, add, [1])).toEqual([{ n: 2 }]);
  // The pool's one connection holds it once, under its name.
  expect(await prepared(single)).toEqual(['test_add']);
});

test('knex sees it as any statement: query and response events, and errors such as a statement timeout counted by the metrics', async () => {
  const limited = createDb(t.url, { statementTimeoutMs: 50 });
  const metrics = createMetrics();
  metrics.observeDb(limited, 'limited');
  const seen: { sql: string; bindings: unknown[] }[] = [];
  const answered: number[] = [];
  limited.on('query', (q: { sql: string; bindings: unknown[] }) => seen.push(q));
  limited.on('query-response', (r: { rowCount: number }) => answered.push(r.rowCount));
  try {
    expect(await queryPrepared(limited, { name: 'test_series', text: 'SELECT generate_series(1, $1::int) AS n' }, [3])).toHaveLength(3);
    expect(seen).toEqual([expect.objectContaining({ sql: 'SELECT generate_series(1, $1::int) AS n', bindings: [3] })]);
    expect(answered).toEqual([3]);
    await expect(queryPrepared(limited, { name: 'test_sleep', text: 'SELECT pg_sleep($1)' }, [2])).rejects.toMatchObject({ code: '57014' });
    const timeouts = (await metrics.registry.getSingleMetric('claims_ledger_statement_timeouts_total')!.get()).values[0].value;
    expect(timeouts).toBe(1);
    // The connection went back to the pool: the next statement runs.
    expect(await queryPrepared(limited, { name: 'test_series', text: 'SELECT generate_series(1, $1::int) AS n' }, [1])).toEqual([{ n: 1 }]);
  } finally {
    await limited.destroy();
  }
});

test("pg gets each statement with a callback, not through the promise its query returns without one, and a failure's stack leads back here", async () => {
  // That promise kept each list page's result alive through two scavenges: V8 promoted the page's parsed rows to the
  // old generation (bench/README.md, speed26). The answers, events and errors are those of the tests above.
  const sent = jest.spyOn(Client.prototype, 'query');
  try {
    expect(await queryPrepared(single, { name: 'test_half', text: 'SELECT $1::int / 2 AS n' }, [84])).toEqual([{ n: 42 }]);
    const failure = await queryPrepared(single, { name: 'test_half', text: 'SELECT $1::int / 2 AS n' }, ['x']).catch((err: Error) => err);
    expect(failure).toMatchObject({ code: '22P02' });
    expect((failure as Error).stack).toMatch(/runOnConnection/);
    expect((failure as Error).stack).not.toMatch(/onStreamRead/);
    expect(await queryNative(single, { sql: 'SELECT $1::text AS s', bindings: ['ok'] })).toEqual([{ s: 'ok' }]);
    const calls = sent.mock.calls.filter(([config]) => /test_half|\$1::text/.test(JSON.stringify(config)));
    expect(calls).toHaveLength(3);
    for (const call of calls) expect(call[call.length - 1]).toEqual(expect.any(Function));
    // A statement without a name goes as text and values, which pg does not copy property by property (speed27);
    // a prepared one as the object that names it.
    expect(calls.map((call) => typeof call[0])).toEqual(['object', 'object', 'string']);
    expect(calls[2].slice(0, 2)).toEqual(['SELECT $1::text AS s', ['ok']]);
  } finally {
    sent.mockRestore();
  }
});

test("in a transaction it runs on the transaction's own connection, seeing what the transaction wrote", async () => {
  await t.db.transaction(async (trx) => {
    await trx.raw('CREATE TEMPORARY TABLE prepared_probe (v int) ON COMMIT DROP');
    await trx('prepared_probe').insert({ v: 7 });
    expect(await queryPrepared(trx, { name: 'test_probe', text: 'SELECT v FROM prepared_probe WHERE v = $1' }, [7])).toEqual([{ v: 7 }]);
  });
});

test('claims are loaded through the prepared LOAD_STATEMENT: in the order asked, unknown ids skipped, as the statement run unprepared gives them', async () => {
  const store = new ClaimStore(single);
  const ids = (await t.db('claims').orderBy('id', 'desc').pluck('id')) as number[];
  expect(ids.length).toBeGreaterThan(3);
  const claims = await store.load([...ids, 999_999]);
  expect(claims.map((c) => c.id)).toEqual(ids);
  expect(await prepared(single)).toContain(LOAD_STATEMENT.name);
  const { rows } = await t.db
    .raw<{ rows: LoadedRow[] }>(LOAD_STATEMENT.text.replace('$1', '?'), [ids])
    .options({ types: LOAD_STATEMENT.types });
  const unprepared = new Map(rows.map((r) => [r.id, toClaim(r)]));
  expect(claims).toEqual(ids.map((id) => unprepared.get(id)));
});

test('rows read by position: each an array of its values in the order selected, the columns checked against the reader', async () => {
  const pair = { name: 'test_pair', text: 'SELECT $1::int AS a, $1::int + 1 AS b' };
  expect(await queryPreparedValues(single, pair, ['a', 'b'], [1])).toEqual([[1, 2]]);
  expect(await queryPreparedValues(single, pair, ['a', 'b'], [5])).toEqual([[5, 6]]);
  // A reader that expects other columns, or the same in another order, is refused rather than handed misread rows.
  for (const columns of [['b', 'a'], ['a'], ['a', 'b', 'c']]) {
    const other = { name: `test_pair_${columns.join('')}`, text: pair.text };
    await expect(queryPreparedValues(single, other, columns, [1])).rejects.toThrow(
      `test_pair_${columns.join('')} selects a, b; its reader expects ${columns.join(', ')}`,
    );
  }
  // The connection went back to the pool each time.
  expect(await queryPreparedValues(single, pair, ['a', 'b'], [2])).toEqual([[2, 3]]);
});

test('a loaded row read by position: LOAD_SQL selects LOADED_COLUMNS in their order, and loadedRow reads each at its own', async () => {
  const { rows, fields } = await t.db.raw<{ rows: LoadedRow[]; fields: { name: string }[] }>(LOAD_STATEMENT.text.replace('$1', '?'), [[]]);
  expect(rows).toEqual([]);
  expect(fields.map((f) => f.name)).toEqual(LOADED_COLUMNS);
  // Each column's value read back under its own name.
  expect(loadedRow(LOADED_COLUMNS)).toEqual(Object.fromEntries(LOADED_COLUMNS.map((column) => [column, column])));
  expect(Object.keys(loadedRow(LOADED_COLUMNS))).toEqual(LOADED_COLUMNS);
});

test('a query knex built runs straight on a pool connection: the rows knex gives, its events, nothing prepared', async () => {
  const db = createDb(t.url, { poolMax: 1 });
  const seen: { sql: string; bindings: unknown[] }[] = [];
  db.on('query', (q: { sql: string; bindings: unknown[] }) => seen.push(q));
  try {
    const [{ id: second }] = await db('claims').orderBy('id').offset(1).limit(1).select('id');
    const filters: ClaimFilter[] = [
      { limit: 2 },
      { limit: 3, sort: 'value', after: { key: '0', id: second } },
      { limit: 2, q: 'militants', statuses: ['active'] },
      { limit: 5, asRecorded: new Date().toISOString() },
    ];
    for (const filter of filters) {
      const { sql, bindings } = claimPageQuery(db, filter).toSQL().toNative();
      const direct = await queryNative(db, { sql, bindings });
      expect(direct.length).toBeGreaterThan(0);
      expect(direct).toEqual(await claimPageQuery(t.db, filter));
    }
    const { sql, bindings } = claimPageQuery(db, filters[filters.length - 1])
      .toSQL()
      .toNative();
    expect(seen[seen.length - 1]).toEqual(expect.objectContaining({ sql, bindings }));
    expect(await prepared(db)).toEqual([]);
  } finally {
    await db.destroy();
  }
});

test("the list's page of ids: as knex's runner reads it, each filter's own query, built once while it is among the last used", async () => {
  const store = new ClaimStore(t.db);
  const [{ id: first }] = await t.db('claims').orderBy('id').limit(1).select('id');
  const filters: ClaimFilter[] = [
    { limit: 2, sort: 'as_of' },
    { limit: 2, sort: 'as_of', after: { key: null, id: first } },
    { limit: 3 },
    { limit: 2, sort: 'as_of' },
  ];
  for (const filter of filters) expect(await store.listIds(filter)).toEqual(await claimPageQuery(t.db, filter));
  expect(await store.listIds(filters[0])).toHaveLength(3);

  const cache = new CompiledQueries(2);
  let built = 0;
  const build = (filter: ClaimFilter) => () => (built++, claimPageQuery(t.db, filter));
  const a = cache.get('a', build(filters[0]));
  expect(cache.get('a', build(filters[0]))).toBe(a);
  cache.get('b', build(filters[1]));
  cache.get('a', build(filters[0])); // a used last: c pushes b out
  cache.get('c', build(filters[2]));
  expect(built).toBe(3);
  expect(cache.get('a', build(filters[0]))).toBe(a);
  cache.get('b', build(filters[1]));
  expect(built).toBe(4);
  expect(cache.get('c', build(filters[2])).sql).toBe(claimPageQuery(t.db, filters[2]).toSQL().toNative().sql);
});
