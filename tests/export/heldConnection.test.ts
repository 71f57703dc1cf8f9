import { copyOut } from '../../src/export/copyCsv';
import { createDb, Db } from '../../src/db/knex';
import { createTestDb, TestDb } from '../support/db';
import { exportText } from '../support/exportText';

/** An export's held connection runs with its settings, and the pool gets the connection back as it was. */
let t: TestDb;
let db: Db;
beforeAll(async () => {
  t = await createTestDb();
  // One connection, with the statement limit requests have: the export takes it, and the next query gets it back.
  db = createDb(t.url, { poolMax: 1, statementTimeoutMs: 5000 });
});
afterAll(async () => {
  await db.destroy();
  await t.drop();
});

const SETTINGS_SQL = `SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('parallel_leader_participation') AS leader`;
const settings = async () => (await db.raw(SETTINGS_SQL)).rows[0];

test('a COPY runs without a time limit and with the settings given, restored when the copy ends', async () => {
  expect(await settings()).toEqual({ statement_timeout: '5s', leader: 'on' });
  const copied = await exportText(
    await copyOut(db, `COPY (${SETTINGS_SQL}) TO STDOUT WITH (FORMAT csv)`, { parallel_leader_participation: 'off' }),
  );
  expect(copied).toBe('0,off\r\n');
  // The one connection is handed out again only once its settings are reset.
  expect(await settings()).toEqual({ statement_timeout: '5s', leader: 'on' });
});

test('a setting PostgreSQL refuses fails the export before it starts, and the connection goes back unchanged', async () => {
  await expect(copyOut(db, 'COPY (SELECT 1) TO STDOUT', { parallel_leader_participation: 'sometimes' })).rejects.toThrow(
    /parallel_leader_participation/,
  );
  expect(await settings()).toEqual({ statement_timeout: '5s', leader: 'on' });
});

test('a COPY that fails after many rows fails the stream with its error, and the connection answers the next query', async () => {
  // Thousands of records sent before PostgreSQL's error: the error arrives in the middle of the stream's messages.
  const failing = await copyOut(
    db,
    `COPY (SELECT n, repeat('x', 100) FROM generate_series(1, 50000) n WHERE 1 / (40000 - n) IS NOT NULL) TO STDOUT WITH (FORMAT csv)`,
  );
  await expect(exportText(failing)).rejects.toThrow(/division by zero/);
  expect(await settings()).toEqual({ statement_timeout: '5s', leader: 'on' });
  expect((await db.raw('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
});
