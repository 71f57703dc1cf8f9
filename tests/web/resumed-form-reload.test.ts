import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';
import { fieldValue, hiddenFields, Jar, signIn } from '../workspace/support';
import { NOT_YET_SAVED } from '../../src/web/workspace/carriedForm';

// A form sent after its session had ended comes back filled in once the editor signs in again: the page answers the
// sign-in's POST. With script the address bar then shows the form's own page; without it, it shows /sign-in, and a
// reload sends the sign-in's POST again, with the cookies the first one left. That must neither sign in again (a
// new session, the one open closed) nor save the form. (Its own ledger: each sign-in counts against the address.)

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.drop());

/** What a current browser says of a form of this site's own page (Fetch Metadata). */
const FROM_THIS_SITE = { 'Sec-Fetch-Site': 'same-origin' };

test('a reload of a resumed form without script sends the sign-in again: the form again, no new session, nothing saved', async () => {
  const id = (await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201)).body.id as number;
  const action = `/workspace/claims/${id}/edit`;
  const editor = await signIn(t.app, t.keys.editor);
  const form = hiddenFields((await editor.get(action)).text, action);
  await t.db('web_sessions').update({ expires_at: new Date(Date.now() - 1000) });
  const ledger = async () => Object.fromEntries(Object.entries(await tableChecksums(t.db)).filter(([k]) => k !== 'web_sessions'));
  const before = await ledger();
  const edit = {
    value_text: '46',
    value: '46',
    approximation: 'exact',
    metric: 'foreign_fighters',
    country: 'KZ',
    reason: 'A later count',
  };
  const refused = await request(t.app)
    .post(action)
    .set('Cookie', editor.jar.header())
    .set(FROM_THIS_SITE)
    .type('form')
    .send({ ...form, ...edit });
  expect(refused.status).toBe(401);

  // The sign-in form as the browser sends it, and its cookies after each answer.
  const signInForm = { ...hiddenFields(refused.text, '/sign-in'), key: t.keys.editor };
  const jar = new Jar();
  jar.take(refused);
  const send = () => request(t.app).post('/sign-in').set('Cookie', jar.header()).set(FROM_THIS_SITE).type('form').send(signInForm);
  const resumed = await send();
  expect(resumed.status).toBe(200);
  expect(resumed.text).toContain(NOT_YET_SAVED);
  expect(fieldValue(resumed.text, 'value')).toBe('46');
  jar.take(resumed);
  const sessions = async () => t.db('web_sessions').orderBy('id_hash').select();
  const sessionsBefore = await sessions();
  expect(sessionsBefore.filter((s) => s.expires_at > new Date())).toHaveLength(1);

  // The reload: the same POST again. Its token was used, but the browser is signed in: the form comes back as the
  // first answer showed it, for the session open (it had been refused, 403, and asked for the key again).
  const reloaded = await send();
  expect(reloaded.status).toBe(200);
  expect(reloaded.text).toContain(NOT_YET_SAVED);
  expect(fieldValue(reloaded.text, 'value')).toBe('46');
  expect(String(reloaded.headers['set-cookie'] ?? '')).not.toMatch(/cl_session=/);
  expect(await sessions()).toEqual(sessionsBefore);
  expect(await ledger()).toEqual(before);
  expect((await t.db('claims').where({ id }).first()).value).not.toBe(46);
  // The session the first sign-in opened goes on: the form's page opens for the editor, still signed in.
  const page = await request(t.app).get(action).set('Cookie', jar.header());
  expect(page.status).toBe(200);
  expect(page.text).toContain(`data-draft="${action}"`);
  expect(page.text).toContain('Signed in as <strong>test editor</strong>');
});
