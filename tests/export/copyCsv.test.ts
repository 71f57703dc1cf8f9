import type { ClaimFilter } from '../../src/claims/parseClaimFilter';
import { nativeQuery } from '../../src/db/sqlValues';
import { CLAIM_EXPORT_COLUMNS, claimExportQuery, ClaimExportRow, toClaimExport } from '../../src/export/claimRows';
import { ExportService } from '../../src/export/service';
import { streamQuery } from '../../src/export/cursor';
import { createDb } from '../../src/db/knex';
import { serializer } from '../../src/export/serialize';
import { ABANDONED_MID_STREAM } from '../../src/export/cursor';
import { createTestApp, listen, TestApp } from '../support/app';
import { knexWarnings } from '../support/db';
import { disconnectMidStream } from '../support/disconnect';
import { storeAsBefore } from '../support/negativeFigures';
import { exportText } from '../support/exportText';

let t: TestApp;
const knex = knexWarnings();
beforeAll(async () => {
  t = await createTestApp({ seed: true, knexLog: knex.log });
});
afterAll(() => t.drop());

/** The claims CSV as the row-by-row serializer writes it (the path NDJSON and JSON still take). */
async function serializerCsv(filter: ClaimFilter): Promise<string> {
  const rows = await streamQuery(t.db, nativeQuery(claimExportQuery(t.db, filter)), 3);
  return exportText(rows, serializer<ClaimExportRow>('csv', CLAIM_EXPORT_COLUMNS, toClaimExport));
}

/** The claims CSV as PostgreSQL writes it through COPY. */
async function copyCsv(filter: ClaimFilter): Promise<string> {
  return exportText(...(await new ExportService(t.db, 1000).claims(filter, 'csv')));
}

// Cells that test the rendering: separators, quotes, line breaks (LF, CR, CRLF) inside cells, non-Latin text,
// formula-like starts, empty strings, numbers with trailing zeros and negative ones, microsecond timestamps.
test('COPY writes the same CSV bytes as the row-by-row serializer, tricky cells included, now and as recorded', async () => {
  await t.db.raw(`UPDATE claims SET
      notes = E'line one\\nline two, "quoted"\\r\\n=SUM(A1)', context = '@cmd|calc', value_text = '-5 fighters', key = '',
      location = ARRAY['=SY', '', '+IQ', 'a;b'], credibility = 3, as_of = '2014-11-01', as_of_precision = 'month',
      stated_on = '2015-01-01', stated_precision = 'year', retraction_reason = E'\\ttab start',
      updated_at = '2026-11-27 04:05:06.789999+00', created_at = '1999-12-31 23:59:59.000001+00'
    WHERE id = 2`);
  // A negative bound, as a ledger may hold from before the database refused them.
  await storeAsBefore(t.db, 3, { approximation: 'range', value: 2.5, value_low: -5, value_high: 10, value_text: 'Қазақстан: «-5 to 10»' });
  await t.db.raw(`UPDATE claims SET value = 0.000 WHERE id = 4 AND value IS NOT NULL`);
  // A list whose first item needs no guard and a later one does (the SQL guards a list only when one might need it).
  await t.db.raw(`UPDATE claims SET location = ARRAY['SY', '+IQ', 'a b'] WHERE id = 5`);
  // A list whose only item to guard is one already guarded by hand: its apostrophe gets one more (the import takes one).
  await t.db.raw(`UPDATE claims SET location = ARRAY['TR', '''=IQ'] WHERE id = 6`);
  // Timestamps of whole seconds and of one decimal (their text in PostgreSQL has no fraction, or one digit).
  await t.db.raw(`UPDATE claims SET updated_at = '2021-01-01 00:00:00.5+00' WHERE id = 4`);
  await t.db.raw(
    `UPDATE documents SET authors = ARRAY['-Dash', 'Semi;Colon', 'Quote "Q"', 'Новости'], title = E'Title,\\n"with" all', url = '', retrieved_at = '2020-02-29 12:00:00+00' WHERE id = 1`,
  );
  await t.db.raw(`UPDATE claim_sources SET quote = E'=HYPERLINK("x")\\r' WHERE claim_id = 1`);
  // A claim never revised (updated when created: the merge writes its created_at cell twice), and one with two claims
  // in a relation list (the list cell built where the relations are grouped).
  await t.db.raw(`UPDATE claims SET created_at = '2001-02-03 04:05:06.0071+00', updated_at = '2001-02-03 04:05:06.0071+00' WHERE id = 1`);
  await t.db.raw(`INSERT INTO claim_relations (claim_id, type, related_claim_id, asserted_by)
    SELECT 1, 'corroborates', id, (SELECT min(id) FROM actors) FROM claims WHERE id IN (4, 3)`);
  await t.db
    .raw(`UPDATE revisions SET snapshot = jsonb_set(jsonb_set(snapshot, '{notes}', to_jsonb(E'+1\\n"a",b'::text)), '{location}', '["-X", ""]')
    WHERE entity = 'claim' AND entity_id = 2`);

  const now = await copyCsv({ limit: 0 });
  expect(now).toBe(await serializerCsv({ limit: 0 }));
  expect(now).toContain('"\'=HYPERLINK(""x"")\r"');
  expect(now).toContain(',2.5,-5,10,"range",');
  expect(now).toContain('"2020-02-29T12:00:00.000Z"');
  expect(now).toContain('"2021-01-01T00:00:00.500Z"');
  expect(now).toContain('"1999-12-31T23:59:59.000Z","2026-11-27T04:05:06.789Z"');
  expect(now).toContain('"2001-02-03T04:05:06.007Z","2001-02-03T04:05:06.007Z"');
  expect(now).toContain('"3;4"');
  // Every text cell is quoted: a semicolon never splits it where spreadsheets split on semicolons.
  expect(now).toContain('"\'-Dash;Semi;Colon;Quote ""Q"";Новости"');
  expect(now).toContain('"SY;\'+IQ;a b"');
  expect(now).toContain('"TR;\'\'=IQ"');

  const asRecorded = new Date(Date.now() + 1000).toISOString();
  const then = await copyCsv({ limit: 0, asRecorded });
  expect(then).toBe(await serializerCsv({ limit: 0, asRecorded }));
  expect(then).toContain('"\'+1\n""a"",b"');

  const filtered: ClaimFilter = { limit: 0, countries: ['KZ'], q: "militants' \\ fighters", minValue: 1 };
  expect(await copyCsv(filtered)).toBe(await serializerCsv(filtered));
});

