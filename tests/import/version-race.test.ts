import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

/*
 * A spreadsheet's `version` cell guards the claims it changes: a row exported at version N must not undo a revision
 * made since. The versions had been read when the import began, outside any lock: an API revision made while the
 * import ran (here: while it waits for another claim's row, held by another session) was overwritten without a word,
 * a lost update. The check is now made after the import's update, under its row lock.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const write = (table: string[][]) => `${table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;

/**
 * Runs an import that first waits on `waitedOn` (its row held by another session) and, while it waits, revises
 * `revised` through the API; answers the import's response.
 */
async function importWhileRevised(contentType: string, body: string, waitedOn: number, revised: number) {
  const holder = new Client({ connectionString: t.url });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM claims WHERE id = $1 FOR UPDATE', [waitedOn]);
    const importing = request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', contentType)
      .send(body)
      .then((r) => r);
    // The import has read its versions and waits on `waitedOn` once PostgreSQL shows it waiting on a lock.
    for (let i = 0; i < 100; i++) {
      const { rows } = await holder.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      if (rows[0].n > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const etag = (await request(t.app).get(`/v1/claims/${revised}`).expect(200)).headers.etag;
    await request(t.app)
      .patch(`/v1/claims/${revised}`)
      .set(t.as.editor)
      .set('If-Match', etag)
      .send({ notes: 'corrected through the API', reason: 'a later source' })
      .expect(200);
    await holder.query('COMMIT');
    return await importing;
  } finally {
    await holder.end();
  }
}

test('an API revision made while a spreadsheet import runs is not undone: the stale row is refused naming its version', async () => {
  const table: string[][] = parse((await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text, { bom: true });
  const [id, notes, version] = ['claim_id', 'notes', 'version'].map((name) => table[0].indexOf(name));
  const ids = [...new Set(table.slice(1).map((r) => r[id]))];
  const [waitedOn, revised] = [ids[0], ids[ids.length - 1]]; // the import updates `waitedOn` first, then `revised`
  const edited = [table[0], ...table.slice(1).filter((r) => r[id] === waitedOn || r[id] === revised)].map((r, i) =>
    i === 0 ? r : r.map((cell, c) => (c === notes ? `graded in a spreadsheet (${r[id]})` : cell)),
  );
  expect(edited.filter((r) => r[id] === revised)[0][version]).toBe('1');

  const res = await importWhileRevised('text/csv', write(edited), Number(waitedOn), Number(revised));
  expect(res.status).toBe(422);
  expect(res.body.errors).toEqual([
    expect.objectContaining({ field: 'version', column: 'version', message: expect.stringMatching(/exported at version 1/) }),
  ]);
  const claim = (await request(t.app).get(`/v1/claims/${revised}`).expect(200)).body;
  expect({ notes: claim.notes, version: claim.version }).toEqual({ notes: 'corrected through the API', version: 2 });
  expect((await request(t.app).get(`/v1/claims/${waitedOn}`).expect(200)).body.version).toBe(1);
});

// The NDJSON import had no version at all: a line updating a claim by id or key undid any revision made meanwhile.
test('an NDJSON line carries the version it was written against, checked by the same rule under the row lock', async () => {
  const { body } = await request(t.app).get('/v1/claims?limit=100&sort=id').expect(200);
  // Two claims at version 1 that the test above left alone.
  const ids: number[] = body.data.filter((c: { version: number }) => c.version === 1).map((c: { id: number }) => c.id);
  const [waitedOn, revised] = [ids[1], ids[ids.length - 1]];
  // A claim line as a researcher writes it from a claim read through the API.
  const line = async (id: number, fields: Record<string, unknown>) => {
    const c = (await request(t.app).get(`/v1/claims/${id}`).expect(200)).body;
    const { metric, country, approximation, value, value_low, value_high, value_text } = c;
    const sources = c.sources.map((s: { document: { id: number }; quote: string }) => ({ document: s.document.id, quote: s.quote }));
    const given = { metric, country, approximation, value, value_low, value_high, value_text, claimant: c.claimant.id, sources };
    return JSON.stringify({ type: 'claim', id, ...given, ...fields });
  };
  const lines = [
    await line(waitedOn, { version: 1, notes: 'graded offline' }),
    await line(revised, { version: 1, notes: 'graded offline' }),
  ];
  const res = await importWhileRevised('application/x-ndjson', `${lines.join('\n')}\n`, waitedOn, revised);
  expect(res.status).toBe(422);
  expect(res.body.errors).toEqual([
    {
      line: 2,
      field: '/version',
      message: `claim ${revised} is at version 2 now, the line was written at version 1: read the claim again and redo the change`,
    },
  ]);
  const claim = (await request(t.app).get(`/v1/claims/${revised}`).expect(200)).body;
  expect({ notes: claim.notes, version: claim.version }).toEqual({ notes: 'corrected through the API', version: 2 });
  expect((await request(t.app).get(`/v1/claims/${waitedOn}`).expect(200)).body.version).toBe(1);

  // At its current version, or without one (an override), the line is applied; at a past one it is refused.
  const apply = async (notes: string, version?: number) =>
    request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .send(`${await line(revised, { ...(version !== undefined && { version }), notes })}\n`);
  expect((await apply('current', 2)).status).toBe(200);
  expect((await apply('stale', 2)).status).toBe(422);
  expect((await apply('override')).status).toBe(200);
  expect((await request(t.app).get(`/v1/claims/${revised}`).expect(200)).body).toMatchObject({ notes: 'override', version: 4 });
});

test('a row whose version is still current is applied, and one left empty overrides', async () => {
  const table: string[][] = parse((await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text, { bom: true });
  const [id, notes, version] = ['claim_id', 'notes', 'version'].map((name) => table[0].indexOf(name));
  const target = table[table.length - 1][id];
  const rows = table.filter((r, i) => i === 0 || r[id] === target);
  const current = rows[1][version];
  const edit = (text: string, v: string) =>
    rows.map((r, i) => (i === 0 ? r : r.map((c, j) => (j === notes ? text : j === version ? v : c))));
  await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'text/csv')
    .send(write(edit('current row', current)))
    .expect(200);
  await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'text/csv')
    .send(write(edit('stale row', current)))
    .expect(422);
  await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'text/csv')
    .send(write(edit('override', '')))
    .expect(200);
  expect((await request(t.app).get(`/v1/claims/${target}`).expect(200)).body.notes).toBe('override');
});
