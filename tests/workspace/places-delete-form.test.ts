/**
 * Review 46: the places page had no way to delete a subdivision added by mistake. An admin's page has a delete form; a
 * place claims count comes back refused at its field with the count, an editor's page has no such form.
 * Fix 46v: a refused delete said "This could not be saved.", and the form's advice (retract or correct those claims
 * first) could not be followed: a claim's history keeps its places, so only the place's words are corrected.
 */
import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { hiddenFields, signIn } from './support';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

test('an admin deletes a subdivision from the places page; one a claim counts is refused at its field', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SX', name: 'Sughdx' }).expect(201);
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SY', name: 'Sughdy' }).expect(201);
  const claim = await t.db('claims').first();
  await t.db('claims').where({ id: claim.id }).update({ country: 'TJ-SY' });

  const admin = await signIn(t.app, t.keys.admin);
  const page = await admin.get('/workspace/places');
  expect(page.text).toContain('Delete a subdivision');
  expect(page.text).toMatch(/one any claim has ever counted: a claim(’|'|&#39;)s history\s+keeps its places, so correct the subdivision/);
  expect(page.text).not.toContain('retract or correct those claims first');
  const refused = await admin.post('/workspace/places/delete', {
    ...hiddenFields(page.text, '/workspace/places/delete'),
    delete_place: 'tj-sy',
  });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('is named by 1 claim (now or in its history): a history keeps its places');
  expect(refused.text).toContain('The place is in use: nothing was deleted.');
  // (the tab and the history say a form of the page was refused, as every refused form's page does)
  expect(refused.text).toContain('<title>Places: add a subdivision or words: check the form');
  expect(refused.text).toContain('value="tj-sy"');
  expect(await t.db('countries').where({ code: 'TJ-SY' }).first()).toBeDefined();

  const again = await admin.get('/workspace/places');
  const deleted = await admin.post('/workspace/places/delete', {
    ...hiddenFields(again.text, '/workspace/places/delete'),
    delete_place: 'TJ-SX',
  });
  expect(deleted.status).toBe(303);
  expect(await t.db('countries').where({ code: 'TJ-SX' }).first()).toBeUndefined();
  expect((await admin.get(deleted.headers.location)).text).toContain('Subdivision TJ-SX is deleted');
  await t.db('claims').where({ id: claim.id }).update({ country: claim.country });
});

test('an editor has no delete form, and a delete sent anyway is refused, deleting nothing', async () => {
  await request(t.app).post('/v1/countries').set(t.as.editor).send({ code: 'TJ-SZ', name: 'Sughdz' }).expect(201);
  const editor = await signIn(t.app, t.keys.editor);
  const page = await editor.get('/workspace/places');
  expect(page.text).not.toContain('Delete a subdivision');
  const refused = await editor.post('/workspace/places/delete', { ...hiddenFields(page.text, '/workspace/places'), delete_place: 'TJ-SZ' });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('only an admin deletes a place');
  expect(refused.text).toContain('Nothing was deleted.');
  expect(await t.db('countries').where({ code: 'TJ-SZ' }).first()).toBeDefined();
});

test('a refused delete of a subdivision the ledger ships with says nothing was deleted', async () => {
  const admin = await signIn(t.app, t.keys.admin);
  const page = await admin.get('/workspace/places');
  const refused = await admin.post('/workspace/places/delete', {
    ...hiddenFields(page.text, '/workspace/places/delete'),
    delete_place: 'RU-CE',
  });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('Nothing was deleted.');
  expect(refused.text).not.toContain('This could not be saved.');
  expect(refused.text).toContain('is a subdivision the ledger ships with');
  expect(await t.db('countries').where({ code: 'RU-CE' }).first()).toBeDefined();
});
