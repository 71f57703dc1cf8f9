import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

// Races that must not store what a single request could not: each is tried many times with real concurrency
// against real PostgreSQL, and the stored rows are checked afterwards.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const TEXT = 'Officials said 120 fighters had left. Later reports said 140 fighters. The ministry counted 160 returnees.';
const DROPPED = 'Officials said 120 fighters had left. The ministry counted 160 returnees.';

async function newDocument(text = TEXT): Promise<{ id: number; etag: string }> {
  const res = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ kind: 'report', title: `Doc ${Math.random()}`, text })
    .expect(201);
  return { id: res.body.id, etag: res.headers.etag };
}

const claim = (documentId: number, quote: string, extra: object = {}) => ({
  metric: 'foreign_fighters',
  country: 'KZ',
  approximation: 'exact',
  value: 140,
  value_text: '140',
  claimant_id: 4,
  sources: [{ document_id: documentId, quote }],
  ...extra,
});

/** Every stored quote occurs in its document's stored text, at the offsets stored with it. */
async function quotesHold(): Promise<string[]> {
  const rows = await t
    .db('claim_sources as s')
    .join('documents as d', 'd.id', 's.document_id')
    .whereNotNull('d.text')
    .select('s.claim_id', 's.quote', 's.start_offset', 'd.text');
  return rows
    .filter((r) => r.text.indexOf(r.quote) < 0 || r.text.slice(r.start_offset, r.start_offset + r.quote.length) !== r.quote)
    .map((r) => `claim ${r.claim_id}: "${r.quote}"`);
}

describe('quotes are checked against the committed text', () => {
  test('a claim created while its document text drops the quote: never both', async () => {
    for (let round = 0; round < 15; round++) {
      const doc = await newDocument();
      const [created, edited] = await Promise.all([
        request(t.app).post('/v1/claims').set(t.as.editor).send(claim(doc.id, 'Later reports said 140 fighters.')),
        request(t.app)
          .patch(`/v1/documents/${doc.id}`)
          .set(t.as.editor)
          .set('If-Match', doc.etag)
          .send({ text: DROPPED, reason: 'a test edit' }),
      ]);
      expect([
        [201, 422],
        [422, 200],
      ]).toContainEqual([created.status, edited.status]);
    }
    expect(await quotesHold()).toEqual([]);
  });

  test('a claim whose sources are edited while the document text changes: never both', async () => {
    for (let round = 0; round < 15; round++) {
      const doc = await newDocument();
      const made = (await request(t.app).post('/v1/claims').set(t.as.editor).send(claim(doc.id, 'Officials said 120 fighters')).expect(201))
        .body;
      const [patched, edited] = await Promise.all([
        request(t.app)
          .patch(`/v1/claims/${made.id}`)
          .set(t.as.editor)
          .set('If-Match', '*')
          .send({ reason: 'a test edit', sources: [{ document_id: doc.id, quote: 'Later reports said 140 fighters.' }] }),
        request(t.app)
          .patch(`/v1/documents/${doc.id}`)
          .set(t.as.editor)
          .set('If-Match', doc.etag)
          .send({ text: DROPPED, reason: 'a test edit' }),
      ]);
      expect([
        [200, 422],
        [422, 200],
      ]).toContainEqual([patched.status, edited.status]);
    }
    expect(await quotesHold()).toEqual([]);
  });

  test('an import whose quote a concurrent text edit drops: never both', async () => {
    for (let round = 0; round < 10; round++) {
      const doc = await newDocument();
      const line = JSON.stringify({
        type: 'claim',
        metric: 'foreign_fighters',
        country: 'KZ',
        approximation: 'exact',
        value: 140,
        value_text: '140',
        claimant: 4,
        sources: [{ document: doc.id, quote: 'Later reports said 140 fighters.' }],
      });
      const [imported, edited] = await Promise.all([
        request(t.app)
          .post('/v1/import')
          .set(t.as.editor)
          .set('Content-Type', 'application/x-ndjson')
          .send(line + '\n'),
        request(t.app)
          .patch(`/v1/documents/${doc.id}`)
          .set(t.as.editor)
          .set('If-Match', doc.etag)
          .send({ text: DROPPED, reason: 'a test edit' }),
      ]);
      expect([
        [200, 422],
        [422, 200],
      ]).toContainEqual([imported.status, edited.status]);
    }
    expect(await quotesHold()).toEqual([]);
  });
});

