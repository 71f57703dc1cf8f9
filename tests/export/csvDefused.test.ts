import fc from 'fast-check';
import { mayNeedGuard } from '../../src/export/copyCsv';
import { defuseFormula, LIST_SEPARATOR } from '../../src/export/serialize';
import { createTestDb, TestDb } from '../support/db';

/** The CSV export's formula guard is written twice, in SQL for COPY and in TypeScript for the serializer: they must agree. */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const formulaish = fc
  .array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', ' ', '"', "'", 'a', '1', 'é'), { maxLength: 12 })
  .map((chars) => chars.join(''));

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

/*
 * The guard has one definition per language: defuseFormula (serialize.ts) for every CSV the TypeScript writes (the
 * row-by-row exports, the data package's tables unguarded, the comparison views through csvCell), and csv_defused
 * for COPY, kept one inlined SQL expression for its speed (migration 20261203020000). This table of hostile cells
 * pins both to the same, named answers.
 */
const HOSTILE: [cell: string, guarded: string][] = [
  ['=1+1', "'=1+1"],
  ['+1', "'+1"],
  ['-1', "'-1"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', "'\tx"],
  ['\rx', "'\rx"],
  ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
  ['5;=HYPERLINK(1)', "5;'=HYPERLINK(1)"],
  ['a;  "=b', 'a;  "\'=b'],
  ['a\t+b', "a\t'+b"],
  ['a;\n-b', "a;\n'-b"],
  ['=a;=b', "'=a;'=b"],
  ['a=b', 'a=b'],
  [' =a', ' =a'],
  // Apostrophes in front of a formula character get one more, so that the import takes exactly one off.
  ["'=a", "''=a"],
  ["''-a", "'''-a"],
  ["'a", "'a"],
  ["it's", "it's"],
  ["a; '=b", "a; ''=b"],
  ["a;'x", "a;'x"],
  ["'\t'=a", "''\t''=a"],
  ['a;b', 'a;b'],
  ['', ''],
  ['Қазақстан;@x', "Қазақстан;'@x"],
];

test('csv_defused and defuseFormula give the same answer on a table of hostile cells', async () => {
  const { rows } = await t.db.raw('SELECT csv_defused(t) AS guarded FROM unnest(?::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n', [
    HOSTILE.map(([cell]) => cell),
  ]);
  expect(rows.map((r: { guarded: string }) => r.guarded)).toEqual(HOSTILE.map(([, guarded]) => guarded));
  expect(HOSTILE.map(([cell]) => defuseFormula(cell))).toEqual(HOSTILE.map(([, guarded]) => guarded));
});

/*
 * A list cell skips the guard when mayNeedGuard says none of its items could need it (a pre-check on the items joined
 * with spaces): a false alarm only costs time, but a miss would write a formula unguarded. So: wherever the pre-check
 * says no, the guarded list is the items joined as they are, for lists of hostile items.
 */
test('mayNeedGuard never passes over a list item that csv_defused would guard', async () => {
  const lists = fc
    .sample(fc.array(fc.oneof(formulaish, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 4 }), 400)
    .map((items) => items.filter((s) => !s.includes('\u0000')))
    .filter((items) => items.length > 0);
  const { rows } = await t.db.raw(
    `SELECT ${mayNeedGuard(`array_to_string(items, ' ', 'null')`)} AS may, csv_defused_list(items) AS guarded
       FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS l(list, n),
            LATERAL (SELECT array(SELECT jsonb_array_elements_text(list)) AS items) i
      ORDER BY n`,
    [JSON.stringify(lists)],
  );
  const joined = lists.map((items) => items.join(LIST_SEPARATOR));
  const missed = rows.flatMap((r: { may: boolean; guarded: string | null }, i: number) =>
    !r.may && (r.guarded ?? '') !== joined[i] ? [lists[i]] : [],
  );
  expect(missed).toEqual([]);
  // The sample holds lists the guard changes, so the check above is not vacuous.
  expect(rows.filter((r: { may: boolean }) => r.may).length).toBeGreaterThan(50);
});
