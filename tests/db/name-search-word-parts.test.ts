import type { Knex } from 'knex';
import request from 'supertest';
import { ActorStore } from '../../src/actors/store';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { nameSearchIndex } from '../../src/db/knex';
import { DocumentStore } from '../../src/documents/store';
import { down, up } from '../../db/migrations/20261217010000_name_search_word_parts';
import * as storedSearchText from '../../db/migrations/20261225010000_stored_search_text';
import { createTestApp, TestApp } from '../support/app';
import { insertSearchRows } from '../support/searchRows';

/*
 * The actors' and documents' search (`q`) on a database where pg_trgm could not be created: the trigram indexes are left
 * out (tests/db/trigram-optional.test.ts), and every search had read every actor or document (~340 ms at 100,000
 * actors, any client able to send it again and again). Migration 20261217010000 then indexes the names' word parts,
 * and the search reads that index before its exact test: the same answers, from an index. Simulated here by dropping
 * the trigram indexes of a migrated ledger and running the migration again, then 20261225010000, which builds the word
 * parts' indexes again on the folded text it stores (actors.search_text, documents.search_title).
 */
const ROWS = Number(process.env.NAME_SEARCH_ROWS ?? 2_000);
// NAME_SEARCH_ROWS=100000 measures at the size of the issue (its index takes minutes to build on a loaded machine).
jest.setTimeout(ROWS > 10_000 ? 1_200_000 : 120_000);
const QUERIES = [
  'nothing like it',
  'f0e1d2',
  'alias 1999',
  'ALIAS 4242',
  'AA',
  'of 97',
  'IS',
  '%',
  'kaev',
  'Nurtai Aby',
  'tai ABY',
  'report',
  "o'b",
  'a\\b',
  'Абв',
  ' - ',
];

let t: TestApp;
const names = (rows: { name?: string; title?: string }[]) => rows.map((r) => r.name ?? r.title);
const actorsFound = (db: Knex, search: 'trigrams' | 'word_parts', q: string) =>
  new ActorStore(db, search).list({ q, limit: 50 }).then(names);
const documentsFound = (db: Knex, search: 'trigrams' | 'word_parts', q: string) =>
  new DocumentStore(db, search).list({ q, limit: 50 }).then(names);

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  await insertSearchRows(t.db, ROWS);
  await t.db.raw(`INSERT INTO actors (kind, name, aliases) VALUES ('person', 'Абвгд O''Brien', ARRAY['a\\b c'])`);
});
afterAll(() => t.drop());

/** The plan PostgreSQL ran for the actors' search of q: the indexes it read, the rows of actors it read, its time. */
async function actorPlan(search: 'trigrams' | 'word_parts', q: string): Promise<{ indexes: string[]; rows: number; ms: number }> {
  let first: { sql: string; bindings: unknown[] } | undefined;
  const listener = (query: { sql: string; bindings: unknown[] }) => (first ??= query);
  t.db.on('query', listener);
  try {
    await new ActorStore(t.db, search).list({ q, limit: 50 });
  } finally {
    t.db.removeListener('query', listener);
  }
  const { rows } = await t.db.raw(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${first!.sql.replace(/\$\d+/g, '?')}`,
    first!.bindings as Knex.RawBinding[],
  );
  const nodes: Record<string, unknown>[] = [];
  const walk = (n: Record<string, unknown>) => {
    nodes.push(n);
    for (const child of (n.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(rows[0]['QUERY PLAN'][0].Plan);
  return {
    indexes: nodes.map((n) => n['Index Name'] as string).filter(Boolean),
    rows: nodes
      .filter((n) => n['Relation Name'] === 'actors')
      .reduce((sum, n) => sum + Number(n['Actual Rows'] ?? 0) + Number(n['Rows Removed by Filter'] ?? 0), 0),
    ms: rows[0]['QUERY PLAN'][0]['Execution Time'],
  };
}

test('without pg_trgm, the word parts answer every search as the trigrams did, reading an index, not every row', async () => {
  const expected = new Map<string, [(string | undefined)[], (string | undefined)[]]>();
  for (const q of QUERIES) expected.set(q, [await actorsFound(t.db, 'trigrams', q), await documentsFound(t.db, 'trigrams', q)]);
  expect(expected.get('kaev')![0]).toEqual(['Nurtai Abykaev']);
  expect(expected.get("o'b")![0]).toEqual(["Абвгд O'Brien"]);

  // The ledger where pg_trgm could not be created: no trigram indexes, and the migration makes the word parts'.
  await t.db.raw('DROP INDEX actors_search_trgm_idx');
  await t.db.raw('DROP INDEX documents_title_trgm_idx');
  await t.db.raw('ANALYZE actors');
  const before = await actorPlan('trigrams', 'nothing like it');
  await t.db.transaction((trx) => down(trx));
  await t.db.transaction((trx) => up(trx));
  await t.db.transaction((trx) => storedSearchText.down(trx));
  await t.db.transaction((trx) => storedSearchText.up(trx));
  await t.db.raw('ANALYZE actors');
  await t.db.raw('ANALYZE documents');
  expect(await nameSearchIndex(t.db)).toBe('word_parts');

  for (const q of QUERIES) {
    expect({ q, found: [await actorsFound(t.db, 'word_parts', q), await documentsFound(t.db, 'word_parts', q)] }).toEqual({
      q,
      found: expected.get(q),
    });
  }
  for (const q of ['nothing like it', 'f0e1d2', 'alias 1999', 'kaev']) {
    const after = await actorPlan('word_parts', q);
    console.log(
      `no pg_trgm, ${ROWS} actors, q=${q}: ${after.ms.toFixed(1)} ms, ${after.rows} rows read (before: ${before.ms.toFixed(1)} ms, ${before.rows} rows for "nothing like it")`,
    );
    expect(after.indexes).toContain('actors_search_parts_idx');
    expect(after.rows).toBeLessThan(1000);
  }
  expect(before.rows).toBeGreaterThan(ROWS);

  // The app finds which index there is when it starts, and serves the same.
  const app = await createApp({ db: t.db, config: loadConfig({ NODE_ENV: 'test' }) });
  const res = await request(app).get('/v1/actors?q=Kaev').expect(200);
  expect(res.body.data.map((a: { name: string }) => a.name)).toEqual(['Nurtai Abykaev']);
  // The longest names the API takes (300 characters, 50 aliases of 300), in four-byte characters, are still written.
  const long = (seed: number) =>
    Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x1d400 + ((seed * 7 + i * 13) % 900))).join('');
  await t.db('actors').insert({ kind: 'ngo', name: long(0), aliases: Array.from({ length: 50 }, (_, i) => long(i + 1)) });
  expect(await actorsFound(t.db, 'word_parts', long(3).slice(40, 80))).toEqual([long(0)]);
});
