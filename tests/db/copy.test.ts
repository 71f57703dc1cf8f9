import { COPY_BUFFER_BYTES, CopyBuffers, copyData, copyInto, CopyRows, CopyValue } from '../../src/db/copy';
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

test('cells that cross the 64 KB buffer edge, astral characters and long JSON come back exactly, from reused buffers', async () => {
  const head = (cell: string) => Array.from(cell).slice(0, 50).join(''); // whole characters, no half surrogate pair
  const long = (n: number, unit: string) =>
    Array.from(unit.repeat(Math.ceil(n / unit.length)))
      .slice(0, n)
      .join('');
  // Lengths chosen so that cells, escapes and multi-byte characters straddle the buffers' edges in several ways.
  const cells = [
    long(COPY_BUFFER_BYTES - 3, 'a'),
    `é${long(COPY_BUFFER_BYTES, 'ü\\\t')}`,
    long(3 * COPY_BUFFER_BYTES + 17, '😀 tab\there\nline\r\\N '),
    'Ωmega 😀 \\N',
    // Short multi-byte cells, so that one lands where its characters fit the buffer but its bytes do not.
    ...Array.from({ length: 3000 }, (_, i) => `${i} Ωmega 😀 ünïcødé`),
    '',
    JSON.stringify({ quote: `"${long(70_000, 'said \\ "400"\n')}"` }),
  ];
  const buffers = new CopyBuffers();
  const read = async () =>
    t.db.transaction(async (trx) => {
      await trx.raw('CREATE TEMP TABLE copied (i int, cell text, tags text[]) ON COMMIT DROP');
      const rows = new CopyRows('copied', ['i', 'cell', 'tags'], buffers);
      cells.forEach((cell, i) =>
        rows
          .add(i)
          .add(cell)
          .add([head(cell), 'NULL'])
          .end(),
      );
      rows.add(cells.length).add(null).add(null).end();
      await copyInto(trx, [rows]);
      return (await trx.raw('SELECT i, cell, tags FROM copied ORDER BY i')).rows;
    });
  const expected = [...cells.map((cell, i) => ({ i, cell, tags: [head(cell), 'NULL'] })), { i: cells.length, cell: null, tags: null }];
  expect(await read()).toEqual(expected);
  // The second time the buffers come from the first write: nothing of the first write may show through.
  cells.reverse();
  expected.splice(0, cells.length, ...cells.map((cell, i) => ({ i, cell, tags: [head(cell), 'NULL'] })));
  expect(await read()).toEqual(expected);
});

test('rows given back unsent leave nothing behind for the next rows built on the same buffers', () => {
  const buffers = new CopyBuffers();
  const first = new CopyRows('t', ['a'], buffers);
  first.row(['x'.repeat(COPY_BUFFER_BYTES + 10)]);
  first.release();
  const second = new CopyRows('t', ['a', 'b'], buffers);
  second.row(['one', 2]);
  expect(Buffer.concat(second.chunks()).toString('utf8')).toBe('one\t2\n');
  expect(first.empty).toBe(true);
});
