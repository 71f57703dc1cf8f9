import http from 'node:http';
import request from 'supertest';
import { createTestApp, listen, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';
import { BATCH_SIZE } from '../../src/import/service';
import { servedChanges } from '../../src/revisions/store';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const TEXT = 'The ministry said that about 400 nationals had left to fight in Syria, and over 90 had come back.';
const ndjson = (lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
const post = (body: string | Buffer, auth = t.as.editor) =>
  request(t.app).post('/v1/import').set(auth).set('Content-Type', 'application/x-ndjson').send(body);

const lines = () => [
  { type: 'actor', key: 'moi-xx', kind: 'government_agency', name: 'Import Test Ministry', country: 'KZ' },
  { type: 'document', key: 'doc-1', kind: 'statement', title: 'Ministry statement', publisher: 'moi-xx', text: TEXT },
  {
    type: 'claim',
    key: 'c-400',
    metric: 'foreign_fighters',
    country: 'Kazakh',
    approximation: 'approximately',
    value: 400,
    value_text: 'about 400',
    as_of: '2015',
    claimant: 'moi-xx',
    sources: [{ document: 'doc-1', quote: 'about 400 nationals had left' }],
  },
  {
    type: 'claim',
    key: 'c-90',
    metric: 'returnees',
    country: 'KZ',
    approximation: 'more_than',
    value: 90,
    value_text: 'over 90',
    claimant: 'moi-xx',
    sources: [{ document: 'doc-1', quote: 'over 90 had come back' }],
    relations: [{ type: 'part_of', claim: 'c-400' }],
  },
  { type: 'relation', claim: 'c-400', relation: 'corroborates', target: 1 },
];

test('a good import commits everything, with revisions authored by the key’s name', async () => {
  const res = await post(ndjson(lines())).expect(200);
  expect(res.body).toEqual({
    lines: 5,
    actors: { created: 1, updated: 0, unchanged: 0 },
    documents: { created: 1, updated: 0, unchanged: 0 },
    claims: { created: 2, updated: 0, unchanged: 0 },
    relations: { created: 2, updated: 0, unchanged: 0 },
  });
  const c90 = await t.db('claims').where({ key: 'c-90' }).first();
  const c400 = await t.db('claims').where({ key: 'c-400' }).first();
  expect(c90).toMatchObject({ metric: 'returnees', country: 'KZ', value: 90, approximation: 'more_than' });
  const served = (await request(t.app).get(`/v1/claims/${c90.id}`).expect(200)).body;
  expect(served.sources[0]).toMatchObject({ quote: 'over 90 had come back', start: TEXT.indexOf('over 90'), prefix: expect.any(String) });
  expect(served.relations).toEqual([expect.objectContaining({ type: 'part_of', claim_id: c400.id })]);
  const revisions = await t.db('revisions').where({ entity: 'claim' }).whereIn('entity_id', [c90.id, c400.id]).orderBy('id');
  expect(revisions.map((r) => [r.entity_id, r.version, r.action, r.author])).toEqual([
    [c400.id, 1, 'create', 'test editor'],
    [c90.id, 1, 'create', 'test editor'],
    [c400.id, 2, 'update', 'test editor'],
  ]);
  expect(revisions[0].snapshot).toMatchObject({ id: c400.id, value: 400, key: 'c-400' });
});

test('re-importing the same file changes nothing; a changed claim becomes a revision', async () => {
  const before = await tableChecksums(t.db);
  const again = await post(ndjson(lines())).expect(200);
  expect(again.body.claims).toEqual({ created: 0, updated: 0, unchanged: 2 });
  expect(again.body.actors).toEqual({ created: 0, updated: 0, unchanged: 1 });
  expect(again.body.relations).toEqual({ created: 0, updated: 0, unchanged: 1 });
  expect(await tableChecksums(t.db)).toEqual(before);

  const changed = lines();
  Object.assign(changed[3], { value: 95, value_text: 'over 95', sources: [{ document: 'doc-1', quote: 'over 90 had come back' }] });
  const res = await post(ndjson(changed)).expect(200);
  expect(res.body.claims).toEqual({ created: 0, updated: 1, unchanged: 1 });
  const row = await t.db('claims').where({ key: 'c-90' }).first();
  expect(row).toMatchObject({ value: 95, version: 2 });
  expect(await t.db('claims').where({ key: 'c-90' }).count({ n: '*' })).toEqual([{ n: 1 }]);
  const last = await t.db('revisions').where({ entity: 'claim', entity_id: row.id }).orderBy('version', 'desc').first();
  expect(last).toMatchObject({ action: 'update', version: 2, author: 'test editor' });
  expect(last.changes.value).toEqual({ from: 90, to: 95 });

  // Changed sources or relations are changes too (not only plain fields).
  const noRelation = lines();
  Object.assign(noRelation[3], { value: 95, value_text: 'over 95', relations: [] });
  expect((await post(ndjson(noRelation)).expect(200)).body.claims).toEqual({ created: 0, updated: 1, unchanged: 1 });
  expect(await t.db('claim_relations').where({ claim_id: row.id }).count({ n: '*' })).toEqual([{ n: 0 }]);
  const otherQuote = lines();
  Object.assign(otherQuote[3], {
    value: 95,
    value_text: 'over 95',
    relations: [],
    sources: [{ document: 'doc-1', quote: 'had come back' }],
  });
  expect((await post(ndjson(otherQuote)).expect(200)).body.claims).toEqual({ created: 0, updated: 1, unchanged: 1 });
  expect(await t.db('claim_sources').where({ claim_id: row.id }).select('quote')).toEqual([{ quote: 'had come back' }]);
  expect((await post(ndjson(otherQuote)).expect(200)).body.claims).toEqual({ created: 0, updated: 0, unchanged: 2 });
});

test('bad lines reject the whole import, listing every failing line and field; nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const body = Buffer.concat([
    Buffer.from(
      ndjson([
        { type: 'actor', key: 'new-actor', kind: 'person', name: 'Somebody' },
        '{"type": "claim", not json',
        {
          type: 'claim',
          metric: 'foreign_fighters',
          country: 'KZ',
          approximation: 'exact',
          value: 1,
          value_text: 'one',
          claimant: 'nobody-key',
          sources: [{ document: 'doc-1', quote: 'not in the text at all' }],
        },
        { type: 'document', title: 'x', colour: 'red' },
        {
          type: 'claim',
          key: 'c-new',
          metric: 'no_such_metric',
          country: 'KZ',
          approximation: 'exact',
          value: 1,
          value_text: 'one',
          claimant: 'new-actor',
          sources: [{ document: 'doc-1', quote: 'not in the text at all' }],
        },
        { type: 'planet' },
      ]),
    ),
    Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a]), // line 7: invalid UTF-8
  ]);
  const res = await post(body).expect(422);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  const failing = res.body.errors.map((e: { line: number; field: string }) => `${e.line} ${e.field}`);
  expect(failing).toEqual(expect.arrayContaining(['2 /', '3 /claimant', '4 /colour', '5 /metric', '5 /sources/0/quote', '6 /type', '7 /']));
  expect(failing).not.toContain('1 /');
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a large import streams through several batches in one transaction, with supersession', async () => {
  const many: unknown[] = [{ type: 'actor', key: 'bulk-actor', kind: 'ngo', name: 'Bulk Counter' }];
  for (let i = 0; i < 2500; i++) {
    many.push({
      type: 'claim',
      key: `bulk-${i}`,
      metric: 'foreign_fighters',
      country: i % 2 ? 'RU' : 'KZ',
      approximation: 'exact',
      value: i,
      value_text: `${i}`,
      as_of: '2016-01',
      claimant: 'bulk-actor',
      sources: [{ document: 'doc-1', quote: 'Syria' }],
      ...(i === 2400 ? { relations: [{ type: 'supersedes', claim: 'bulk-10' }] } : {}),
    });
  }
  const res = await post(ndjson(many)).expect(200);
  expect(res.body.claims.created).toBe(2500);
  expect(await t.db('claims').where('key', 'like', 'bulk-%').count({ n: '*' })).toEqual([{ n: 2500 }]);
  expect(await t.db('revisions').where({ entity: 'claim', action: 'create', author: 'test editor' }).count({ n: '*' })).toEqual([
    { n: 2502 },
  ]);
  expect((await t.db('claims').where({ key: 'bulk-10' }).first()).status).toBe('superseded');
  const before = await tableChecksums(t.db);
  const again = await post(ndjson(many)).expect(200);
  expect(again.body.claims).toEqual({ created: 0, updated: 0, unchanged: 2500 });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('readers cannot import; the body must be NDJSON', async () => {
  await post(ndjson(lines()), t.as.reader).expect(403);
  await request(t.app).post('/v1/import').set(t.as.editor).send({ type: 'actor' }).expect(415);
  // a file sent as a form (multipart) or as plain text is told what an import is, not that it must be JSON (robust50)
  const before = await tableChecksums(t.db);
  for (const sent of [
    request(t.app)
      .post('/v1/import')
      .set(t.as.editor)
      .attach('file', Buffer.from(ndjson(lines())), 'claims.ndjson'),
    request(t.app).post('/v1/import').set(t.as.editor).set('Content-Type', 'text/plain').send(ndjson(lines())),
  ]) {
    const refused = await sent;
    expect(refused.status).toBe(415);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors).toEqual([{ field: 'Content-Type', message: 'must be application/x-ndjson or text/csv' }]);
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  const empty = await post('\n\n').expect(422);
  expect(empty.body.errors[0]).toMatchObject({ field: 'body' });
});