describe('relation graphs stay acyclic', () => {
  const newClaim = async (value: number) =>
    (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'RU',
          approximation: 'exact',
          value,
          value_text: String(value),
          claimant_id: 6,
          sources: [{ document_id: 1, quote: '1,500' }],
        })
        .expect(201)
    ).body.id as number;

  /** Loops among links of `type` (claim ids on a loop), found by PostgreSQL over the stored rows. */
  async function loops(type: string): Promise<number[]> {
    const { rows } = await t.db.raw(
      `
      WITH RECURSIVE walk(start, id, depth) AS (
        SELECT claim_id, related_claim_id, 1 FROM claim_relations WHERE type = ?
        UNION
        SELECT w.start, r.related_claim_id, w.depth + 1 FROM claim_relations r JOIN walk w ON r.claim_id = w.id WHERE r.type = ? AND w.depth < 50
      ) SELECT DISTINCT start FROM walk WHERE id = start`,
      [type, type],
    );
    return rows.map((r: { start: number }) => Number(r.start));
  }

  test.each(['supersedes', 'part_of', 'derived_from'])('concurrent edits cannot close a %s loop 1→2→3→4→1', async (type) => {
    for (let round = 0; round < 8; round++) {
      const ids = [await newClaim(1), await newClaim(2), await newClaim(3), await newClaim(4)];
      const results = await Promise.all(
        ids.map((id, i) =>
          request(t.app)
            .patch(`/v1/claims/${id}`)
            .set(t.as.editor)
            .set('If-Match', '*')
            .send({ reason: 'a test edit', relations: [{ type, claim_id: ids[(i + 1) % 4] }] }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 422]);
      const refused = results.find((r) => r.status === 422)!;
      expect(refused.body.errors[0]).toMatchObject({ field: '/relations/0/claim_id', message: expect.stringMatching(/cycle/) });
    }
    expect(await loops(type)).toEqual([]);
  });

  test('a part_of loop is refused one request at a time too, through the API and the import', async () => {
    const [a, b, c] = [await newClaim(11), await newClaim(12), await newClaim(13)];
    await request(t.app)
      .patch(`/v1/claims/${a}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ reason: 'a test edit', relations: [{ type: 'part_of', claim_id: b }] })
      .expect(200);
    await request(t.app)
      .patch(`/v1/claims/${b}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ reason: 'a test edit', relations: [{ type: 'part_of', claim_id: c }] })
      .expect(200);
    const res = await request(t.app)
      .patch(`/v1/claims/${c}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ reason: 'a test edit', relations: [{ type: 'part_of', claim_id: a }] })
      .expect(422);
    expect(res.body.errors[0].field).toBe('/relations/0/claim_id');
    const imported = await request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .send(JSON.stringify({ type: 'relation', claim: c, relation: 'part_of', target: a }) + '\n')
      .expect(422);
    expect(imported.body.errors[0]).toMatchObject({ line: 1 });
    expect(await loops('part_of')).toEqual([]);
  });
});

describe('ETags change when anything served changes', () => {
  test('editing a document title, a publisher or a claimant changes the claim ETag; a stale one is a 412', async () => {
    const first = await request(t.app).get('/v1/claims/2').expect(200);
    const docId = first.body.sources[0].document.id;
    const doc = await request(t.app).get(`/v1/documents/${docId}`).expect(200);
    await request(t.app)
      .patch(`/v1/documents/${docId}`)
      .set(t.as.editor)
      .set('If-Match', doc.headers.etag)
      .send({ title: 'A new title', reason: 'a test edit' })
      .expect(200);
    const second = await request(t.app).get('/v1/claims/2').expect(200);
    expect(second.body.version).toBe(first.body.version);
    expect(second.headers.etag).not.toBe(first.headers.etag);

    const claimant = await request(t.app).get(`/v1/actors/${first.body.claimant.id}`).expect(200);
    await request(t.app)
      .patch(`/v1/actors/${first.body.claimant.id}`)
      .set(t.as.editor)
      .set('If-Match', claimant.headers.etag)
      .send({ name: 'N. Abykaev', reason: 'a test edit' })
      .expect(200);
    const third = await request(t.app).get('/v1/claims/2').expect(200);
    expect(third.headers.etag).not.toBe(second.headers.etag);

    // The publisher's name is served with the document.
    const publisherId = doc.body.publisher.id;
    const publisher = await request(t.app).get(`/v1/actors/${publisherId}`).expect(200);
    const docBefore = await request(t.app).get(`/v1/documents/${docId}`).expect(200);
    await request(t.app)
      .patch(`/v1/actors/${publisherId}`)
      .set(t.as.editor)
      .set('If-Match', publisher.headers.etag)
      .send({ name: 'Radio Free Europe', reason: 'a test edit' })
      .expect(200);
    const docAfter = await request(t.app).get(`/v1/documents/${docId}`).expect(200);
    expect(docAfter.headers.etag).not.toBe(docBefore.headers.etag);

    // If-Match with a stale ETag is refused, with the current one accepted.
    await request(t.app)
      .patch('/v1/claims/2')
      .set(t.as.editor)
      .set('If-Match', first.headers.etag)
      .send({ reason: 'a test edit', credibility: 2 })
      .expect(412);
    await request(t.app)
      .patch(`/v1/documents/${docId}`)
      .set(t.as.editor)
      .set('If-Match', docBefore.headers.etag)
      .send({ notes: 'x', reason: 'a test edit' })
      .expect(412);
    const latest = await request(t.app).get('/v1/claims/2').expect(200);
    const patched = await request(t.app)
      .patch('/v1/claims/2')
      .set(t.as.editor)
      .set('If-Match', latest.headers.etag)
      .send({ reason: 'a test edit', credibility: 2 })
      .expect(200);
    expect((await request(t.app).get('/v1/claims/2').expect(200)).headers.etag).toBe(patched.headers.etag);
  });
});

describe('actors and keys', () => {
  test('an organization people are affiliated with cannot become a person (409), even while one is affiliated', async () => {
    const org = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'government_agency', name: 'Agency X' }).expect(201))
      .body;
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'person', name: 'Member X', affiliations: [{ organization_id: org.id, role: 'head' }] })
      .expect(201);
    const res = await request(t.app)
      .patch(`/v1/actors/${org.id}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ kind: 'person', reason: 'a test edit' })
      .expect(409);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors[0].field).toBe('/kind');
    expect((await t.db('actors').where({ id: org.id }).first()).kind).toBe('government_agency');

    for (let round = 0; round < 10; round++) {
      const lone = (
        await request(t.app)
          .post('/v1/actors')
          .set(t.as.editor)
          .send({ kind: 'ngo', name: `Lone ${round}` })
          .expect(201)
      ).body;
      const [member, turned] = await Promise.all([
        request(t.app)
          .post('/v1/actors')
          .set(t.as.editor)
          .send({ kind: 'person', name: `Joiner ${round}`, affiliations: [{ organization_id: lone.id, role: 'member' }] }),
        request(t.app).patch(`/v1/actors/${lone.id}`).set(t.as.editor).set('If-Match', '*').send({ kind: 'person', reason: 'a test edit' }),
      ]);
      expect([
        [201, 409],
        [422, 200],
      ]).toContainEqual([member.status, turned.status]);
    }
    const { rows } = await t.db.raw(
      `SELECT af.id FROM actor_affiliations af JOIN actors o ON o.id = af.organization_id WHERE o.kind = 'person'`,
    );
    expect(rows).toEqual([]);
  });

  test('the last active admin key cannot be revoked (409), even by two admins at once', async () => {
    const keys = (await request(t.app).get('/v1/keys').set(t.as.admin).expect(200)).body.data;
    const mine = keys.find((k: { name: string }) => k.name === 'test admin');
    const other = (await request(t.app).post('/v1/keys').set(t.as.admin).send({ name: 'second admin', role: 'admin' }).expect(201)).body;
    const asOther = { Authorization: `Bearer ${other.secret}` };
    for (const k of keys)
      if (k.role === 'admin' && k.id !== mine.id && !k.revoked_at)
        await request(t.app).delete(`/v1/keys/${k.id}`).set(t.as.admin).expect(200);
    const [a, b] = await Promise.all([
      request(t.app).delete(`/v1/keys/${other.id}`).set(t.as.admin),
      request(t.app).delete(`/v1/keys/${mine.id}`).set(asOther),
    ]);
    // One revocation wins. The other is refused: 409 when both held their keys at once, or 401 when its own key was
    // already revoked by the winner before it was authenticated (the order depends on load; both are right).
    const [won, refused] = [a.status, b.status].sort();
    expect(won).toBe(200);
    expect([401, 409]).toContain(refused);
    const active = await t.db('api_keys').where({ role: 'admin' }).whereNull('revoked_at');
    expect(active).toHaveLength(1);
    const survivor = active[0].id === mine.id ? t.as.admin : asOther;
    const last = await request(t.app).delete(`/v1/keys/${active[0].id}`).set(survivor).expect(409);
    expect(last.body.detail).toMatch(/last active admin key/);
  });
});
