import request from 'supertest';
import type { TestApp } from '../support/app';
import { candidateForm, documentUnderReview, reportsArticle, signIn, workspaceLedger } from './support';

/*
 * The workspace's "create new" claimant and publisher take the actor named so (name or alias, case aside) when the
 * ledger holds one, and a pasted article whose URL or text the ledger holds is not saved twice. Both had been looked
 * up before the write and outside its transaction, and through the actors' substring search cut at 5 or 20 results:
 * requests made at once (candidates accepted in two tabs, a form posted twice) each created the actor or document,
 * and an actor past the first 20 whose names contain its own was not found at all.
 */
const { text: TEXT, candidates: CANDIDATES } = reportsArticle(8, 201, (i) => (i === 0 ? 'Interior Ministry' : 'Border Service'));

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
let documentId: number;
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
  documentId = await documentUnderReview(t, editor, { title: 'Eight figures', kind: 'article', language: 'en', text: TEXT }, CANDIDATES);
});
afterAll(() => t.drop());

const accept = (id: string, claimant: Record<string, string>) =>
  editor.post(`/workspace/documents/${documentId}/candidates/${id}`, {
    ...candidateForm(
      CANDIDATES.find((x) => x.id === id)!,
      claimant,
    ),
    action: 'accept',
  });
const claimantOf = async (res: request.Response) =>
  (
    await t
      .db('claims')
      .where({ id: Number(/accepted=(\d+)/.exec(res.headers.location)![1]) })
      .first()
  ).claimant_id as number;
const namedSo = async (name: string) => (await t.db('actors').whereRaw('lower(name) = lower(?)', [name]).select('id')).map((a) => a.id);

test('the actor named so is found however many actors have names containing it', async () => {
  for (let i = 1; i <= 21; i++)
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ kind: 'government_agency', name: `Regional Interior Ministry ${i}` })
      .expect(201);
  const held = (
    await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'government_agency', name: 'Interior Ministry' }).expect(201)
  ).body.id;
  // The review preselects it for the candidate that names it…
  const page = (await editor.get(`/workspace/documents/${documentId}`)).text;
  const form = page.slice(page.indexOf('id="cand-c1"'), page.indexOf('id="cand-c2"'));
  expect(form).toMatch(new RegExp(`<option value="actor:${held}" selected`));
  // …and "new actor" with its name, in another case, takes it too.
  const res = await accept('c1', { claimant: 'new', claimant_name: 'interior ministry', claimant_kind: 'government_agency' });
  expect(res.status).toBe(303);
  expect(await claimantOf(res)).toBe(held);
  expect(await namedSo('Interior Ministry')).toEqual([held]);
});

test('candidates of one new claimant accepted at once make one actor', async () => {
  const answers = await Promise.all(
    ['c2', 'c3', 'c4', 'c5', 'c6'].map((id) =>
      accept(id, { claimant: 'new', claimant_name: 'Border Service', claimant_kind: 'government_agency' }),
    ),
  );
  expect(answers.map((r) => r.status)).toEqual([303, 303, 303, 303, 303]);
  const made = await namedSo('Border Service');
  expect(made).toHaveLength(1);
  expect(await Promise.all(answers.map(claimantOf))).toEqual(Array(5).fill(made[0]));
});

test('the same article posted at once several times is saved once, with one new publisher', async () => {
  const form = {
    title: 'One article',
    kind: 'article',
    language: 'en',
    url: 'https://example.org/one-article',
    publisher: 'new',
    publisher_name: 'Parallel Monitor',
    publisher_kind: 'media_outlet',
    text: 'The ministry said that 40 citizens had returned.',
  };
  const answers = await Promise.all([1, 2, 3, 4].map(() => editor.post('/workspace/documents', form)));
  expect(answers.filter((r) => r.status === 303)).toHaveLength(1);
  for (const r of answers.filter((x) => x.status !== 303)) expect(r.text).toMatch(/The ledger holds this article already/);
  expect(await t.db('documents').where({ url: form.url }).count({ n: '*' }).first()).toEqual({ n: 1 });
  expect(await namedSo('Parallel Monitor')).toHaveLength(1);
  // A publisher named so is taken by a later article too.
  const later = await editor.post('/workspace/documents', { ...form, url: 'https://example.org/another', text: 'Another 50 returned.' });
  expect(later.status).toBe(303);
  expect(await namedSo('PARALLEL MONITOR')).toHaveLength(1);
});
