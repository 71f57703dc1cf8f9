import request from 'supertest';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';
import { unmaskToken } from '../../src/web/workspace/session';
import { csrfOf, Jar, loadVocabulariesOnly, signIn } from './support';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadVocabulariesOnly(t.db);
});
afterAll(() => t.drop());

/** The hidden fields of the form posting to `action` in a page. */
function formFields(html: string, action: string): Record<string, string> {
  const form = new RegExp(`<form method="post" action="${action.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^"]*"[\\s\\S]*?</form>`).exec(
    html,
  );
  if (!form) throw new Error(`no form posting to ${action}`);
  return Object.fromEntries([...form[0].matchAll(/<input type="hidden" name="([\w-]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const count = async (table: string) => Number((await t.db(table).count({ n: '*' }).first())!.n);
/** The ledger's tables but the sessions, which signing in and out changes. */
const withoutSessions = (sums: Record<string, string>) => Object.fromEntries(Object.entries(sums).filter(([k]) => k !== 'web_sessions'));
const TEXT = 'Officials said 300 Kazakhs had gone to fight.';
/** A text of its own for each document (the workspace asks before saving the same text twice as two documents). */
const textFor = (title: string) => `${title}. ${TEXT}`;

test('the same new-document form posted twice (double click, back and resubmit) creates one document; both land on it', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const fields = formFields((await editor.get('/workspace')).text, '/workspace/documents');
  expect(fields.form_id).toMatch(/^[\w-]{20,}$/);
  const form = { ...fields, title: 'Twice posted', text: textFor('Twice posted') };
  const before = await count('documents');
  const first = await editor.post('/workspace/documents', form);
  const second = await editor.post('/workspace/documents', form);
  expect(first.status).toBe(303);
  expect(second.status).toBe(303);
  expect(second.headers.location).toBe(first.headers.location);
  // Concurrently, as a double click sends them.
  const again = {
    ...formFields((await editor.get('/workspace')).text, '/workspace/documents'),
    title: 'Double click',
    text: textFor('Double click'),
  };
  expect((again as Record<string, string>).form_id).not.toBe(fields.form_id);
  const both = await Promise.all([editor.post('/workspace/documents', again), editor.post('/workspace/documents', again)]);
  expect(both.map((r) => r.status)).toEqual([303, 303]);
  expect(both[1].headers.location).toBe(both[0].headers.location);
  expect(await count('documents')).toBe(before + 2);
});

test('the same claim form posted twice creates one claim', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const created = await editor.post('/workspace/documents', {
    ...formFields((await editor.get('/workspace')).text, '/workspace/documents'),
    title: 'Claim source',
    text: textFor('Claim source'),
  });
  const id = Number(/documents\/(\d+)/.exec(created.headers.location)![1]);
  const page = (await editor.get(`/workspace/documents/${id}`)).text;
  const fields = formFields(page, `/workspace/documents/${id}/claims`);
  const claim = {
    ...fields,
    action: 'accept',
    quote: '300 Kazakhs',
    value_text: '300',
    value: '300',
    approximation: 'exact',
    metric: 'foreign_fighters',
    country: 'KZ',
    claimant: 'new',
    claimant_name: 'Officials',
    claimant_kind: 'government_agency',
  };
  const before = await count('claims');
  const first = await editor.post(`/workspace/documents/${id}/claims`, claim);
  expect({ status: first.status, errors: /class="error-summary"[\s\S]{0,400}/.exec(first.text)?.[0] }).toEqual({ status: 303 });
  const second = await editor.post(`/workspace/documents/${id}/claims`, claim);
  expect(second.status).toBe(303);
  expect(second.headers.location).toBe(first.headers.location);
  expect(await count('claims')).toBe(before + 1);
});

test('a refused form keeps its id free: corrected and sent again, it is saved', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const fields = formFields((await editor.get('/workspace')).text, '/workspace/documents');
  const before = await count('documents');
  const refused = await editor.post('/workspace/documents', { ...fields, title: '', text: textFor('Corrected') });
  expect(refused.status).toBe(422);
  const saved = await editor.post('/workspace/documents', { ...fields, title: 'Corrected', text: textFor('Corrected') });
  expect(saved.status).toBe(303);
  expect(await count('documents')).toBe(before + 1);
});

test('a wrong key, an expired session, a missing or foreign CSRF token, and the back button after sign-out change nothing', async () => {
  const before = withoutSessions(await tableChecksums(t.db));
  // A wrong key: no session.
  const jar = new Jar();
  const signInPage = await request(t.app).get('/sign-in');
  jar.take(signInPage);
  const wrong = await request(t.app)
    .post('/sign-in')
    .set('Cookie', jar.header())
    .type('form')
    .send({ csrf: csrfOf(signInPage.text), key: 'cl_not-a-key-at-all-0123456789abcdef' });
  expect(wrong.status).toBe(401);
  expect(wrong.headers['content-type']).toMatch(/text\/html/);
  expect(String(wrong.headers['set-cookie'] ?? '')).not.toContain('cl_session=');

  const editor = await signIn(t.app, t.keys.editor);
  const fields = formFields((await editor.get('/workspace')).text, '/workspace/documents');
  const form = { ...fields, title: 'Must not be saved', text: TEXT };
  // Sec-Fetch-Site as a browser sends it for a form of this site: such a form is carried through signing in (carriedForm.tsx).
  const post = (cookie: string, body: Record<string, string>) =>
    request(t.app)
      .post('/workspace/documents')
      .set('Cookie', cookie)
      .set('Accept', 'text/html')
      .set('Sec-Fetch-Site', 'same-origin')
      .type('form')
      .send(body);
  // CSRF token missing, or another session's.
  const other = await signIn(t.app, t.keys.admin);
  expect((await post(editor.jar.header(), { ...form, csrf: '' })).status).toBe(403);
  expect((await post(editor.jar.header(), { ...form, csrf: other.csrf })).status).toBe(403);
  // Back after sign-out: the page is not served from the session, and its form is refused.
  await editor.post('/sign-out', {});
  const back = await request(t.app)
    .get('/workspace')
    .set('Cookie', `cl_session=${[...editor.jar.cookies.values()][0] ?? 'gone'}`);
  expect(back.status).toBe(303);
  const signedOut = await post(editor.jar.header(), form);
  expect(signedOut.status).toBe(401);
  expect(signedOut.text).toMatch(/sign in again/i);
  // The page says the form was not saved, and is the sign-in form that carries it back to the form's page
  // (tests/web/expired-session-forms.test.ts): the workspace's home for a new document, a candidate's card on its review.
  expect(signedOut.text).toContain('data-form-not-saved');
  expect(signedOut.text).toContain('name="next" value="/workspace"');
  const candidate = await request(t.app)
    .post('/workspace/documents/7/candidates/c2')
    .set('Cookie', editor.jar.header())
    .set('Sec-Fetch-Site', 'same-origin')
    .type('form')
    .send(form);
  expect(candidate.status).toBe(401);
  // The candidate open in full (?open=), where its draft is put back, though another may be the review's first open one.
  expect(candidate.text).toContain('name="next" value="/workspace/documents/7?open=c2#cand-c2"');
  // An expired session.
  await t.db('web_sessions').update({ expires_at: new Date(Date.now() - 1000) });
  const expired = await post(other.jar.header(), { ...form, csrf: other.csrf });
  expect(expired.status).toBe(401);
  expect(withoutSessions(await tableChecksums(t.db))).toEqual(before);
});

test("the session's form token is masked anew in every page (pages go compressed: BREACH), and each masking is accepted", async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const tokens = await Promise.all([1, 2, 3].map(async () => csrfOf((await editor.get('/workspace')).text)));
  expect(new Set(tokens).size).toBe(3);
  const secret = (await t.db('web_sessions').select('csrf_token')).map((r) => r.csrf_token as string);
  for (const token of tokens) {
    expect(secret).toContain(unmaskToken(token));
    expect(secret.some((s) => token.includes(s))).toBe(false);
  }
  const sent = async (csrf: string) => {
    const fields = formFields((await editor.get('/workspace')).text, '/workspace/documents');
    return request(t.app)
      .post('/workspace/documents')
      .set('Cookie', editor.jar.header())
      .type('form')
      .send({ ...fields, csrf, title: `Masked ${csrf.slice(0, 8)}`, text: `${TEXT} Masked ${csrf.slice(0, 8)}.` });
  };
  expect((await sent(tokens[0])).status).toBe(303);
  expect((await sent(tokens[2])).status).toBe(303);
  // The token itself is never in a page, and is not what a form sends.
  expect((await sent(unmaskToken(tokens[1]))).status).toBe(403);
});

test('a form whose text is not UTF-8 once decoded (Latin-1 bytes) is refused, not saved with replacement characters', async () => {
  const editor = await signIn(t.app, t.keys.editor);
  const fields = formFields((await editor.get('/workspace')).text, '/workspace/documents');
  const before = await count('documents');
  const body = `csrf=${encodeURIComponent(editor.csrf)}&form_id=${fields.form_id}&title=Gar%E7on&text=${encodeURIComponent(textFor('Garçon'))}`;
  const res = await request(t.app).post('/workspace/documents').set('Cookie', editor.jar.header()).type('form').send(body);
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  expect(res.text).toContain('not UTF-8');
  expect(await count('documents')).toBe(before);
  const utf8 = body.replace('Gar%E7on', 'Gar%C3%A7on');
  expect((await request(t.app).post('/workspace/documents').set('Cookie', editor.jar.header()).type('form').send(utf8)).status).toBe(303);
  expect(await t.db('documents').where({ title: 'Garçon' }).count({ n: '*' }).first()).toEqual({ n: 1 });
});
