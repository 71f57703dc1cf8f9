import request from 'supertest';
import type { Knex } from 'knex';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';

/*
 * robust53: a new link to a retracted claim is refused (robust52), and so it stays when the retraction commits while the
 * link is being checked. The writer locks every claim it links to (FOR UPDATE, in id order, the lock a retraction takes)
 * before it reads whether it is retracted: it waits for the retraction and is refused. Read before the lock, the claim
 * was still active, and the link was saved to a retracted claim (its insert only waited for the retraction to commit).
 *
 * The race is made certain rather than hoped for: the test's own transaction holds the revision the retraction will
 * write (the same entity and version, uncommitted), so the retraction stops after marking its claim retracted and before
 * it commits; the linking request is sent then, and once it waits too, the test's transaction ends and both go on.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const create = async (fields: Record<string, unknown> = {}) =>
  (await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody(fields)).expect(201)).body.id as number;

/** Backends of this test's database waiting for a lock. */
async function waitingForLocks(): Promise<number> {
  const { rows } = await t.db.raw(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return rows[0].n;
}

async function untilWaiting(n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await waitingForLocks()) < n) {
    if (Date.now() > deadline) throw new Error(`fewer than ${n} backends came to wait for a lock`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Retracts `target` while `link` runs: the retraction is held after its update, `link` sent, and both let go once it
 * waits. Returns the linking response and the retraction's status.
 */
async function retractWhile(target: number, link: () => request.Test): Promise<{ linked: request.Response; retraction: number }> {
  const { version } = await t.db('claims').where({ id: target }).first('version');
  const hold: Knex.Transaction = await t.db.transaction();
  await hold('revisions').insert({
    entity: 'claim',
    entity_id: target,
    version: version + 1,
    action: 'update',
    author: 'test hold',
    changes: {},
    snapshot: {},
  });
  const retraction = request(t.app)
    .delete(`/v1/claims/${target}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ reason: 'entered in error' })
    .then((r) => r);
  await untilWaiting(1);
  const linked = link().then((r) => r);
  await untilWaiting(2);
  await hold.rollback();
  const [answer, retracted] = await Promise.all([linked, retraction]);
  return { linked: answer, retraction: retracted.status };
}

const refusal = (target: number, field = '/relations/0/claim_id') => ({
  field,
  message: `claim ${target} is retracted: a new relation may not point at it`,
});

/** Links now held to `target` that were recorded after it was retracted. */
async function linksAfterRetraction(target: number): Promise<number> {
  const { rows } = await t.db.raw(
    `SELECT count(*)::int AS n FROM claim_relations r JOIN claims c ON c.id = r.related_claim_id
     WHERE r.related_claim_id = ? AND c.status = 'retracted'`,
    [target],
  );
  return rows[0].n;
}

test.each(['contradicts', 'supersedes', 'part_of'])(
  'a new claim linking by %s to a claim whose retraction commits meanwhile is refused naming the relation',
  async (type) => {
    const target = await create();
    const { linked, retraction } = await retractWhile(target, () =>
      request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send(seedClaimBody({ relations: [{ type, claim_id: target }] })),
    );
    expect(retraction).toBe(200);
    expect(linked.status).toBe(422);
    expect(linked.headers['content-type']).toMatch(/problem\+json/);
    expect(linked.body.errors).toEqual([refusal(target)]);
    expect(await linksAfterRetraction(target)).toBe(0);
  },
);

test('an edit adding a link to a claim whose retraction commits meanwhile is refused naming the relation', async () => {
  const target = await create();
  const holder = await create();
  const { linked, retraction } = await retractWhile(target, () =>
    request(t.app)
      .patch(`/v1/claims/${holder}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ relations: [{ type: 'corroborates', claim_id: target }], reason: 'a link' }),
  );
  expect(retraction).toBe(200);
  expect(linked.status).toBe(422);
  expect(linked.body.errors).toEqual([refusal(target)]);
  expect(await linksAfterRetraction(target)).toBe(0);
});

test('an imported claim linking to a claim whose retraction commits meanwhile is refused naming its line', async () => {
  const target = await create();
  const line = {
    type: 'claim',
    metric: 'foreign_fighters',
    country: 'KZ',
    approximation: 'exact',
    value: 41,
    value_text: '41',
    claimant: 4,
    sources: [{ document: 1, quote: 'over 300' }],
    relations: [{ type: 'derived_from', claim: target }],
  };
  const { linked, retraction } = await retractWhile(target, () =>
    request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'application/x-ndjson').send(JSON.stringify(line)),
  );
  expect(retraction).toBe(200);
  expect(linked.status).toBe(422);
  expect(linked.body.errors).toEqual([expect.objectContaining({ line: 1, ...refusal(target, '/relations/0/claim') })]);
  expect(await linksAfterRetraction(target)).toBe(0);
});

test('an imported claim linking to a claim retracted before is refused as the API refuses it', async () => {
  const target = await create();
  await request(t.app)
    .delete(`/v1/claims/${target}`)
    .set(t.as.editor)
    .set('If-Match', '*')
    .send({ reason: 'entered in error' })
    .expect(200);
  const line = { ...seedImportLine(), relations: [{ type: 'supersedes', claim: target }] };
  const res = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(JSON.stringify(line));
  expect(res.status).toBe(422);
  expect(res.body.errors).toEqual([expect.objectContaining({ line: 1, ...refusal(target, '/relations/0/claim') })]);
  expect(await linksAfterRetraction(target)).toBe(0);
});

function seedImportLine(): Record<string, unknown> {
  return {
    type: 'claim',
    metric: 'foreign_fighters',
    country: 'KZ',
    approximation: 'exact',
    value: 41,
    value_text: '41',
    claimant: 4,
    sources: [{ document: 1, quote: 'over 300' }],
  };
}
