import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { type BlankCase, expectBlankRefused } from '../support/blankRefused';
import { tableChecksums } from '../support/tables';

/*
 * A name, a title or a label of nothing but spaces (an actor "   ", a document titled "\t", an author " ") is refused
 * naming the field, on every way in: it had been stored, and shown as a blank link or an empty line in every list,
 * citation and export. Text with a visible character, spaces around it or not, is taken as before.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a blank name, title, author, alias, role or label is a 400 naming it, and nothing is written', async () => {
  const cases: BlankCase[] = [
    ['post', '/v1/actors', { kind: 'ngo', name: '   ' }, '/name'],
    ['post', '/v1/actors', { kind: 'ngo', name: 'Visible', aliases: ['ok', '\u00a0'] }, '/aliases/1'],
    ['patch', '/v1/actors/2', { name: '\t', reason: 'x' }, '/name'],
    ['post', '/v1/actors', { kind: 'person', name: 'Someone', affiliations: [{ organization_id: 3, role: ' ' }] }, '/affiliations/0/role'],
    ['post', '/v1/documents', { kind: 'article', title: ' \n ' }, '/title'],
    ['post', '/v1/documents', { kind: 'article', title: 'Fine', authors: [' '] }, '/authors/0'],
    ['post', '/v1/documents', { kind: 'article', title: 'Fine', container_title: '  ' }, '/container_title', ' (or null)'],
    ['post', '/v1/metrics', { code: 'widows', label: ' ', unit: 'people', definition: 'Women whose husbands were killed.' }, '/label'],
    ['post', '/v1/groups', { slug: 'blank-group', name: '  ' }, '/name'],
  ];
  await expectBlankRefused(t, cases);
});

test('an import line with a blank name is refused naming its line and field, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const res = await request(t.app)
    .post('/v1/import')
    .set(t.as.admin)
    .set('Content-Type', 'application/x-ndjson')
    .send(
      `${JSON.stringify({ type: 'actor', key: 'fine', kind: 'ngo', name: 'Fine NGO' })}\n${JSON.stringify({ type: 'actor', key: 'blank', kind: 'ngo', name: ' ' })}\n`,
    )
    .expect(422);
  expect(res.body.errors).toEqual([{ line: 2, field: '/name', message: 'must not be blank' }]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('a name with a visible character is taken, its blanks trimmed and collapsed as every name is written', async () => {
  const res = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name: ' Spaced \t NGO ' }).expect(201);
  expect(res.body.name).toBe('Spaced NGO');
  expect((await t.db('actors').where({ id: res.body.id }).first()).name).toBe('Spaced NGO');
});

test('notes or a context of nothing but blanks are refused too (null says there are none); words with blanks around them are kept', async () => {
  const before = await tableChecksums(t.db);
  const claim = {
    metric: 'foreign_fighters',
    country: 'KZ',
    claimant_id: 4,
    approximation: 'vague',
    value_text: 'some',
    sources: [{ document_id: 1, quote: 'over 300' }],
  };
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['post', '/v1/claims', { ...claim, notes: ' ' }, '/notes'],
    ['post', '/v1/claims', { ...claim, context: '\n\t' }, '/context'],
    ['patch', '/v1/claims/2', { notes: '\r\n', reason: 'x' }, '/notes'],
    ['post', '/v1/actors', { kind: 'ngo', name: 'Visible', notes: '   ' }, '/notes'],
    ['post', '/v1/documents', { kind: 'article', title: 'Fine', notes: '' }, '/notes'],
  ];
  for (const [method, path, body, field] of cases) {
    const res = await request(t.app)[method as 'post' | 'patch'](path).set(t.as.admin).set('If-Match', '*').send(body);
    expect({ path, status: res.status, errors: res.body.errors }).toEqual({
      path,
      status: 400,
      errors: [{ field, message: 'must not be blank (or null)' }],
    });
  }
  const line = JSON.stringify({
    type: 'claim',
    ...claim,
    claimant_id: undefined,
    claimant: 4,
    sources: [{ document: 1, quote: 'over 300' }],
    notes: ' ',
  });
  const imported = await request(t.app)
    .post('/v1/import')
    .set(t.as.editor)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${line}\n`)
    .expect(422);
  expect(imported.body.errors).toEqual([{ line: 1, field: '/notes', message: 'must not be blank (or null)' }]);
  expect(await tableChecksums(t.db)).toEqual(before);
  const kept = await request(t.app)
    .post('/v1/claims')
    .set(t.as.editor)
    .send({ ...claim, notes: ' a note \n', context: null })
    .expect(201);
  expect(kept.body).toMatchObject({ notes: ' a note \n', context: null });
});

/*
 * Text of nothing but invisible format characters (a zero-width space or joiner, a direction mark or override, a word
 * joiner, a soft hyphen) passed as "not blank", since none of them is a space: an actor named "\u200B" was stored and
 * listed as an empty link, a quote of one zero-width joiner accepted as a source. Blank now means no character that
 * shows; text with one, marks and joiners around it or inside an emoji, is taken as sent.
 */
test('a name, a quote or notes of invisible characters only is blank too; visible text with them is kept', async () => {
  const cases: BlankCase[] = [
    ['post', '/v1/actors', { kind: 'ngo', name: '\u200B' }, '/name'],
    ['post', '/v1/actors', { kind: 'ngo', name: 'Visible', aliases: ['\u200D\u200C'] }, '/aliases/0'],
    ['post', '/v1/documents', { kind: 'article', title: '\u202E\u2060' }, '/title'],
    ['post', '/v1/documents', { kind: 'article', title: 'Fine', authors: ['\u00AD'] }, '/authors/0'],
    ['post', '/v1/groups', { slug: 'invisible-group', name: '\u200E \u200F' }, '/name'],
    ['patch', '/v1/claims/2', { notes: '\u2066\u2069', reason: 'x' }, '/notes', ' (or null)'],
    ['post', '/v1/claims', { ...seedClaimBody(), sources: [{ document_id: 1, quote: '\u200D' }] }, '/sources/0/quote'],
  ];
  await expectBlankRefused(t, cases);
  for (const name of ['\u200FRTL name\u200F', '👩\u200D👩\u200D👧', 'soft\u00ADhyphen']) {
    const res = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name });
    expect({ name, status: res.status, stored: res.body.name }).toEqual({ name, status: 201, stored: name });
  }
});
