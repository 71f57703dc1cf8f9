import { ledgerThroughProxy } from '../support/ledgerThroughProxy';
import { signIn } from '../workspace/support';

/**
 * Every keyed write's answer is stored, whatever its kind: a workspace form sent with an Idempotency-Key and no form id
 * answers a redirect, which the key had never stored (only answers written with res.send were kept, and forms read
 * their bodies after the key's middleware had passed them by): sent again, it ran again.
 */
const ledger = ledgerThroughProxy({ seed: true });

async function cutAfterCommit<T>(send: () => Promise<T>): Promise<T> {
  const cut = ledger.proxy.cutAfter('COMMIT');
  const answer = await send();
  await cut;
  return answer;
}

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
  expect(await ledger.t.db('documents').where({ title: form.title })).toHaveLength(1);
});

test('a keyed workspace form whose answer was lost after its COMMIT lands, sent again, on what it saved', async () => {
  const editor = await signIn(ledger.app, ledger.t.keys.editor);
  const form = documentForm('Keyed form cut after its commit');
  const send = () => editor.post('/workspace/documents', form, { 'Idempotency-Key': 'keyed-form-cut' });
  expect((await cutAfterCommit(send)).status).toBe(503);
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
