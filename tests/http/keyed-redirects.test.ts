import { ledgerThroughProxy } from '../support/ledgerThroughProxy';
import { fieldValue, signIn } from '../workspace/support';
import { EDIT_FIELDS } from '../../src/web/workspace/editClaim';
import { OUTCOME_COOKIE } from '../../src/web/outcome';

/**
 * Every keyed write's answer is stored, whatever its kind: a workspace form sent with an Idempotency-Key and no form id
 * answers a redirect, which the key had never stored (only answers written with res.send were kept, and forms read
 * their bodies after the key's middleware had passed them by): sent again, it ran again.
 */
const ledger = ledgerThroughProxy({ seed: true });

const documentForm = (title: string) => ({ title, text: `${title}. Officials said 300 Kazakhs had gone to fight.` });

test('a workspace form with an Idempotency-Key and no form id is saved once; sent again, the first redirect is replayed', async () => {
  const editor = await signIn(ledger.app, ledger.t.keys.editor);
  const form = documentForm('Keyed form sent twice');
  // With the API key too, as a client scripting the forms sends it.
  const send = () => editor.post('/workspace/documents', form, { ...ledger.t.as.editor, 'Idempotency-Key': 'keyed-form-twice' });
  const first = await send();
  expect(first.status).toBe(303);
  const again = await send();
  expect({ status: again.status, location: again.headers.location, replayed: again.headers['idempotent-replayed'] }).toEqual({
    status: 303,
    location: first.headers.location,
    replayed: 'true',
  });
  // sent again, it says what was done as the first did: the flash goes with the replayed redirect
  const flash = (res: typeof again) =>
    ([] as string[]).concat(res.headers['set-cookie'] ?? []).some((c) => c.startsWith(`${OUTCOME_COOKIE}=`));
  expect([flash(first), flash(again)]).toEqual([true, true]);
  expect(await ledger.t.db('documents').where({ title: form.title })).toHaveLength(1);
});

test('a keyed form answered with a page (an edit that changed nothing) is not kept: sent again it runs again, not a 409', async () => {
  const editor = await signIn(ledger.app, ledger.t.keys.editor);
  const page = await editor.get('/workspace/claims/1/edit');
  const form = { ...Object.fromEntries([...EDIT_FIELDS, 'version'].map((n) => [n, fieldValue(page.text, n) ?? ''])), reason: 'checked' };
  const send = () => editor.post('/workspace/claims/1/edit', form, { 'Idempotency-Key': 'keyed-form-unchanged' });
  for (const res of [await send(), await send()]) {
    expect({ status: res.status, replayed: res.headers['idempotent-replayed'] }).toEqual({ status: 200, replayed: undefined });
    expect(res.text).toContain('Nothing was saved');
  }
});

test('a keyed workspace form whose answer was lost after its COMMIT lands, sent again, on what it saved', async () => {
  const editor = await signIn(ledger.app, ledger.t.keys.editor);
  const form = documentForm('Keyed form cut after its commit');
  const send = () => editor.post('/workspace/documents', form, { 'Idempotency-Key': 'keyed-form-cut' });
  expect((await ledger.cutAfterCommit(send)).status).toBe(503);
  const saved = await ledger.t.db('documents').where({ title: form.title });
  expect(saved).toHaveLength(1);
  const again = await send();
  expect({ status: again.status, location: again.headers.location }).toEqual({
    status: 303,
    location: `/workspace/documents/${saved[0].id}?created=1#outcome`,
  });
  expect((await send()).headers['idempotent-replayed']).toBe('true');
  expect(await ledger.t.db('documents').where({ title: form.title })).toHaveLength(1);
});

test('the same key with another form is a 422 naming it, and saves nothing', async () => {
  const editor = await signIn(ledger.app, ledger.t.keys.editor);
  await editor.post('/workspace/documents', documentForm('Keyed form first'), { 'Idempotency-Key': 'keyed-form-other' });
  const other = await editor.post('/workspace/documents', documentForm('Keyed form other'), { 'Idempotency-Key': 'keyed-form-other' });
  expect(other.status).toBe(422);
  expect(other.text).toContain('Idempotency-Key');
  expect(await ledger.t.db('documents').where({ title: 'Keyed form other' })).toHaveLength(0);
});
