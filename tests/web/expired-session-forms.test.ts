import request from 'supertest';
import { createTestApp, type TestApp } from '../support/app';
import { seedClaimBody } from '../support/seedClaim';
import { tableChecksums } from '../support/tables';
import { fieldValue, hiddenFields, Jar, signIn } from '../workspace/support';
import { CARRY_LIMIT, NOT_YET_SAVED } from '../../src/web/workspace/carriedForm';
import { pageOfForm } from '../../src/web/workspace/review';

// A workspace form sent after its session had ended comes back, filled in, once the editor has signed in again
// (src/web/workspace/carriedForm.tsx); nothing is saved until it is sent again.

let t: TestApp;
/** A document with text, whose review proposes c1 (over 300) and c2 (about 150). */
let review: string;
const TEXT = 'Officials said over 300 Kazakhs had gone to fight. The agency counted about 150 women among them.';
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const editor = await signIn(t.app, t.keys.editor);
  const created = await editor.post('/workspace/documents', {
    ...hiddenFields((await editor.get('/workspace')).text, '/workspace/documents'),
    title: 'Returnees counted',
    text: TEXT,
  });
  review = created.headers.location.split(/[?#]/, 1)[0];
});
afterAll(() => t.drop());

const HOSTILE = '<b>bold</b> & "quoted" <script>alert(1)</script>';
const NOTE = NOT_YET_SAVED;

/** The ledger's tables but the sessions, which signing in changes. */
const ledger = async () => Object.fromEntries(Object.entries(await tableChecksums(t.db)).filter(([k]) => k !== 'web_sessions'));

/** What a current browser says of a form of this site's own page (Fetch Metadata); an older one says less. */
const FROM_THIS_SITE = { 'Sec-Fetch-Site': 'same-origin' };

/**
 * Posts `form` to `action` in a browser whose session has ended (expired in the table), then signs in on the page
 * that answers, with `jar` holding its sign-in cookie: the answers of both posts. `headers` are those of the browser
 * (of both posts), by default a current one's for a form of this site.
 */
async function sendAfterExpiry(action: string, form: Record<string, string>, headers: Record<string, string> = FROM_THIS_SITE) {
  const editor = await signIn(t.app, t.keys.editor);
  const page = await editor.get(pageOfForm(action).split('#', 1)[0]);
  const tokens = { csrf: hiddenFields(page.text, action).csrf, form_id: hiddenFields(page.text, action).form_id };
  await t.db('web_sessions').update({ expires_at: new Date(Date.now() - 1000) });
  const before = await ledger();
  const refused = await request(t.app)
    .post(action)
    .set('Cookie', editor.jar.header())
    .set(headers)
    .type('form')
    .send({ ...tokens, ...form });
  expect(await ledger()).toEqual(before);
  const jar = new Jar();
  jar.take(refused);
  const signInAgain = (key: string) =>
    request(t.app)
      .post('/sign-in')
      .set('Cookie', jar.header())
      .set(headers)
      .type('form')
      .send({ ...hiddenFields(refused.text, '/sign-in'), key });
  return { refused, signInAgain, tokens, before };
}

test('a new-document form sent after the session ended comes back filled in after signing in, and is saved only when sent again', async () => {
  const form = {
    title: HOSTILE,
    url: 'https://example.org/a?b=1&c=2',
    kind: 'report',
    text: `${HOSTILE}\nOfficials said 300 Kazakhs had gone.`,
  };
  const { refused, signInAgain, tokens, before } = await sendAfterExpiry('/workspace/documents', form);
  expect(refused.status).toBe(401);
  expect(refused.text).toContain('<h1>Sign in again</h1>');
  expect(refused.text).toContain('data-form-not-saved');
  // The form rides in the sign-in form's body, escaped, without the old session's tokens; never in an address.
  const carried = hiddenFields(refused.text, '/sign-in');
  expect(carried).toMatchObject({ carried_action: '/workspace/documents', 'carried.title': HOSTILE, 'carried.text': form.text });
  expect(Object.keys(carried).filter((k) => /csrf|form_id|key/.test(k))).toEqual(['csrf']);
  expect(carried.csrf).not.toBe(tokens.csrf);
  expect(refused.text).not.toContain('<b>bold</b>');
  expect(refused.text).not.toContain('<script>alert');
  expect(refused.text).not.toMatch(/href="[^"]*(?:bold|Kazakhs)/);

  // A wrong key keeps carrying it.
  const wrong = await signInAgain('cl_not-a-key-at-all-0123456789abcdef');
  expect(wrong.status).toBe(401);
  expect(hiddenFields(wrong.text, '/sign-in')['carried.title']).toBe(HOSTILE);

  const resumed = await signInAgain(t.keys.editor);
  expect(resumed.status).toBe(200);
  expect(String(resumed.headers['set-cookie'])).toMatch(/cl_session=[\w-]{20,}/);
  expect(resumed.text).toContain(NOTE);
  for (const [name, value] of Object.entries(form)) expect(fieldValue(resumed.text, name)).toBe(value);
  expect(resumed.text).not.toContain('<b>bold</b>');
  // Nothing was saved; the form comes with the new session's token and a new one-time id.
  expect(await ledger()).toEqual(before);
  const fresh = hiddenFields(resumed.text, '/workspace/documents');
  expect(fresh.form_id).not.toBe(tokens.form_id);
  const jar = new Jar();
  jar.take(resumed);
  const sent = await request(t.app)
    .post('/workspace/documents')
    .set('Cookie', jar.header())
    .type('form')
    .send({ ...fresh, ...form });
  expect(sent.status).toBe(303);
  const saved = await t.db('documents').where({ title: HOSTILE }).first();
  expect(saved.text).toBe(form.text);
});

