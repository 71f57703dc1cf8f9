/**
 * A refusal names every problem at once: the schema's and the ledger's rules (names that must exist, a figure that
 * must agree with its approximation, a reason), whichever stage finds them, in the API and in the workspace forms. A
 * rule that needs a field already at fault is skipped rather than named twice. Nothing is changed.
 */
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';
import { signIn } from '../workspace/support';

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

type Problem = { field: string; message: string };
const named = (res: request.Response) => (res.body.errors as Problem[]).map((e) => `${e.field}: ${e.message}`).sort();

describe('the API names every problem of a claim in one refusal', () => {
  test('a new claim with a field of the wrong type, an unknown metric, group and claimant, a missing value and a quote not in the text', async () => {
    const text = 'Officials said that 300 militants had left.';
    const doc = (await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'A text', text }).expect(201)).body.id as number;
    const before = await tableChecksums(t.db);
    const res = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(
        seedClaimBody({
          credibility: 'high',
          metric: 'no_such_metric',
          group: 'No Such Group',
          claimant_id: 987654,
          value: null,
          sources: [{ document_id: doc, quote: 'words the document does not hold' }],
        }),
      );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(named(res)).toEqual(
      [
        '/credibility: must be a whole number (or null)',
        '/metric: "no_such_metric" is not a known metric (see /v1/metrics)',
        '/group: "No Such Group" is not a known group or alias (see /v1/groups)',
        '/claimant_id: actor 987654 does not exist',
        expect.stringMatching(/^\/value: is required when approximation is exact/),
        `/sources/0/quote: does not occur exactly in the stored text of document ${doc}`,
      ].sort(),
    );
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('a rule that needs a field at fault is skipped, not named a second time', async () => {
    const res = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(seedClaimBody({ value: 'forty', approximation: 'range', value_low: 50, value_high: 10, country: 'Atlantis' }));
    expect(res.status).toBe(400);
    const fields = (res.body.errors as Problem[]).map((e) => e.field);
    // the value's type, the bounds out of order, the country: no "value must lie between" for a value that is no number
    expect(fields.filter((f) => f === '/value')).toHaveLength(1);
    expect(named(res)).toEqual(
      expect.arrayContaining([
        '/value_high: must not be less than value_low',
        '/country: "Atlantis" is not a known country, region or demonym',
      ]),
    );
    const missing = await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send(seedClaimBody({ approximation: undefined, value: null }));
    expect(missing.status).toBe(400);
    // without an approximation, whether a value is needed is not known: only the approximation is named
    expect((missing.body.errors as Problem[]).map((e) => e.field)).toEqual(['/approximation']);
  });

  test('an edit without a reason, with bounds out of order and an unknown country and a field of the wrong type', async () => {
    const id = (await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201)).body.id as number;
    const before = await tableChecksums(t.db);
    const res = await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ rank: 'loudest', value_low: 50, value_high: 10, approximation: 'range', value: null, country: 'Atlantis' });
    expect(res.status).toBe(400);
    expect(named(res)).toEqual(
      [
        '/rank: must be one of preferred, normal, deprecated',
        '/reason: must be filled in: say why the claim changes',
        '/value_high: must not be less than value_low',
        '/country: "Atlantis" is not a known country, region or demonym',
      ].sort(),
    );
    // a body the schema takes is refused by the rules alone, every problem named, the reason among them
    const rules = await request(t.app)
      .patch(`/v1/claims/${id}`)
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ value_low: 50, value_high: 10, approximation: 'range', value: null, country: 'Atlantis' });
    expect(rules.status).toBe(422);
    expect(named(rules)).toEqual(
      [
        '/reason: must be filled in: say why the claim changes',
        '/value_high: must not be less than value_low',
        '/country: "Atlantis" is not a known country, region or demonym',
      ].sort(),
    );
    expect(await tableChecksums(t.db)).toEqual(before);
  });
});

