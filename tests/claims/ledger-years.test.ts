import request from 'supertest';
import { LEDGER_YEARS, ledgerDateFault, NOT_RETRIEVED_THEN, OUT_OF_LEDGER_YEARS, parsePartialDate } from '../../src/dates';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';
import { fieldValue, signIn } from '../workspace/support';

/*
 * robust52: every date the ledger stores lies between 1900 and 2100, whichever path brings it (the API's claims,
 * documents and actors, an import line, the workspace's forms): "as of 9999" or "0214" for "2014" is a typo, no
 * fact. A refused date is named and changes nothing.
 */
let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

const fault = (text: string, field: Parameters<typeof ledgerDateFault>[0] = 'as_of') => ledgerDateFault(field, parsePartialDate(text)!);

test('the rule: the first and last years are in, the years beside them are out, and a statement is not after today', () => {
  expect(LEDGER_YEARS).toEqual({ first: 1900, last: 2100 });
  expect([fault('1900'), fault('2100-12-31'), fault('2014-11')]).toEqual([null, null, null]);
  expect([fault('1899-12-31'), fault('2101'), fault('9999'), fault('0001')]).toEqual(Array(4).fill(OUT_OF_LEDGER_YEARS));
  expect(fault('2099', 'stated_on')).toMatch(/^must not be after today/);
  expect(fault('1899', 'published_on')).toBe(OUT_OF_LEDGER_YEARS);
});

// robust54: a document's retrieval kept a rule of its own beside this one; now it is this one, with the web's years.
test('the rule of a retrieval: from 1990 to today, its message the one the documents give', async () => {
  expect(NOT_RETRIEVED_THEN).toBe('must lie between 1990 and today');
  expect([fault('1990-01-01', 'retrieved_at'), fault('2014-11-27', 'retrieved_at')]).toEqual([null, null]);
  expect([fault('1989-12-31', 'retrieved_at'), fault('2099', 'retrieved_at'), fault('0214', 'retrieved_at')]).toEqual(
    Array(3).fill(NOT_RETRIEVED_THEN),
  );
});

test('a document retrieved outside the web s years is refused naming the field, however its year is written', async () => {
  const before = await tableChecksums(t.db);
  for (const retrieved_at of ['1989-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '2999-01-01T00:00:00Z']) {
    const res = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Retrieved', retrieved_at });
    expect({ retrieved_at, status: res.status, errors: res.body.errors }).toEqual({
      retrieved_at,
      status: 422,
      errors: [{ field: '/retrieved_at', message: NOT_RETRIEVED_THEN }],
    });
  }
  expect(await tableChecksums(t.db)).toEqual(before);
  await request(t.app)
    .post('/v1/documents')
    .set(t.as.editor)
    .send({ title: 'Retrieved', retrieved_at: '1990-01-01T00:00:00Z' })
    .expect(201);
});

test('a claim as of or stated on a date outside the years is refused naming the field, created or edited', async () => {
  const before = await tableChecksums(t.db);
  for (const [as_of, stated_on] of [
    ['9999', '2015'],
    ['0214', '2015'],
    ['2015', '1899-12-31'],
  ]) {
    const res = await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody({ as_of, stated_on })).expect(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.errors).toEqual([{ field: as_of === '2015' ? '/stated_on' : '/as_of', message: OUT_OF_LEDGER_YEARS }]);
  }
  const edit = await request(t.app).patch('/v1/claims/1').set(t.as.editor).set('If-Match', '*').send({ as_of: '2941', reason: 'typo' });
  expect(edit.status).toBe(422);
  expect(edit.body.errors).toEqual([{ field: '/as_of', message: OUT_OF_LEDGER_YEARS }]);
  expect(await tableChecksums(t.db)).toEqual(before);
  await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send(seedClaimBody({ as_of: '2100', stated_on: '1900' }))
    .expect(201);
});