test('a claim by hand and a candidate of a review come back filled in on the review, nothing saved', async () => {
  const claim = {
    action: 'accept',
    quote: 'over 300',
    value_text: 'over 300',
    value: '300',
    approximation: 'more_than',
    metric: 'foreign_fighters',
    country: 'KZ',
    claimant: 'new',
    claimant_name: HOSTILE,
    claimant_kind: 'government_agency',
    notes: `Checked by hand: ${HOSTILE}`,
  };
  const manual = await sendAfterExpiry(`${review}/claims`, claim);
  expect(hiddenFields(manual.refused.text, '/sign-in')).toMatchObject({
    carried_action: `${review}/claims`,
    'carried.notes': claim.notes,
  });
  const back = await manual.signInAgain(t.keys.editor);
  expect(back.status).toBe(200);
  expect(back.text).toContain(NOTE);
  for (const name of ['quote', 'value_text', 'value', 'approximation', 'claimant_name', 'notes'] as const)
    expect(fieldValue(back.text, `manual-${name}`) ?? fieldValue(back.text.slice(back.text.indexOf('id="cand-manual"')), name)).toBe(
      claim[name],
    );
  expect(back.text).not.toContain('<b>bold</b>');
  expect(await ledger()).toEqual(manual.before);

  const candidate = await sendAfterExpiry(`${review}/candidates/c2`, {
    action: 'accept',
    notes: 'Corrected before the session ended',
  });
  const opened = await candidate.signInAgain(t.keys.editor);
  expect(opened.status).toBe(200);
  const card = opened.text.slice(opened.text.indexOf('id="cand-c2"'));
  expect(card).toContain(NOTE);
  expect(fieldValue(card, 'notes')).toBe('Corrected before the session ended');
  expect(await ledger()).toEqual(candidate.before);
});

test('a row button sent after the session ended is not done: the review says so once signed in', async () => {
  const { signInAgain, before } = await sendAfterExpiry(`${review}/rows`, { row: 'reject c1' });
  const page = await signInAgain(t.keys.editor);
  expect(page.status).toBe(200);
  expect(page.text).toContain('Not done: your session had ended when you sent it. Do it again.');
  expect(await ledger()).toEqual(before);
});

test('the text of a document without one comes back filled in', async () => {
  const text = `${HOSTILE}\n${TEXT}`;
  const { refused, signInAgain, before } = await sendAfterExpiry('/workspace/documents/1/text', { text });
  expect(refused.status).toBe(401);
  const page = await signInAgain(t.keys.editor);
  expect(page.status).toBe(200);
  expect(page.text).toContain(NOTE);
  expect(fieldValue(page.text, 'text')).toBe(text);
  expect(await ledger()).toEqual(before);
});

test('a claim edit and a retraction come back filled in, with the version they were made from', async () => {
  const id = (await request(t.app).post('/v1/claims').set(t.as.editor).send(seedClaimBody()).expect(201)).body.id as number;
  const edit = await sendAfterExpiry(`/workspace/claims/${id}/edit`, {
    value_text: '45',
    value: '45',
    approximation: 'exact',
    metric: 'foreign_fighters',
    country: 'KZ',
    notes: HOSTILE,
    reason: 'A later count',
    version: '1',
  });
  expect(edit.refused.status).toBe(401);
  const editPage = await edit.signInAgain(t.keys.editor);
  expect(editPage.status).toBe(200);
  expect(editPage.text).toContain(NOTE);
  expect([fieldValue(editPage.text, 'value'), fieldValue(editPage.text, 'notes'), fieldValue(editPage.text, 'reason')]).toEqual([
    '45',
    HOSTILE,
    'A later count',
  ]);
  expect(hiddenFields(editPage.text, `/workspace/claims/${id}/edit`).version).toBe('1');
  expect(await ledger()).toEqual(edit.before);

  const retract = await sendAfterExpiry(`/workspace/claims/${id}/retract`, { reason: 'Counted twice', version: '1' });
  const retractPage = await retract.signInAgain(t.keys.editor);
  expect(retractPage.status).toBe(200);
  expect(retractPage.text).toContain(NOTE);
  expect(fieldValue(retractPage.text, 'reason')).toBe('Counted twice');
  expect((await t.db('claims').where({ id }).first()).status).toBe('active');
});

test('a form from another site is not carried, nor one too large to carry; both are refused and change nothing', async () => {
  const crossSite = await sendAfterExpiry(
    '/workspace/documents',
    { title: 'Planted', text: 'Planted text' },
    { 'Sec-Fetch-Site': 'cross-site' },
  );
  expect(crossSite.refused.status).toBe(401);
  expect(crossSite.refused.text).not.toContain('Planted');
  const large = await sendAfterExpiry('/workspace/documents', { title: 'Large', text: 'x'.repeat(CARRY_LIMIT + 1) });
  expect(large.refused.status).toBe(401);
  expect(large.refused.text).toContain('too large to be kept');
  expect(large.refused.text).not.toContain('carried.');
  const signedIn = await large.signInAgain(t.keys.editor);
  expect(signedIn.status).toBe(303);
  expect(signedIn.headers.location).toBe('/workspace?signed_in=1#outcome');
});
