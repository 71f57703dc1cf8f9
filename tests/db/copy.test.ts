import { COPY_BUFFER_BYTES, CopyBuffers, copyData, copyInto, CopyRows, CopyValue } from '../../src/db/copy';
import type { Knex } from 'knex';
import { createDb } from '../../src/db/knex';
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

// copyInto sends every table's COPY as one query with all its data (CopyStatements): PostgreSQL never waits for the
// client between them, and an error in any of them must still leave the connection usable and nothing written.
describe('several tables in one query', () => {
  const tables = async (trx: Knex.Transaction) => {
    await trx.raw('CREATE TEMP TABLE parents (id int PRIMARY KEY) ON COMMIT DROP');
    await trx.raw('CREATE TEMP TABLE children (parent_id int NOT NULL REFERENCES parents, note text) ON COMMIT DROP');
    await trx.raw('CREATE TEMP TABLE notes (n int) ON COMMIT DROP');
  };

  test('are written by one round trip, each statement reported with its own row count', async () => {
    const events: { sql: string; rowCount: number }[] = [];
    const listener = (_r: unknown, q: { sql: string; response: { rowCount: number } }) =>
      events.push({ sql: q.sql, rowCount: q.response.rowCount });
    t.db.on('query-response', listener);
    try {
      const read = await t.db.transaction(async (trx) => {
        await tables(trx);
        const client = (await trx.client.acquireConnection()) as { query: (...args: unknown[]) => unknown };
        const query = client.query;
        let queries = 0;
        client.query = function (this: unknown, ...args: unknown[]) {
          queries += 1;
          return query.apply(this, args);
        };
        events.length = 0;
        try {
          await copyInto(trx, [
            copyData('parents', ['id'], [[1], [2], [3]]),
            copyData(
              'children',
              ['parent_id', 'note'],
              [
                [3, 'c'],
                [1, 'a\tb'],
              ],
            ),
            copyData('notes', ['n'], []),
            copyData('notes', ['n'], [[7]]),
          ]);
        } finally {
          client.query = query;
        }
        return {
          queries,
          parents: (await trx.raw('SELECT id FROM parents ORDER BY id')).rows,
          children: (await trx.raw('SELECT parent_id, note FROM children ORDER BY parent_id')).rows,
          notes: (await trx.raw('SELECT n FROM notes')).rows,
        };
      });
      expect(read).toEqual({
        queries: 1,
        parents: [{ id: 1 }, { id: 2 }, { id: 3 }],
        children: [
          { parent_id: 1, note: 'a\tb' },
          { parent_id: 3, note: 'c' },
        ],
        notes: [{ n: 7 }],
      });
      expect(events.filter((e) => e.sql.startsWith('COPY'))).toEqual([
        { sql: 'COPY parents (id) FROM STDIN', rowCount: 3 },
        { sql: 'COPY children (parent_id, note) FROM STDIN', rowCount: 2 },
        { sql: 'COPY notes (n) FROM STDIN', rowCount: 1 },
      ]);
    } finally {
      t.db.off('query-response', listener);
    }
  });

  test.each([
    ['a row of the second table breaks a foreign key', '23503', (big: CopyValue[][]) => [[9, 'no such parent'], ...big]],
    [
      'a cell of the second table is not an integer',
      '22P02',
      (big: CopyValue[][]) => [...big.slice(0, 10), ['x', 'not a number'], ...big.slice(10)],
    ],
  ])('fail as a whole when %s, and leave the connection in step', async (_case, code, second) => {
    // One connection, so that what runs next runs where the copy data of the failed query was sent ahead.
    const db = createDb(t.url, { poolMax: 1 });
    try {
      const big: CopyValue[][] = Array.from({ length: 20_000 }, (_, i) => [1 + (i % 3), `note ${i} ${'x'.repeat(40)}`]);
      const failed = db.transaction(async (trx) => {
        await tables(trx);
        await copyInto(trx, [
          copyData('parents', ['id'], [[1], [2], [3]]),
          copyData('children', ['parent_id', 'note'], second(big)),
          copyData('notes', ['n'], [[1]]),
        ]);
      });
      await expect(failed).rejects.toMatchObject({ code });
      // The next statements on the same connection are answered in order, and a copy after it writes what it should.
      expect((await db.raw('SELECT 42 AS n')).rows).toEqual([{ n: 42 }]);
      const again = await db.transaction(async (trx) => {
        await tables(trx);
        await copyInto(trx, [
          copyData('parents', ['id'], [[1], [2], [3]]),
          copyData('children', ['parent_id', 'note'], big),
          copyData('notes', ['n'], [[5]]),
        ]);
        return (await trx.raw('SELECT (SELECT count(*) FROM children)::int AS children, (SELECT n FROM notes) AS n')).rows[0];
      });
      expect(again).toEqual({ children: 20_000, n: 5 });
    } finally {
      await db.destroy();
    }
  });

  test('fail when the first statement is refused before any data is read, and leave the connection in step', async () => {
    const db = createDb(t.url, { poolMax: 1 });
    try {
      const failed = db.transaction((trx) =>
        copyInto(trx, [copyData('no_such_table', ['n'], [[1], [2]]), copyData('notes', ['n'], [[1]])]),
      );
      await expect(failed).rejects.toMatchObject({ code: '42P01' });
      expect((await db.raw('SELECT 42 AS n')).rows).toEqual([{ n: 42 }]);
    } finally {
      await db.destroy();
    }
  });
});
