import fc from 'fast-check';
import { defuseFormula } from '../../src/export/serialize';
import { createTestDb, TestDb } from '../support/db';

/** The CSV export's formula guard is written twice, in SQL for COPY and in TypeScript for the serializer: they must agree. */
let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(() => t.drop());

const formulaish = fc.array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', ' ', '"', "'", 'a', '1', 'é'), { maxLength: 12 }).map((chars) => chars.join(''));

test('csv_defused guards every text as defuseFormula does', async () => {
  const texts = fc.sample(fc.oneof(formulaish, fc.string({ maxLength: 20 })), 400).filter((s) => !s.includes('\u0000'));
  const { rows } = await t.db.raw('SELECT csv_defused(t) AS guarded FROM unnest(?::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n', [texts]);
  expect(rows.map((r: { guarded: string }) => r.guarded)).toEqual(texts.map(defuseFormula));
  expect((await t.db.raw('SELECT csv_defused(NULL) AS guarded')).rows).toEqual([{ guarded: null }]);
});

test('csv_defused is inlined into the query that calls it (a function call per cell made the export four times slower)', async () => {
  const { rows } = await t.db.raw('EXPLAIN (VERBOSE, COSTS OFF) SELECT csv_defused(value_text) FROM claims');
  const plan = rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
  expect(plan).toContain('regexp_replace');
  expect(plan).not.toContain('csv_defused');
});