describe('the workspace forms name every problem in one round, each beside its field', () => {
  test('a claim by hand naming a claim to add to, with no claimant, no value for an exact figure, an unknown metric and a quote not in the text', async () => {
    const created = await editor.post('/workspace/documents', {
      title: 'Every problem',
      text: 'A minister said that 300 fighters had come back.',
    });
    expect(created.status).toBe(303);
    const doc = /\/workspace\/documents\/(\d+)/.exec(created.headers.location)![1];
    expect((await editor.get(`/workspace/documents/${doc}`)).status).toBe(200);
    const before = await tableChecksums(t.db);
    const res = await editor.post(`/workspace/documents/${doc}/claims`, {
      action: 'accept',
      value_text: '300',
      value: '',
      approximation: 'exact',
      metric: 'no_such_metric',
      country: 'KZ',
      claimant: 'new',
      claimant_name: '',
      claimant_kind: 'person',
      quote: 'words the document does not hold',
      source_of: 'claim:1',
    });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="manual-source_of-err">names claim:1: press/);
    expect(res.text).toMatch(/id="manual-claimant_name-err">must be filled in</);
    expect(res.text).toMatch(/id="manual-value-err">is required when approximation is exact/);
    expect(res.text).toMatch(/id="manual-metric-err">&quot;no_such_metric&quot; is not a known metric/);
    expect(res.text).toMatch(/id="manual-quote-err">does not occur exactly in the stored text/);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('a claim edit with no reason, bounds out of order, an unknown country and a grade that is none', async () => {
    const id = (await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201)).body.id as number;
    const page = await editor.get(`/workspace/claims/${id}/edit`);
    const version = /name="version" value="(\d+)"/.exec(page.text)![1];
    const before = await tableChecksums(t.db);
    const res = await editor.post(`/workspace/claims/${id}/edit`, {
      value_text: '10 to 50',
      value: '',
      value_low: '50',
      value_high: '10',
      approximation: 'range',
      metric: 'foreign_fighters',
      country: 'Atlantis',
      group: '',
      location: '',
      claimant: 'actor:4',
      claimant_name: '',
      claimant_kind: 'person',
      as_of: '',
      stated_on: '',
      context: '',
      notes: '',
      rank: 'normal',
      credibility: 'x',
      reason: '',
      version,
    });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="[\w-]*reason-err">must be filled in: say why the claim changes</);
    expect(res.text).toMatch(/id="[\w-]*value_high-err">must not be less than value_low</);
    expect(res.text).toMatch(/id="[\w-]*country-err">&quot;Atlantis&quot; is not a known country/);
    expect(res.text).toMatch(/id="[\w-]*credibility-err">must be a grade from 1 to 6, or none</);
    expect(await tableChecksums(t.db)).toEqual(before);
  });
});

describe('the API names every problem of a document or an actor in one refusal', () => {
  test('a new document with no title, a date not yet come, a retrieval before the web and a publisher that does not exist', async () => {
    const before = await tableChecksums(t.db);
    const res = await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ kind: 'leaflet', published_on: '2999-01', retrieved_at: '1970-01-01T00:00:00Z', publisher_id: 987654 });
    expect(res.status).toBe(400);
    expect(named(res)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/title: /),
        expect.stringMatching(/^\/kind: must be one of /),
        expect.stringMatching(/^\/published_on: /),
        '/retrieved_at: must lie between 1990 and today',
        '/publisher_id: actor 987654 does not exist',
      ]),
    );
    // the rules alone: every one named, not only the first met
    const rules = await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: 'Ahead of its time', published_on: '2999-01', retrieved_at: '1970-01-01T00:00:00Z', publisher_id: 987654 });
    expect(rules.status).toBe(422);
    expect((rules.body.errors as Problem[]).map((e) => e.field).sort()).toEqual(['/published_on', '/publisher_id', '/retrieved_at']);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('an actor edit without a reason, with an unknown country and a reliability that is no grade', async () => {
    const before = await tableChecksums(t.db);
    const res = await request(t.app)
      .patch('/v1/actors/1')
      .set(t.as.editor)
      .set('If-Match', '*')
      .send({ country: 'Atlantis', reliability: 'very' });
    expect(res.status).toBe(400);
    expect(named(res)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/reliability: /),
        '/reason: must be filled in: say why the actor changes',
        '/country: "Atlantis" is not a known country or region',
      ]),
    );
    const rules = await request(t.app).patch('/v1/actors/1').set(t.as.editor).set('If-Match', '*').send({ country: 'Atlantis' });
    expect(rules.status).toBe(422);
    expect(named(rules)).toEqual([
      '/country: "Atlantis" is not a known country or region',
      '/reason: must be filled in: say why the actor changes',
    ]);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('a document form with a URL that is none and a date not yet come names both beside their fields', async () => {
    const before = await tableChecksums(t.db);
    const res = await editor.post('/workspace/documents', {
      title: 'Ahead of its time',
      url: 'not a url',
      published_on: '2999-01',
      text: 'A governor said that 12 fighters had returned.',
    });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="doc-url-err">/);
    expect(res.text).toMatch(/id="doc-published-err">must not be after today/);
    expect(await tableChecksums(t.db)).toEqual(before);
  });
});
