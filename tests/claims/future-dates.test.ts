import request from 'supertest';
import { NOT_YET } from '../../src/dates';
import { createTestApp, TestApp } from '../support/app';

/*
 * A statement cannot have been made, nor a document published, after today: such a date is a typo ("2051" for
 * "2015"). A figure may hold as of a future date (a projection). Refused dates change nothing.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

const nextYear = String(new Date().getUTCFullYear() + 1);
const today = new Date().toISOString().slice(0, 10);
const claim = (dates: Record<string, string>) => ({
  metric: 'foreign_fighters',
  country: 'KZ',
  approximation: 'more_than',
  value: 300,
  value_text: 'over 300',
  claimant_id: 2,
  sources: [{ document_id: 1, quote: 'over 300' }],
  ...dates,
});
const count = async (table: string) => Number((await t.db(table).count({ n: '*' }).first())!.n);

test('a claim stated after today is refused naming stated_on; as of a future date, or stated today, it is saved', async () => {
  const before = await count('claims');
  for (const stated_on of [nextYear, `${nextYear}-01`, '2099-12-31']) {
    const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(claim({ stated_on })).expect(422);
    expect(res.body.errors).toEqual([{ field: '/stated_on', message: NOT_YET }]);
  }
  expect(await count('claims')).toBe(before);
  await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(claim({ stated_on: today, as_of: nextYear }))
    .expect(201);
});

test('a document published after today is refused naming published_on, by the API and by an import line', async () => {
  const res = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Later', published_on: nextYear }).expect(422);
  expect(res.body.errors).toEqual([{ field: '/published_on', message: NOT_YET }]);
  await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Today', published_on: today }).expect(201);

  // In an import each document's date errors are reported on its own line, every one of them.
  const before = await count('documents');
  const lines = [
    { type: 'document', key: 'fine', title: 'Fine', published_on: '2015-02' },
    { type: 'document', key: 'later', title: 'Later', published_on: nextYear },
    { type: 'document', key: 'fetched-later', title: 'Fetched later', retrieved_at: `${nextYear}-01-01T00:00:00Z` },
  ];
  const imported = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(lines.map((l) => JSON.stringify(l)).join('\n'))
    .expect(422);
  expect(imported.body.errors).toEqual([
    { line: 2, field: '/published_on', message: NOT_YET },
    { line: 3, field: '/retrieved_at', message: 'must lie between 1990 and today' },
  ]);
  expect(await count('documents')).toBe(before);
});
