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

test('an API revision made while a spreadsheet import runs is not undone: the stale row is refused naming its version', async () => {
  const table: string[][] = parse((await request(t.app).get('/v1/export/claims?format=csv').expect(200)).text, { bom: true });
  const [id, notes, version] = ['claim_id', 'notes', 'version'].map((name) => table[0].indexOf(name));
  const ids = [...new Set(table.slice(1).map((r) => r[id]))];
  const [waitedOn, revised] = [ids[0], ids[ids.length - 1]]; // the import updates `waitedOn` first, then `revised`
  const edited = [table[0], ...table.slice(1).filter((r) => r[id] === waitedOn || r[id] === revised)].map((r, i) =>
    i === 0 ? r : r.map((cell, c) => (c === notes ? `graded in a spreadsheet (${r[id]})` : cell)),
  );
  expect(edited.filter((r) => r[id] === revised)[0][version]).toBe('1');

  const holder = new Client({ connectionString: t.url });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM claims WHERE id = $1 FOR UPDATE', [waitedOn]);
    const importing = request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', 'text/csv')
      .send(write(edited))
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
    const res = await importing;
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'version', column: 'version', message: expect.stringMatching(/exported at version 1/) }),
    ]);
  } finally {
    await holder.end();
  }
  const claim = (await request(t.app).get(`/v1/claims/${revised}`).expect(200)).body;
  expect({ notes: claim.notes, version: claim.version }).toEqual({ notes: 'corrected through the API', version: 2 });
  expect((await request(t.app).get(`/v1/claims/${waitedOn}`).expect(200)).body.version).toBe(1);
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
