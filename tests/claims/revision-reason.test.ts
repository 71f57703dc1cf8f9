import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const reasons = async (id: number) =>
  (await t.db('revisions').where({ entity: 'claim', entity_id: id }).orderBy('version').select('version', 'reason')).map((r) => r.reason);

describe('a claim edit says why (a revision reason is provenance)', () => {
  test.each([
    ['without a reason', { credibility: 2 }],
    ['with a blank reason', { credibility: 2, reason: ' \u200b ' }],
    ['with a null reason', { credibility: 2, reason: null }],
  ])('a PATCH %s is refused naming reason and changes nothing', async (_name, body) => {
    const before = await tableChecksums(t.db);
    const res = await request(t.app).patch('/v1/claims/2').set(t.as.editor).set('If-Match', '*').send(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['/reason']);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('a PATCH without a reason is a 422 whose error says what to do', async () => {
    const res = await request(t.app).patch('/v1/claims/2').set(t.as.editor).set('If-Match', '*').send({ notes: 'unsaid' }).expect(422);
    expect(res.body.errors).toEqual([{ field: '/reason', message: 'must be filled in: say why the claim changes' }]);
    expect((await request(t.app).get('/v1/claims/2').expect(200)).body.notes).not.toBe('unsaid');
  });

  test('a PATCH with a reason is saved and its revision carries the reason', async () => {
    const versions = (await reasons(3)).length;
    const res = await request(t.app)
      .patch('/v1/claims/3')
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ credibility: 3, reason: 'a second source agrees' })
      .expect(200);
    expect(res.body.credibility).toBe(3);
    const after = await reasons(3);
    expect(after).toHaveLength(versions + 1);
    expect(after.at(-1)).toBe('a second source agrees');
    const history = await request(t.app).get('/v1/claims/3/history').expect(200);
    expect(history.body.revisions.at(-1)).toMatchObject({ action: 'update', reason: 'a second source agrees' });
  });

  test('an import line that changes a claim without any reason records the import own reason', async () => {
    // The claim line as a researcher writes it from the claim read through the API, with a new grade and no reason.
    const c = (await request(t.app).get('/v1/claims/4').expect(200)).body;
    const { metric, country, approximation, value, value_low, value_high, value_text } = c;
    const sources = c.sources.map((s: { document: { id: number }; quote: string }) => ({ document: s.document.id, quote: s.quote }));
    const given = { metric, country, approximation, value, value_low, value_high, value_text, claimant: c.claimant.id, sources };
    const res = await request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .set('Content-Type', 'application/x-ndjson')
      .send(`${JSON.stringify({ type: 'claim', id: 4, ...given, credibility: 4 })}\n`);
    expect(res.status).toBe(200);
    expect((await reasons(4)).at(-1)).toBe('import, line 1');
  });
});

describe('every revision says why, by one rule: claims, actors, documents, retractions', () => {
  const edits: [string, string, (body: object) => request.Test][] = [
    ['a claim PATCH', 'claim', (body) => request(t.app).patch('/v1/claims/2').set(t.as.editor).set('If-Match', '*').send(body)],
    ['an actor PATCH', 'actor', (body) => request(t.app).patch('/v1/actors/1').set(t.as.editor).set('If-Match', '*').send(body)],
    ['a document PATCH', 'document', (body) => request(t.app).patch('/v1/documents/1').set(t.as.editor).set('If-Match', '*').send(body)],
    ['a claim retraction', 'claim', (body) => request(t.app).delete('/v1/claims/2').set(t.as.editor).send(body)],
  ];
  const changes: Record<string, object> = { claim: { notes: 'unsaid' }, actor: { notes: 'unsaid' }, document: { notes: 'unsaid' } };
  test.each(
    edits.flatMap(([name, revised, send]) => [
      [name, 'without a reason', revised, send, {}],
      [name, 'with a null reason', revised, send, { reason: null }],
      [name, 'with a blank reason', revised, send, { reason: ' \u200b ' }],
    ]),
  )('%s %s is a 422 naming /reason, the same problem for all, and changes nothing', async (name, _how, revised, send, reason) => {
    const before = await tableChecksums(t.db);
    const body = name.includes('retraction') ? reason : { ...changes[revised as string], ...(reason as object) };
    const res = await (send as (body: object) => request.Test)(body);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect({ title: res.body.title, detail: res.body.detail, errors: res.body.errors }).toEqual({
      title: expect.any(String),
      detail: `The ${revised} cannot be ${name.includes('retraction') ? 'retracted' : 'edited'} without a reason.`,
      errors: [{ field: '/reason', message: `must be filled in: say why the ${revised} changes` }],
    });
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('a retraction with no body and no ?reason= is the same 422', async () => {
    const res = await request(t.app).delete('/v1/claims/2').set(t.as.editor).expect(422);
    expect(res.body.errors).toEqual([{ field: '/reason', message: 'must be filled in: say why the claim changes' }]);
  });

  test('an actor and a document edited with a reason carry it in their revisions', async () => {
    for (const [path, entity] of [
      ['/v1/actors/1', 'actor'],
      ['/v1/documents/1', 'document'],
    ]) {
      await request(t.app)
        .patch(path)
        .set(t.as.editor)
        .set('If-Match', '*')
        .send({ notes: 'checked', reason: 'checked again' })
        .expect(200);
      const [last] = await t.db('revisions').where({ entity, entity_id: 1 }).orderBy('version', 'desc').limit(1);
      expect(last).toMatchObject({ action: 'update', reason: 'checked again' });
    }
  });

  test('an import line that changes an actor or a document without a reason records the request reason, else the import own', async () => {
    const importing = (lines: object[], query = '') =>
      request(t.app)
        .post(`/v1/import${query}`)
        .set(t.as.editor)
        .set('Content-Type', 'application/x-ndjson')
        .send(lines.map((l) => `${JSON.stringify(l)}\n`).join(''))
        .expect(200);
    const actor = { type: 'actor', key: 'reason-test/actor', kind: 'ngo', name: 'Reason Test Watch' };
    const doc = { type: 'document', key: 'reason-test/document', title: 'Reason test report' };
    await importing([actor, doc]);
    const ids = {
      actor: (await t.db('actors').where({ key: actor.key }).first()).id,
      document: (await t.db('documents').where({ key: doc.key }).first()).id,
    };
    const last = async (entity: 'actor' | 'document') =>
      (await t.db('revisions').where({ entity, entity_id: ids[entity] }).orderBy('version', 'desc').first()).reason;
    await importing([
      { ...actor, notes: 'imported note' },
      { ...doc, notes: 'imported note' },
    ]);
    expect([await last('actor'), await last('document')]).toEqual(['import, line 1', 'import, line 2']);
    await importing([{ ...actor, notes: 'archived note' }], '?reason=notes+from+the+archive');
    expect(await last('actor')).toBe('notes from the archive');
  });
});