test('a client that hangs up mid-import leaves nothing behind', async () => {
  const before = await tableChecksums(t.db);
  const served = await listen(t.app);
  try {
    const req = http.request(`${served.base}/v1/import`, {
      method: 'POST',
      headers: { ...t.as.editor, 'Content-Type': 'application/x-ndjson' },
    });
    req.on('error', () => undefined);
    req.write(JSON.stringify({ type: 'actor', key: 'hangup-actor', kind: 'ngo', name: 'Hang-up' }) + '\n');
    for (let i = 0; i < 2500; i++) {
      const line =
        JSON.stringify({
          type: 'claim',
          key: `hangup-${i}`,
          metric: 'women',
          country: 'KZ',
          approximation: 'exact',
          value: i,
          value_text: `${i}`,
          claimant: 'hangup-actor',
          sources: [{ document: 'doc-1', quote: 'Syria' }],
        }) + '\n';
      if (!req.write(line)) await new Promise((resolve) => req.once('drain', resolve));
    }
    await new Promise((r) => setTimeout(r, 300));
    req.destroy();
    for (let i = 0; i < 50; i++) {
      const { rows } = await t.db.raw(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
      );
      if (Number(rows[0].n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await tableChecksums(t.db)).toEqual(before);
    await request(t.app).get('/health').expect(200);
  } finally {
    await served.close();
  }
});

test('the snapshots an import writes are the claims and documents as served', async () => {
  const text = 'Officials said that 1,200 had left by 2016, revising an earlier count of 900.';
  const res = await post(
    ndjson([
      lines()[0],
      {
        type: 'document',
        key: 'snap-doc',
        kind: 'statement',
        title: 'Snapshot statement',
        publisher: 'moi-xx',
        published_on: '2016-03',
        text,
      },
      {
        type: 'claim',
        key: 'snap-900',
        metric: 'foreign_fighters',
        country: 'KZ',
        approximation: 'exact',
        value: 900,
        value_text: '900',
        as_of: '2015',
        claimant: 'moi-xx',
        sources: [{ document: 'snap-doc', quote: 'an earlier count of 900' }],
      },
      {
        type: 'claim',
        key: 'snap-1200',
        metric: 'foreign_fighters',
        country: 'KZ',
        approximation: 'exact',
        value: 1200,
        value_text: '1,200',
        as_of: '2016',
        claimant: 'moi-xx',
        sources: [{ document: 'snap-doc', quote: '1,200 had left' }],
        relations: [{ type: 'supersedes', claim: 'snap-900' }],
      },
    ]),
  ).expect(200);
  expect(res.body.claims.created).toBe(2);
  const latest = async (entity: string, id: number) =>
    (await t.db('revisions').where({ entity, entity_id: id }).orderBy('version', 'desc').first()).snapshot;
  const older = (await t.db('claims').where({ key: 'snap-900' }).first()).id;
  const newer = (await t.db('claims').where({ key: 'snap-1200' }).first()).id;
  const servedOlder = (await request(t.app).get(`/v1/claims/${older}`).expect(200)).body;
  const servedNewer = (await request(t.app).get(`/v1/claims/${newer}`).expect(200)).body;
  expect(servedOlder).toMatchObject({ status: 'superseded', version: 2, relations: [{ type: 'superseded_by', claim_id: newer }] });
  expect(await latest('claim', older)).toEqual(servedOlder);
  expect(await latest('claim', newer)).toEqual(servedNewer);
  // As created: active, and without the relation the later claim made.
  const created = (await t.db('revisions').where({ entity: 'claim', entity_id: older, version: 1 }).first()).snapshot;
  expect(created).toEqual({ ...servedOlder, status: 'active', version: 1, relations: [] });

  const doc = (await t.db('documents').where({ key: 'snap-doc' }).first()).id;
  const { text: _text, ...servedDoc } = (await request(t.app).get(`/v1/documents/${doc}`).expect(200)).body;
  expect(await latest('document', doc)).toEqual(servedDoc);
});

test('a document key repeated in one import is created once, then updated by the later line', async () => {
  const doc = { type: 'document', key: 'twice-doc', kind: 'statement', title: 'First title' };
  const res = await post(ndjson([doc, { ...doc, title: 'Second title' }])).expect(200);
  expect(res.body.documents).toEqual({ created: 1, updated: 1, unchanged: 0 });
  const row = await t.db('documents').where({ key: 'twice-doc' }).first();
  expect(row).toMatchObject({ title: 'Second title', version: 2 });
  const revisions = await t.db('revisions').where({ entity: 'document', entity_id: row.id }).orderBy('version');
  expect(revisions.map((r) => [r.version, r.action, r.snapshot.title])).toEqual([
    [1, 'create', 'First title'],
    [2, 'update', 'Second title'],
  ]);
});

test('an imported claim’s create revision is the one the API’s create writes, and its snapshot is the claim as served', async () => {
  const person = (await t.db('actor_affiliations').first()).person_id;
  const related = (await t.db('claims').orderBy('id').first()).id;
  const quote = 'about 400 nationals had left';
  // Text that COPY must escape (tab, line breaks, backslash), names resolved through aliases and demonyms.
  const fields = {
    metric: 'foreign_fighters',
    country: 'Kazakh',
    group: 'ISIS',
    location: ['SY', 'Iraq'],
    approximation: 'approximately',
    value: 250,
    value_text: 'some 250',
    as_of: '2014-06',
    stated_on: '2015-01-20',
    context: 'Said at a briefing:\tquoted as "C:\\files"\r\nthen denied',
    notes: 'Überprüft — «vérifié»',
    credibility: 2,
    rank: 'preferred',
    reason: 'the same claim, two ways',
  };
  const res = await post(
    ndjson([
      {
        type: 'document',
        key: 'same-as-api-doc',
        kind: 'statement',
        title: 'Briefing',
        publisher: person,
        published_on: '2015-02',
        text: TEXT,
      },
      {
        type: 'claim',
        key: 'same-as-api',
        ...fields,
        claimant: person,
        sources: [{ document: 'same-as-api-doc', quote }],
        relations: [{ type: 'derived_from', claim: related }],
      },
    ]),
  ).expect(200);
  expect(res.body.claims.created).toBe(1);
  const document = (await t.db('documents').where({ key: 'same-as-api-doc' }).first()).id;
  const viaApi = (
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        ...fields,
        claimant_id: person,
        sources: [{ document_id: document, quote }],
        relations: [{ type: 'derived_from', claim_id: related }],
      })
      .expect(201)
  ).body;
  const imported = (await t.db('claims').where({ key: 'same-as-api' }).first()).id;
  // The create revisions as served (a create's changes are derived from its snapshot: servedChanges).
  const created = async (id: number) =>
    t
      .db('revisions')
      .where({ entity: 'claim', entity_id: id, version: 1 })
      .first('snapshot', 'action', 'author', 'reason', t.db.raw(`${servedChanges()} AS changes`));
  const [fromImport, fromApi] = [await created(imported), await created(viaApi.id)];

  const served = (await request(t.app).get(`/v1/claims/${imported}`).expect(200)).body;
  expect(fromImport.snapshot).toEqual(served);
  expect(served).toMatchObject({
    country: 'KZ',
    group: 'islamic-state',
    location: ['SY', 'IQ'],
    value: 250,
    context: fields.context,
    claimant: { id: person, role: expect.any(String) },
  });
  expect(served.sources[0]).toMatchObject({
    quote,
    start: TEXT.indexOf(quote),
    prefix: TEXT.slice(0, TEXT.indexOf(quote)),
    document: { id: document, published_on: '2015-02' },
  });
  const apart = ({ id: _id, key: _key, created_at: _c, updated_at: _u, ...rest }: Record<string, unknown>) => rest;
  expect(apart(fromImport.snapshot)).toEqual(apart(fromApi.snapshot));
  const { key, ...importChanges } = fromImport.changes;
  expect(key).toEqual({ from: null, to: 'same-as-api' });
  expect(importChanges).toEqual(fromApi.changes);
  expect([fromImport.action, fromImport.author, fromImport.reason]).toEqual([fromApi.action, fromApi.author, fromApi.reason]);
});

