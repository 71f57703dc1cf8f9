import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { type BlankCase, expectBlankRefused } from '../support/blankRefused';
import { tableChecksums } from '../support/tables';

/*
 * Text of nothing but combining marks (an acute accent U+0301 with no letter under it, a diaeresis between spaces, an
 * enclosing circle U+20DD) passed as "not blank", since a mark is neither a space nor a format character: an actor
 * named "\u0301\u0301" was stored and listed as a link of a floating accent, which a page draws on the character
 * before it. Blank now means no character with a shape of its own; letters carrying marks are taken as sent.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('a name, title, author, alias, quote, note or key name of combining marks only is a 400 naming it, and nothing is written', async () => {
  const cases: BlankCase[] = [
    ['post', '/v1/actors', { kind: 'ngo', name: '\u0301\u0301' }, '/name'],
    ['post', '/v1/actors', { kind: 'ngo', name: 'Visible', aliases: [' \u0308 '] }, '/aliases/0'],
    ['post', '/v1/documents', { kind: 'article', title: '\u20DD' }, '/title'],
    ['post', '/v1/documents', { kind: 'article', title: 'Fine', authors: ['\u0301\u200B'] }, '/authors/0'],
    ['post', '/v1/groups', { slug: 'marks-group', name: '\u0300\u0301' }, '/name'],
    ['post', '/v1/keys', { name: '\u0327', role: 'editor' }, '/name'],
    ['patch', '/v1/claims/2', { notes: '\u0301 \u0302', reason: 'x' }, '/notes', ' (or null)'],
    ['post', '/v1/claims', { ...seedClaimBody(), sources: [{ document_id: 1, quote: '\u0301' }] }, '/sources/0/quote'],
  ];
  await expectBlankRefused(t, cases);
});

test('an edit or retraction whose reason is combining marks only is refused as one without a reason, and nothing is written', async () => {
  const before = await tableChecksums(t.db);
  const res = await request(t.app).patch('/v1/claims/2').set(t.as.admin).set('If-Match', '*').send({ notes: 'A note', reason: '\u0301' });
  expect({ status: res.status, errors: res.body.errors }).toEqual({
    status: 422,
    errors: [{ field: '/reason', message: 'must be filled in: say why the claim changes' }],
  });
  const retraction = await request(t.app).delete('/v1/claims/2').set(t.as.admin).set('If-Match', '*').send({ reason: '\u0301\u0301' });
  expect({ status: retraction.status, errors: retraction.body.errors }).toEqual({
    status: 422,
    errors: [{ field: '/reason', message: 'must be filled in: say why the claim changes' }],
  });
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('an import line naming an actor with combining marks only is refused naming its line and field', async () => {
  const before = await tableChecksums(t.db);
  const res = await request(t.app)
    .post('/v1/import')
    .set(t.as.admin)
    .set('Content-Type', 'application/x-ndjson')
    .send(`${JSON.stringify({ type: 'actor', key: 'marks', kind: 'ngo', name: '\u0301' })}\n`)
    .expect(422);
  expect(res.body.errors).toEqual([{ line: 1, field: '/name', message: 'must not be blank' }]);
  expect(await tableChecksums(t.db)).toEqual(before);
});

test('letters carrying marks are text: a Devanagari name and a decomposed accent are taken', async () => {
  for (const [name, stored] of [
    ['\u0939\u093F\u0928\u094D\u0926\u0940 Samiti', '\u0939\u093F\u0928\u094D\u0926\u0940 Samiti'],
    ['Caf\u0065\u0301 Group', 'Caf\u00E9 Group'],
  ]) {
    const res = await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'ngo', name });
    expect({ name, status: res.status, stored: res.body.name }).toEqual({ name, status: 201, stored });
  }
});
