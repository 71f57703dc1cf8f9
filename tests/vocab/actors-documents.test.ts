import request from 'supertest';
import { sha256 } from '../../src/hash';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

describe('/v1/actors', () => {
  test('creates, reads, lists and edits actors, with affiliations and revisions', async () => {
    const knb = (
      await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({ kind: 'government_agency', name: 'National Security Committee', country: 'Kazakhstani', aliases: ['KNB'] })
        .expect(201)
    ).body;
    expect(knb).toMatchObject({ kind: 'government_agency', country: 'KZ', aliases: ['KNB'], affiliations: [], version: 1 });
    const person = (
      await request(t.app)
        .post('/v1/actors')
        .set(t.as.editor)
        .send({
          kind: 'person',
          name: 'Nurtai Abykaev',
          country: 'KZ',
          affiliations: [{ organization_id: knb.id, role: 'chairman', from: '2013-10', to: null }],
        })
        .expect(201)
    ).body;
    expect(person.affiliations).toEqual([
      { organization: { id: knb.id, name: 'National Security Committee' }, role: 'chairman', from: '2013-10', to: null },
    ]);

    const got = await request(t.app).get(`/v1/actors/${person.id}`).expect(200);
    expect(got.body).toEqual(person);
    expect(got.headers.etag).toMatch(/^"v1-[0-9a-f]{16}"$/);

    const listed = (await request(t.app).get('/v1/actors?q=knb').expect(200)).body.data;
    expect(listed.map((a: { id: number }) => a.id)).toEqual([knb.id]);
    const people = (await request(t.app).get('/v1/actors?kind=person').expect(200)).body.data;
    expect(people.map((a: { id: number }) => a.id)).toEqual([person.id]);

    await request(t.app).patch(`/v1/actors/${person.id}`).set(t.as.editor).send({ reliability: 'B' }).expect(428);
    const edited = (
      await request(t.app)
        .patch(`/v1/actors/${person.id}`)
        .set(t.as.editor)
        .set('If-Match', '"v1"')
        .send({
          reliability: 'B',
          affiliations: [{ organization_id: knb.id, role: 'chairman', from: '2013-10', to: '2015-09' }],
          reason: 'a test edit',
        })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ reliability: 'B', version: 2 });
    expect(edited.affiliations[0].to).toBe('2015-09');
    await request(t.app)
      .patch(`/v1/actors/${person.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v1"')
      .send({ reliability: 'C', reason: 'a test edit' })
      .expect(412);
    const revisions = await t.db('revisions').where({ entity: 'actor', entity_id: person.id }).orderBy('version');
    expect(revisions.map((r) => r.action)).toEqual(['create', 'update']);
    expect(Object.keys(revisions[1].changes).sort()).toEqual(['affiliations', 'reliability']);
  });

  test('rejects bad actors with the failing fields', async () => {
    const person = (await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'Someone' }).expect(201)).body;
    const bad = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'wizard', name: '', reliability: 'Z' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['/kind', '/name', '/reliability']);
    const refs = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({
        kind: 'person',
        name: 'X',
        country: 'Narnia',
        affiliations: [
          { organization_id: 999999, role: 'r' },
          { organization_id: person.id, role: 'r' },
        ],
      })
      .expect(422);
    expect(refs.body.errors.map((e: { field: string }) => e.field)).toEqual([
      '/country',
      '/affiliations/0/organization_id',
      '/affiliations/1/organization_id',
    ]);
    const orgWithRole = await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'ngo', name: 'Y', affiliations: [{ organization_id: person.id, role: 'r' }] })
      .expect(422);
    expect(orgWithRole.body.errors[0].field).toBe('/affiliations');
    await request(t.app).get('/v1/actors/999999').expect(404);
    await request(t.app).get('/v1/actors?kind=wizard').expect(400);
  });
});

describe('/v1/documents', () => {
  const text = 'Officials said that around 500 nationals had left. A later count gave 650.';

  test('stores the text with its sha256 and keeps quotes true to it on edits', async () => {
    const publisher = (
      await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'media_outlet', name: 'Daily Wire Service' }).expect(201)
    ).body;
    const doc = (
      await request(t.app)
        .post('/v1/documents')
        .set(t.as.editor)
        .send({
          kind: 'article',
          title: 'Nationals abroad',
          url: 'https://news.example/abroad',
          publisher_id: publisher.id,
          authors: ['A. Writer'],
          published_on: '2016-05',
          language: 'en',
          text,
        })
        .expect(201)
    ).body;
    expect(doc).toMatchObject({
      publisher: { id: publisher.id, name: 'Daily Wire Service' },
      published_on: '2016-05',
      has_text: true,
      text_sha256: sha256(text),
      text,
    });
    const listed = (await request(t.app).get(`/v1/documents?publisher=${publisher.id}`).expect(200)).body.data;
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('text');

    const [{ id: claimant }] = await t.db('actors').insert({ kind: 'person', name: 'An Official' }).returning('id');
    await t.db('metrics').insert({ code: 'foreign_fighters', label: 'Foreign fighters', unit: 'people', definition: 'd' });
    const claim = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'KZ',
          value: 500,
          approximation: 'approximately',
          value_text: 'around 500',
          claimant_id: claimant,
          sources: [{ document_id: doc.id, quote: 'around 500 nationals' }],
        })
        .expect(201)
    ).body;
    expect(claim.sources[0].start).toBe(text.indexOf('around 500'));

    const dropsQuote = await request(t.app)
      .patch(`/v1/documents/${doc.id}`)
      .set(t.as.editor)
      .set('If-Match', '"v1"')
      .send({ text: 'Officials said that some 500 nationals had left.', reason: 'a test edit' })
      .expect(422);
    expect(dropsQuote.body.errors[0]).toEqual({ field: '/text', message: expect.stringContaining(`claim ${claim.id}`) });
    expect((await t.db('documents').where({ id: doc.id }).first()).text).toBe(text);

    const moved = `Correction appended. ${text}`;
    const edited = (
      await request(t.app)
        .patch(`/v1/documents/${doc.id}`)
        .set(t.as.editor)
        .set('If-Match', '"v1"')
        .send({ text: moved, reason: 'correction' })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ version: 2, text_sha256: sha256(moved) });
    const source = await t.db('claim_sources').where({ claim_id: claim.id }).first();
    expect(source.start_offset).toBe(moved.indexOf('around 500'));
    // The claim's provenance moved with the text: a new version and a revision that says why.
    const relocated = await request(t.app).get(`/v1/claims/${claim.id}`).expect(200);
    expect(relocated.headers.etag).toMatch(/^"v2-[0-9a-f]{16}"$/);
    expect(relocated.body.sources[0]).toMatchObject({
      start: moved.indexOf('around 500'),
      prefix: moved.slice(moved.indexOf('around 500') - 32, moved.indexOf('around 500')),
    });
    const history = (await request(t.app).get(`/v1/claims/${claim.id}/history`).expect(200)).body.revisions;
    expect(history.map((r: { version: number; reason: string | null }) => [r.version, r.reason])).toEqual([
      [1, null],
      [2, `the text of document ${doc.id} changed: the quote was located anew`],
    ]);
    expect(Object.keys(history[1].changes)).toEqual(['sources']);
    const revisions = await t.db('revisions').where({ entity: 'document', entity_id: doc.id }).orderBy('version');
    expect(revisions.map((r) => [r.action, r.reason])).toEqual([
      ['create', null],
      ['update', 'correction'],
    ]);
    expect(revisions[1].snapshot).not.toHaveProperty('text');
  });

  test('an unknown publication date is allowed and served as null', async () => {
    const doc = (await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Undated', published_on: null }).expect(201))
      .body;
    expect(doc).toMatchObject({ published_on: null, has_text: false, text_sha256: null });
  });

  test('rejects bad documents with the failing fields', async () => {
    const bad = await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: '', url: 'javascript:alert(1)', published_on: '2016-13', language: 'english!' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['/title', '/url', '/published_on', '/language']),
    );
    const unknownPublisher = await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: 'T', publisher_id: 424242 })
      .expect(422);
    expect(unknownPublisher.body.errors).toEqual([{ field: '/publisher_id', message: 'actor 424242 does not exist' }]);
    await request(t.app).post('/v1/documents').set(t.as.reader).send({ title: 'T' }).expect(403);
    for (const retrieved_at of ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59-12:00', new Date(Date.now() + 3 * 86_400_000).toISOString()]) {
      const res = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'T', retrieved_at }).expect(422);
      expect(res.body.errors).toEqual([{ field: '/retrieved_at', message: 'must lie between 1990 and today' }]);
    }
    await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'T', retrieved_at: '2015-06-01T10:00:00Z' }).expect(201);
  });
});
