import { APPROXIMATIONS, type FigureValue } from '../../src/claims/model';
import { bestValue, intervalOf } from '../../src/compare/figures';
import { MIDDLE_SQL, RANGE_SQL, VAGUE_SQL } from '../../src/compare/figureSql';
import { createTestDb, TestDb } from '../support/db';

/**
 * The views compute a figure's best value and whether it has no number in SQL (the countries range, the chosen
 * figure, the warnings) and in JavaScript (the served values, the spread): the two must agree on every wording.
 */
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

const NUMBERS: [number | null, number | null, number | null][] = [
  [300, null, null],
  [150, 135, 165],
  [null, 1100, 1500],
  [null, 0.1, 0.2],
  [null, 7, null],
  [null, null, 9],
  [null, null, null],
  [2.5, 2, 3],
];

test('best value and "no number": SQL and JavaScript agree for every wording and shape of numbers', async () => {
  const figures: FigureValue[] = APPROXIMATIONS.flatMap((approximation) =>
    NUMBERS.map(([value, value_low, value_high]) => ({ approximation, value, value_low, value_high })),
  );
  const { rows } = await t.db.raw(
    `
    SELECT n, CASE WHEN c.value IS NOT NULL THEN c.value::float8 WHEN ${RANGE_SQL} THEN ${MIDDLE_SQL} END AS best, ${VAGUE_SQL} AS vague
    FROM jsonb_to_recordset(?::jsonb) AS c(n int, approximation text, value numeric, value_low numeric, value_high numeric) ORDER BY n`,
    [JSON.stringify(figures.map((f, n) => ({ n, ...f })))],
  );
  expect(rows.map((r: { best: number | null }) => r.best)).toEqual(figures.map(bestValue));
  expect(rows.map((r: { vague: boolean }) => r.vague)).toEqual(figures.map((f) => intervalOf(f) === null));
});
