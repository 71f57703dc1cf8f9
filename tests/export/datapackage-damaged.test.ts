import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import * as revisionStore from '../../src/revisions/store';
import { createTestApp, TestApp } from '../support/app';
import { requestDataPackage } from '../support/datapackage';

/*
 * The data package writes each revision's changes as the API serves them: stored ones that are not changes (JSON null,
 * a string, a list, a field not from one value to another) are refused by the rule of the history and the revisions
 * export, a 503 naming the revision when met before the package's first byte, the package broken off when met after
 * it: never dumped into data/revisions.csv as if they were changes, never a package that ends as if complete.
 */
jest.setTimeout(120_000);

let t: TestApp;
let claimId: number;
let edited: { id: number; version: number };
let created: { id: number; version: number };
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  claimId = (await t.db('claims').orderBy('id', 'desc').first('id')).id;
  await request(t.app)
    .patch(`/v1/claims/${claimId}`)
    .set(t.as.editor)
    .set('If-Match', '"v1"')
    .send({ reason: 'a test edit', notes: 'Checked again.' })
    .expect(200);
  const revisions = await t.db('revisions').where({ entity: 'claim', entity_id: claimId }).orderBy('version').select('id', 'version');
  [created, edited] = [revisions[0], revisions[revisions.length - 1]];
});
afterAll(() => t.drop());

/** The data package's answer: its status and problem, or that it broke off. */
function packageOf(app: Express): Promise<{ status: number; code?: string; detail?: string } | { broken: string }> {
  return requestDataPackage(app).then(
    (res) => {
      const body = res.type === 'application/problem+json' ? JSON.parse((res.body as Buffer).toString('utf8')) : {};
      return { status: res.status, code: body.code, detail: body.detail };
    },
    (err: Error) => ({ broken: err.message }),
  );
}

test.each([`'"value"'`, `'[1, 2]'`, `'null'`, `'5'`, `'{"value": 5}'`])(
  'stored changes %s are a 503 naming the revision, before the first byte of the package',
  async (changes) => {
    await t.db.raw(`UPDATE revisions SET changes = ${changes}::jsonb WHERE id = ?`, [edited.id]);
    try {
      expect(await packageOf(t.app)).toEqual({
        status: 503,
        code: 'stored_data_damaged',
        detail: expect.stringContaining(`(claim ${claimId}, revision ${edited.version}, at /changes`),
      });
    } finally {
      await t.db.raw(`UPDATE revisions SET changes = '{"notes": {"from": null, "to": "Checked again."}}' WHERE id = ?`, [edited.id]);
    }
  },
);

test('a create whose snapshot is not an object, its changes unreadable, is a 503 naming it, as the history answers', async () => {
  const { snapshot } = await t.db('revisions').where({ id: created.id }).first('snapshot');
  await t.db.raw(`UPDATE revisions SET snapshot = '"garbage"' WHERE id = ?`, [created.id]);
  try {
    const history = await request(t.app).get(`/v1/claims/${claimId}/history`);
    const named = `(claim ${claimId}, revision ${created.version}, at /changes)`;
    expect(history.body.detail).toContain(named);
    expect(await packageOf(t.app)).toEqual({ status: 503, code: 'stored_data_damaged', detail: expect.stringContaining(named) });
  } finally {
    await t
      .db('revisions')
      .where({ id: created.id })
      .update({ snapshot: JSON.stringify(snapshot) });
  }
});

test('damaged changes met after the first byte break the package off, never a whole package dumping them', async () => {
  // Batches one row short of the revisions: the damaged revision, the last, is read after the package began.
  const [{ n }] = await t.db('revisions').count({ n: '*' });
  const app = await createApp({ db: t.db, config: { ...loadConfig({ NODE_ENV: 'test' }), exportBatchSize: Number(n) - 1 } });
  expect(await packageOf(app)).toMatchObject({ status: 200 });
  await t.db.raw(`UPDATE revisions SET changes = 'null' WHERE id = ?`, [edited.id]);
  try {
    // At once: it had waited for the stall watchdog's 30 s.
    const started = Date.now();
    expect(await packageOf(app)).toEqual({ broken: 'aborted' });
    expect(Date.now() - started).toBeLessThan(15_000);
  } finally {
    await t.db.raw(`UPDATE revisions SET changes = '{"notes": {"from": null, "to": "Checked again."}}' WHERE id = ?`, [edited.id]);
  }
});

test.each([
  ['a batch holds them all', 0],
  ['they take two batches', 1],
])('each revision is checked once, when %s', async (_name, short) => {
  const [{ n }] = await t.db('revisions').count({ n: '*' });
  const app = await createApp({ db: t.db, config: { ...loadConfig({ NODE_ENV: 'test' }), exportBatchSize: Number(n) - short } });
  const checked = jest.spyOn(revisionStore, 'checkedChanges');
  try {
    expect(await packageOf(app)).toMatchObject({ status: 200 });
    // The first batch had been checked before the first byte, then again as it was written: twice.
    const ids = checked.mock.calls.map(([r]) => `${r.entity} ${r.entity_id} ${r.version}`);
    expect(ids).toHaveLength(Number(n));
    expect(new Set(ids).size).toBe(Number(n));
  } finally {
    checked.mockRestore();
  }
});
