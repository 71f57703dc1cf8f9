import { Client } from 'pg';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';

/*
 * robust54: an import takes the claim locks its lines will take before it writes, in id order as every other write
 * (ClaimStore.lockInOrder). Taken line by line, an import changing claim B then claim A (A < B) held B while it waited
 * for A; a writer holding A (a create linking to A and B locks A, then B) then waited for B: a deadlock, which PostgreSQL
 * broke by failing one of them (the import answered 503). Here the other writer is the test's own transaction, holding A,
 * then asking for B once the import waits.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const create = async () => (await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201)).body.id as number;

/** A line changing claim `id`'s notes, as a researcher writes it from the claim read through the API. */
async function noteLine(id: number, notes: string): Promise<string> {
  const c = (await request(t.app).get(`/v1/claims/${id}`).expect(200)).body;
  const { metric, country, approximation, value, value_low, value_high, value_text } = c;
  const sources = c.sources.map((s: { document: { id: number }; quote: string }) => ({ document: s.document.id, quote: s.quote }));
  return JSON.stringify({
    type: 'claim',
    id,
    metric,
    country,
    approximation,
    value,
    value_low,
    value_high,
    value_text,
    claimant: c.claimant.id,
    sources,
    notes,
  });
}

async function untilWaiting(holder: Client): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await holder.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (rows[0].n > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the import never came to wait for a lock');
}

test.each(['by id', 'by relation lines'])(
  'an import changing a later claim before an earlier one (%s) waits for a writer holding the earlier, no deadlock',
  async (how) => {
    const a = await create();
    const b = await create();
    const body =
      how === 'by id'
        ? `${await noteLine(b, 'second first')}\n${await noteLine(a, 'first second')}\n`
        : [
            { type: 'relation', claim: b, relation: 'corroborates', target: await create() },
            { type: 'relation', claim: a, relation: 'contradicts', target: await create() },
          ]
            .map((l) => JSON.stringify(l))
            .join('\n');
    const holder = new Client({ connectionString: t.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM claims WHERE id = $1 FOR UPDATE', [a]);
      const importing = request(t.app)
        .post('/v1/import')
        .set(t.as.editor)
        .set('Content-Type', 'application/x-ndjson')
        .send(body)
        .then((r) => r);
      await untilWaiting(holder);
      // The import waits for A holding nothing of B: the other writer takes B at once.
      await holder.query("SET LOCAL lock_timeout = '3s'");
      await holder.query('SELECT id FROM claims WHERE id = $1 FOR UPDATE', [b]);
      await holder.query('COMMIT');
      const res = await importing;
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject(how === 'by id' ? { claims: { updated: 2 } } : { relations: { created: 2 } });
    } finally {
      await holder.end();
    }
  },
);
