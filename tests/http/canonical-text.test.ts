import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';

/*
 * Text that reads the same is one text: "é" as one character (U+00E9, NFC) and as "e" with a combining acute accent
 * (U+0065 U+0301, NFD, as macOS and some PDFs write it) are read in the composed form on every way in. They had been
 * kept as sent: "Curaçao" typed decomposed was "not a known country" (in a message that printed the same word), a
 * quote did not "occur exactly" in a text stored in the other form, and two keys that read the same made two claims.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const composed = 'Cura\u00e7ao';
const decomposed = 'Curac\u0327ao';

test('a place or a group named in either form is found: in a body, a filter and a path', async () => {
  expect(decomposed).not.toBe(composed);
  const claim = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ country: decomposed }))
    .expect(201);
  expect(claim.body.country).toBe('CW');
  const listed = await request(t.app).get('/v1/claims').query({ country: decomposed }).expect(200);
  expect(listed.body.data.map((c: { id: number }) => c.id)).toEqual([claim.body.id]);
  expect(
    (
      await request(t.app)
        .get(`/v1/countries/${encodeURIComponent(decomposed)}`)
        .expect(200)
    ).body.code,
  ).toBe('CW');

  await request(t.app)
    .post('/v1/groups')
    .set(t.as.editor)
    .send({ slug: 'front-example', name: 'Front de libe\u0301ration example', aliases: ['Fe\u0301de\u0301ration example'] })
    .expect(201);
  const group = await request(t.app)
    .get(`/v1/groups/${encodeURIComponent('F\u00e9d\u00e9ration example')}`)
    .expect(200);
  expect({ slug: group.body.slug, name: group.body.name, aliases: group.body.aliases }).toEqual({
    slug: 'front-example',
    name: 'Front de lib\u00e9ration example',
    aliases: ['F\u00e9d\u00e9ration example'],
  });
});

test('a quote matches a document text stored in the other form, and both are stored composed', async () => {
  const doc = await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ title: 'Re\u0301fugie\u0301s', text: 'Le ministe\u0300re a compte\u0301 40 re\u0301fugie\u0301s a\u0300 Tunis.' })
    .expect(201);
  expect(doc.body.title).toBe('R\u00e9fugi\u00e9s');
  const stored = await t.db('documents').where({ id: doc.body.id }).first('text');
  expect(stored.text).toBe('Le minist\u00e8re a compt\u00e9 40 r\u00e9fugi\u00e9s \u00e0 Tunis.');

  for (const quote of ['40 r\u00e9fugi\u00e9s \u00e0 Tunis', '40 re\u0301fugie\u0301s a\u0300 Tunis']) {
    const res = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(seedClaimBody({ sources: [{ document_id: doc.body.id, quote }] }))
      .expect(201);
    expect(res.body.sources[0]).toMatchObject({
      quote: '40 r\u00e9fugi\u00e9s \u00e0 Tunis',
      prefix: 'Le minist\u00e8re a compt\u00e9 ',
      start: 22,
    });
  }
  // full text search in either form finds them
  for (const q of ['r\u00e9fugi\u00e9s', 're\u0301fugie\u0301s']) {
    const found = await request(t.app).get('/v1/claims').query({ q }).expect(200);
    expect({ q, n: found.body.data.length }).toEqual({ q, n: 2 });
  }
});

test('keys that read the same are one key: through the API and through the import', async () => {
  await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ key: 'cl\u00e9-kz-40' }))
    .expect(201);
  const before = await tableChecksums(t.db);
  const again = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ key: 'cle\u0301-kz-40' }));
  expect({ status: again.status, errors: again.body.errors }).toEqual({
    status: 409,
    errors: [{ field: '/key', message: 'must be unique' }],
  });

  const line = JSON.stringify({ type: 'claim', ...seedClaimBody({ key: 'cle\u0301-kz-40', claimant: 4, claimant_id: undefined }) }).replace(
    /"document_id"/,
    '"document"',
  );
  const imported = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(line)
    .expect(200);
  expect(imported.body.claims).toEqual({ created: 0, updated: 0, unchanged: 1 });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('what the ledger only reads is read as sent, and invisible characters are kept', async () => {
  const text = 'Some 50 Kazakhs left for Curac\u0327ao, officials said.';
  const extraction = await request(t.app).post('/v1/extract').set(t.as.editor).send({ text }).expect(200);
  expect(extraction.body.text).toBe(text);
  for (const c of extraction.body.candidates as { start: number; end: number; value_text: string }[])
    expect(text.slice(c.start, c.end)).toBe(c.value_text);

  // A zero-width non-joiner is part of a Persian name; a zero-width space is kept too, so these are two actors.
  const names = ['Mehr\u200cdad Example', 'Jos\u00e9\u200b Example'];
  for (const name of names) {
    const res = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name }).expect(201);
    expect(res.body.name).toBe(name);
  }
});

test('a text stored decomposed before is still quoted, in either form, and the quote kept as the text writes it', async () => {
  // As a text stored before the ledger read text composed: straight into the table.
  const text = 'Le ministe\u0300re a compte\u0301 12 re\u0301fugie\u0301s a\u0300 Sfax.';
  const [{ id }] = await t.db('documents').insert({ kind: 'article', title: 'Legacy', text, text_sha256: 'x' }).returning('id');
  const res = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ key: 'legacy-nfd', sources: [{ document_id: id, quote: '12 r\u00e9fugi\u00e9s' }] }))
    .expect(201);
  expect(res.body.sources[0]).toMatchObject({ quote: '12 re\u0301fugie\u0301s', start: 24, end: 37 });
  expect(text.slice(24, 37)).toBe('12 re\u0301fugie\u0301s');

  // The spreadsheet round trip leaves it alone, although every cell is read composed.
  const csv = await request(t.app).get('/v1/export/claims').query({ format: 'csv', document: id }).expect(200);
  const again = await request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'text/csv').send(csv.text).expect(200);
  expect(again.body.claims).toEqual({ created: 0, updated: 0, unchanged: 1 });

  // Its text stored again (composed now): the quote follows it into the composed form, at its place.
  const doc = await request(t.app).get(`/v1/documents/${id}`).expect(200);
  await request(t.app)
    .patch(`/v1/documents/${id}`)
    .set(t.as.editor)
    .set('If-Match', doc.headers.etag)
    .send({ text, reason: 'a test edit' })
    .expect(200);
  const claim = await request(t.app).get(`/v1/claims/${res.body.id}`).expect(200);
  expect(claim.body.sources[0]).toMatchObject({ quote: '12 r\u00e9fugi\u00e9s', start: 22, end: 33 });
});
