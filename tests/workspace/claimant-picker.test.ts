/**
 * Walk47: the new claimant's name stays filled when an editor picks an actor of the ledger in the Claimant picker. A
 * name left as the candidate proposed it is dropped (the pick corrects the proposal); a name the editor typed that is
 * not the chosen actor's is refused at that field, naming the actor, rather than silently saving the claim as the
 * actor's and dropping the name.
 */
import request from 'supertest';
import type { TestApp } from '../support/app';
import { documentProposing, fieldValue, pageForm, saidCandidate, workspaceLedger } from './support';

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
let ngo: number;
let documentId: number;
const TEXT = [
  'Since 2019, Uzbekistan has repatriated 531 of its nationals, she said.',
  'Tajikistan brought back 84 women and children in 2022, the director said.',
  'At least 300 Tajik women and children are still held, she said.',
].join('\n\n');
const [first, second, third] = TEXT.split('\n\n');

beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
  ngo = (
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ name: 'Save the Families International', kind: 'ngo', aliases: ['SFI'] })
      .expect(201)
  ).body.id;
  const said = (id: string, words: string, sentence: string, fields: object) =>
    saidCandidate(TEXT, id, words, sentence, {
      claimant: { name: 'she', mention: null, actor_id: null, new: true },
      metric: 'repatriated',
      ...fields,
    });
  documentId = await documentProposing(t, 'Camps', TEXT, [
    said('c1', '531', first, { country: 'UZ', value: 531 }),
    said('c2', '84', second, { country: 'TJ', value: 84 }),
    said('c3', '300', third, { country: 'TJ', value: 300, approximation: 'at_least', value_text: 'At least 300' }),
  ]);
});
afterAll(() => t.drop());

const action = (cid: string) => `/workspace/documents/${documentId}/candidates/${cid}`;
async function formOf(cid: string): Promise<Record<string, string>> {
  const page = await editor.get(`/workspace/documents/${documentId}?open=${cid}`);
  expect(page.status).toBe(200);
  return pageForm(page.text, action(cid));
}
const claimsOf = (value: number) => t.db('claims').where({ value }).select('claimant_id');
const actorsNamed = (name: string) => t.db('actors').whereRaw('lower(name) = lower(?)', [name]);

test('an actor picked over a proposed new claimant saves the claim as that actor, the proposed name dropped', async () => {
  const form = await formOf('c1');
  expect([form.claimant, form.claimant_name]).toEqual(['new', 'she']);
  const accepted = await editor.post(action('c1'), { ...form, claimant: `actor:${ngo}` });
  expect(accepted.status).toBe(303);
  expect(await claimsOf(531)).toEqual([{ claimant_id: ngo }]);
  expect(await actorsNamed('she')).toEqual([]);
});

test('a name typed with an actor left chosen is refused at that field, naming the actor, and nothing is saved', async () => {
  const form = await formOf('c2');
  const refused = await editor.post(action('c2'), { ...form, claimant: `actor:${ngo}`, claimant_name: 'Maria Lindqvist' });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain(
    `names a new claimant, but the Claimant chosen is Save the Families International (actor ${ngo}): choose &quot;new actor&quot; to save &quot;Maria Lindqvist&quot; as the claimant`,
  );
  expect(refused.text).toMatch(/id="c2-claimant_name-err"/);
  expect(fieldValue(refused.text, 'claimant_name')).toBe('Maria Lindqvist');
  expect(await claimsOf(84)).toEqual([]);
  expect(await actorsNamed('Maria Lindqvist')).toEqual([]);
  // "new actor" with the same name saves it as the claimant.
  const saved = await editor.post(action('c2'), { ...form, claimant: 'new', claimant_name: 'Maria Lindqvist', claimant_kind: 'person' });
  expect(saved.status).toBe(303);
  const [maria] = await actorsNamed('Maria Lindqvist');
  expect(await claimsOf(84)).toEqual([{ claimant_id: maria.id }]);
});

test('a typed name that is the chosen actor, by an alias, is no conflict', async () => {
  const form = await formOf('c3');
  const accepted = await editor.post(action('c3'), { ...form, claimant: `actor:${ngo}`, claimant_name: 'SFI' });
  expect(accepted.status).toBe(303);
  expect(await claimsOf(300)).toEqual([{ claimant_id: ngo }]);
});

test('a claim by hand with an actor chosen and another name typed is refused the same way', async () => {
  const refused = await editor.post(`/workspace/documents/${documentId}/claims`, {
    value_text: '531',
    value: '531',
    approximation: 'exact',
    metric: 'repatriated',
    country: 'UZ',
    claimant: `actor:${ngo}`,
    claimant_name: 'Uzbek foreign ministry',
    claimant_kind: 'government_agency',
    quote: first,
    separate: 'yes',
  });
  expect(refused.status).toBe(422);
  expect(refused.text).toContain('names a new claimant, but the Claimant chosen is Save the Families International');
  expect(await t.db('claims').count({ n: '*' })).toEqual([{ n: 3 }]);
});