test('a claim key repeated in a later batch updates the claim created by the earlier one', async () => {
  const claim = (i: number, extra: object = {}) => ({
    type: 'claim',
    key: `again-${i}`,
    metric: 'returnees',
    country: 'KZ',
    approximation: 'exact',
    value: i,
    value_text: `${i}`,
    claimant: 'moi-xx',
    sources: [{ document: 'doc-1', quote: 'Syria' }],
    ...extra,
  });
  const many: unknown[] = [lines()[0], lines()[1], claim(0), claim(1, { relations: [{ type: 'part_of', claim: 'again-0' }] })];
  for (let i = 2; i < BATCH_SIZE + 10; i++) many.push(claim(i));
  many.push(claim(1, { value: 11, value_text: '11', relations: [] })); // in the second batch
  const res = await post(ndjson(many)).expect(200);
  expect(res.body.claims).toEqual({ created: BATCH_SIZE + 10, updated: 1, unchanged: 0 });
  const row = await t.db('claims').where({ key: 'again-1' }).first();
  expect(row).toMatchObject({ value: 11, version: 2 });
  expect(await t.db('claim_relations').where({ claim_id: row.id }).count({ n: '*' })).toEqual([{ n: 0 }]);
  const served = (await request(t.app).get(`/v1/claims/${row.id}`).expect(200)).body;
  const latest = await t.db('revisions').where({ entity: 'claim', entity_id: row.id }).orderBy('version', 'desc').first();
  expect(latest).toMatchObject({ action: 'update', version: 2, snapshot: served });
  expect(latest.changes.relations.to).toEqual([]);
});