test("the COPY's dates and times are the same whatever DateStyle and TimeZone the server gives new connections", async () => {
  const iso = await copyCsv({ limit: 0 });
  expect(iso).toMatch(/,"\d{4}-\d{2}",/); // a date at month precision: the seed has some
  expect(iso).toMatch(/,"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"\r\n/);
  const { name } = (await t.db.raw('SELECT current_database() AS name')).rows[0];
  await t.db.raw(`ALTER DATABASE ${name} SET datestyle = 'SQL, DMY'`);
  // A zone 5 h 45 min from UTC: the timestamps' cells would move by it (and say so) if it were not set for the COPY.
  await t.db.raw(`ALTER DATABASE ${name} SET timezone = 'Asia/Kathmandu'`);
  const other = createDb(t.url, { poolMax: 1 });
  try {
    expect((await other.raw('SHOW datestyle')).rows[0]).toEqual({ DateStyle: 'SQL, DMY' });
    expect((await other.raw('SHOW timezone')).rows[0]).toEqual({ TimeZone: 'Asia/Kathmandu' });
    expect(await exportText(...(await new ExportService(other, 1000).claims({ limit: 0 }, 'csv')))).toBe(iso);
  } finally {
    await other.destroy();
    await t.db.raw(`ALTER DATABASE ${name} RESET datestyle`);
    await t.db.raw(`ALTER DATABASE ${name} RESET timezone`);
  }
});

test('code cells go unguarded because their columns refuse anything but the words of their vocabulary', async () => {
  const codes = CLAIM_EXPORT_COLUMNS.filter((c) => c.kind === 'code').map((c) => c.name);
  expect(codes).toEqual(['approximation', 'status', 'rank']);
  for (const column of codes) {
    for (const formula of ['=1+1', '-5', '@SUM(A1)', 'exact;=1', '\tactive']) {
      await expect(
        t
          .db('claims')
          .where({ id: 1 })
          .update({ [column]: formula }),
      ).rejects.toMatchObject({ code: '23514' });
    }
  }
});

test('a client that disconnects from a CSV export stops the COPY and gives the connection back', async () => {
  // Enough rows that the COPY cannot finish into the socket buffers while the client is not reading.
  await t.db.raw(`INSERT INTO claim_sources (claim_id, document_id, quote, position)
    SELECT 6, 1, repeat('words ', 200) || n, n FROM generate_series(1, 20000) n`);
  const served = await listen(t.app);
  const copies = async () =>
    (
      await t.db.raw(`SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND query LIKE 'COPY (SELECT %' AND state <> 'idle'`)
    ).rows as unknown[];
  try {
    const { res, during, after, inUse } = await disconnectMidStream(`${served.base}/v1/export/claims?format=csv`, copies, t.db.client.pool);
    expect(res.statusCode).toBe(200);
    expect(during).toHaveLength(1);
    expect(after).toEqual([]);
    expect(inUse).toBe(0);
    // The pool still serves queries (the abandoned connection was dropped, not reused mid-COPY), and said why it dropped it.
    expect((await t.db.raw('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    // (whenever the pool comes to drop it: on a later acquire that finds it)
    expect(knex.warnings.filter((w) => w !== `Connection Error: ${ABANDONED_MID_STREAM}`)).toEqual([]);
  } finally {
    await served.close();
  }
});
