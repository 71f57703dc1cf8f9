import { copyData, copyInto, CopyValue } from '../../src/db/copy';
import { createTestDb, TestDb } from '../support/db';

// COPY's text format is written by hand (copyData): whatever the values hold, PostgreSQL must read back exactly them.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

test('values with backslashes, tabs, line breaks, NULL-like words and JSON come back from COPY exactly as written', async () => {
  const rows: CopyValue[][] = [
    [1, 'plain', null, ['a', 'b'], '{"quote":"said \\"400\\"\\n"}'],
    [2, 'back\\slash \\N and \\t', 'tab\there', ['with,comma', 'NULL', 'quote"d', 'back\\slash', '{brace}'], '{"k":"\\\\"}'],
    [3, 'line\nbreak\r\nand CR\r', '', [], '[]'],
    [-4.25, '\\', '\t', ['\n'], 'null'],
  ];
  const read = await t.db.transaction(async (trx) => {
    await trx.raw('CREATE TEMP TABLE copied (n numeric, a text, b text, list text[], doc jsonb) ON COMMIT DROP');
    await copyInto(trx, [copyData('copied', ['n', 'a', 'b', 'list', 'doc'], rows)]);
    return (await trx.raw('SELECT n::float8 AS n, a, b, list, doc FROM copied ORDER BY a')).rows;
  });
  const expected = rows.map(([n, a, b, list, doc]) => ({ n, a, b, list, doc: JSON.parse(doc as string) }));
  expect(read).toEqual(expected.sort((x, y) => ((x.a as string) < (y.a as string) ? -1 : 1)));
});