test('a document published, or a role held, outside the years is refused naming the field', async () => {
  const before = await tableChecksums(t.db);
  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Old', published_on: '1066' }).expect(422);
  expect(doc.body.errors).toEqual([{ field: '/published_on', message: OUT_OF_LEDGER_YEARS }]);
  const person = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ kind: 'person', name: 'Ada Example', affiliations: [{ organization_id: 1, role: 'chairman', from: '2013', to: '9999' }] })
    .expect(422);
  expect(person.body.errors).toEqual([{ field: '/affiliations/0/to', message: OUT_OF_LEDGER_YEARS }]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

// robust54: an edit re-checked every role it kept, so a year stored before the rule (0214) refused any later change of roles.
test('an edit of a person s roles judges the dates it changes, not those a kept role holds already', async () => {
  const person = (
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'person', name: 'Berta Example', affiliations: [{ organization_id: 1, role: 'spokesman', from: '2013' }] })
      .expect(201)
  ).body;
  // a year stored before the ledger had the rule
  await t.db('actor_affiliations').where({ person_id: person.id }).update({ from_date: '0214-01-01', from_precision: 'year' });
  const served = (await request(t.app).get(`/v1/actors/${person.id}`).expect(200)).body;
  expect(served.affiliations).toEqual([{ organization: { id: 1, name: expect.any(String) }, role: 'spokesman', from: '0214', to: null }]);
  const kept = { organization_id: 1, role: 'spokesman', from: '0214', to: null };
  const edit = (affiliations: unknown[]) =>
    request(t.app).patch(`/v1/actors/${person.id}`).set(t.as.editor).set('If-Match', '*').send({ affiliations, reason: 'a new role' });
  const added = await edit([kept, { organization_id: 1, role: 'treasurer', from: '2019' }]).expect(200);
  expect(added.body.affiliations.map((a: { role: string; from: string }) => [a.role, a.from])).toEqual([
    ['spokesman', '0214'],
    ['treasurer', '2019'],
  ]);
  // the kept role's other end may change; a date given anew is judged, the same year under another role too
  await edit([{ ...kept, to: '2020' }]).expect(200);
  const refused = await edit([
    { ...kept, to: '2020' },
    { organization_id: 1, role: 'treasurer', from: '0214' },
  ]).expect(422);
  expect(refused.body.errors).toEqual([{ field: '/affiliations/1/from', message: OUT_OF_LEDGER_YEARS }]);
  const moved = await edit([{ ...kept, to: '9999' }]).expect(422);
  expect(moved.body.errors).toEqual([{ field: '/affiliations/0/to', message: OUT_OF_LEDGER_YEARS }]);
});

test('an import line as of a date outside the years is refused on its line, and nothing of the import is saved', async () => {
  const before = await tableChecksums(t.db);
  const claim = { metric: 'returnees', country: 'KZ', approximation: 'exact', value: 12, value_text: '12', claimant: 4 };
  const lines = [
    { type: 'document', key: 'fine', title: 'Fine', published_on: '2015-02', text: '12 came home.' },
    { type: 'claim', ...claim, as_of: '2015', sources: [{ document: 'fine', quote: '12 came home' }] },
    { type: 'claim', ...claim, as_of: '9999', sources: [{ document: 'fine', quote: '12 came home' }] },
  ];
  const res = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(lines.map((l) => JSON.stringify(l)).join('\n'))
    .expect(422);
  expect(res.body.errors).toEqual([{ line: 3, field: '/as_of', message: OUT_OF_LEDGER_YEARS }]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('the workspace edit form names a date outside the years beside its field and saves nothing', async () => {
  const page = await editor.get('/workspace/claims/1/edit');
  const version = /name="version" value="(\d+)"/.exec(page.text)![1];
  const form: Record<string, string> = {};
  for (const name of [
    'value_text',
    'value',
    'value_low',
    'value_high',
    'approximation',
    'metric',
    'country',
    'group',
    'location',
    'context',
    'notes',
  ])
    form[name] = fieldValue(page.text, name) ?? '';
  const before = await tableChecksums(t.db);
  const res = await editor.post('/workspace/claims/1/edit', {
    ...form,
    claimant: 'actor:1',
    claimant_name: '',
    claimant_kind: 'person',
    as_of: '9999',
    stated_on: '',
    rank: 'normal',
    credibility: '',
    reason: 'as of corrected',
    version,
  });
  expect(res.status).toBe(422);
  expect(res.text).toMatch(/id="[\w-]*as_of-err">must lie between 1900 and 2100</);
  expect(await tableChecksums(t.db)).toEqual(before);
});
