import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const ndjson = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

test('as_recorded exports every column as the ledger stood then: later creations, edits, relinks and retractions are undone', async () => {
  const before = ndjson((await request(t.app).get('/v1/export/claims?format=ndjson').expect(200)).text);
  const beforeRevisions = ndjson((await request(t.app).get('/v1/export/claims?format=ndjson&include=revisions').expect(200)).text);
  await new Promise((r) => setTimeout(r, 20));
  const instant = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 20));

  await request(t.app)
    .patch('/v1/claims/2')
    .set(t.as.editor)
    .set('If-Match', '"v1"')
    .send({
      reason: 'a test edit',
      value_text: 'more than 300',
      credibility: 2,
      sources: [{ document_id: 1, quote: 'Kazakhstan Intelligence: 150 Kazakh Women Are Members Of IS' }],
    })
    .expect(200);
  await request(t.app).delete('/v1/claims/4').set(t.as.editor).send({ reason: 'too vague' }).expect(200);
  await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({
      metric: 'foreign_fighters',
      country: 'RU',
      value: 1700,
      approximation: 'exact',
      value_text: '1,700',
      claimant_id: 6,
      sources: [{ document_id: 1, quote: '1,500' }],
      relations: [{ type: 'supersedes', claim_id: 6 }],
    })
    .expect(201);

  const now = ndjson((await request(t.app).get('/v1/export/claims?format=ndjson').expect(200)).text);
  expect(now).not.toEqual(before);
  const then = ndjson((await request(t.app).get(`/v1/export/claims?format=ndjson&as_recorded=${instant}`).expect(200)).text);
  expect(then).toEqual(before);

  const kzThen: Record<string, string>[] = parse(
    (await request(t.app).get(`/v1/export/claims?country=Kazakh&as_recorded=${instant}`).expect(200)).text,
    { columns: true },
  );
  expect(kzThen.map((r) => [r.claim_id, r.value_text, r.status])).toEqual([
    ['1', 'around 150 Kazakh militants', 'active'],
    ['2', 'over 300', 'active'],
    ['2', 'over 300', 'active'],
    ['3', 'around half of whom are women', 'active'],
    ['3', 'around half of whom are women', 'active'],
    ['3', 'around half of whom are women', 'active'],
    ['4', 'hundreds of Kazakhs, many of them women', 'active'],
  ]);

  const revisionsThen = ndjson(
    (await request(t.app).get(`/v1/export/claims?format=ndjson&include=revisions&as_recorded=${instant}`).expect(200)).text,
  );
  expect(revisionsThen).toEqual(beforeRevisions);
});

test('a bad as_recorded is a 400 naming it', async () => {
  const res = await request(t.app).get('/v1/export/claims?as_recorded=yesterday').expect(400);
  expect(res.body.errors[0].field).toBe('as_recorded');
});

test('the other claim filters apply to exports too', async () => {
  const rows = ndjson((await request(t.app).get('/v1/export/claims?format=ndjson&min_value=1000&q=militants').expect(200)).text);
  expect([...new Set(rows.map((r) => r.claim_id))]).toEqual([5, 6]);
});

test('quote selectors and the document’s retrieval and text hash are exported with each source, now and as recorded', async () => {
  const text = 'Officials said =SUM(1) that around 600 nationals had left for Syria.';
  const doc = (
    await request(t.app)
      .post('/v1/documents')
      .set(t.as.editor)
      .send({ title: 'Selectors', text, retrieved_at: '2016-05-02T10:00:00Z' })
      .expect(201)
  ).body;
  const claim = (
    await request(t.app)
      .post('/v1/claims')
      .set(t.as.editor)
      .send({
        metric: 'foreign_fighters',
        country: 'KZ',
        value: 600,
        approximation: 'approximately',
        value_text: 'around 600',
        claimant_id: 4,
        sources: [{ document_id: doc.id, quote: 'around 600 nationals' }],
      })
      .expect(201)
  ).body;
  const start = text.indexOf('around 600');
  const expected = {
    document_retrieved_at: '2016-05-02T10:00:00.000Z',
    document_text_sha256: doc.text_sha256,
    quote_prefix: text.slice(0, start),
    quote_suffix: text.slice(start + 'around 600 nationals'.length),
    quote_start: start,
    quote_end: start + 20,
  };
  const [row] = ndjson((await request(t.app).get(`/v1/export/claims?format=ndjson&document=${doc.id}`).expect(200)).text);
  expect(row).toMatchObject({ claim_id: claim.id, ...expected });
  const [csv] = parse((await request(t.app).get(`/v1/export/claims?document=${doc.id}`).expect(200)).text, { columns: true }) as Record<
    string,
    string
  >[];
  expect(csv).toMatchObject({ ...expected, quote_start: String(start), quote_end: String(start + 20) });
  const [then] = ndjson(
    (await request(t.app).get(`/v1/export/claims?format=ndjson&document=${doc.id}&as_recorded=${new Date().toISOString()}`).expect(200))
      .text,
  );
  expect(then).toMatchObject(expected);
});
