/**
 * Review53: a claim by hand started from a candidate's sentence ("Start a claim by hand from its sentence", `from=`)
 * starts with that candidate's claimant when the review matched it to an actor of the ledger. It had started as a new
 * person with no name, so the sentence's second figure, said by the same police department, needed the actor found again
 * in the picker, and a name typed there instead was an actor of the kind person.
 */
import request from 'supertest';
import type { TestApp } from '../support/app';
import { documentProposing, pageForm, saidCandidate, workspaceLedger } from './support';

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
let police: number;
let documentId: number;
const TEXT = [
  'Three men were arrested on Sunday and two others were questioned, the Spokane Police Department said.',
  'About 15 people belong to the group, investigators said.',
].join('\n\n');
const [first, second] = TEXT.split('\n\n');

beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
  police = (
    await request(t.app)
      .post('/v1/actors')
      .set(t.as.editor)
      .send({ name: 'Spokane Police Department', kind: 'government_agency', country: 'US' })
      .expect(201)
  ).body.id;
  documentId = await documentProposing(t, 'Spokane', TEXT, [
    saidCandidate(TEXT, 'c1', 'Three', first, {
      value: 3,
      metric: 'arrested',
      claimant: { name: 'Spokane Police Department', mention: null, actor_id: null, new: true },
    }),
    saidCandidate(TEXT, 'c2', '15', second, {
      value: 15,
      approximation: 'approximately',
      value_text: 'About 15',
      metric: 'members',
      claimant: { name: 'investigators', mention: null, actor_id: null, new: true },
    }),
  ]);
});
afterAll(() => t.drop());

const handAction = () => `/workspace/documents/${documentId}/claims`;
async function handForm(from: string): Promise<Record<string, string>> {
  const page = await editor.get(`/workspace/documents/${documentId}?from=${from}`);
  expect(page.status).toBe(200);
  const manual = /<article id="cand-manual"[\s\S]*?<\/article>/.exec(page.text)![0];
  return pageForm(manual, handAction());
}

test('a claim by hand from a sentence whose claimant is an actor of the ledger starts with that actor', async () => {
  const form = await handForm('c1');
  expect([form.claimant, form.claimant_name, form.quote]).toEqual([`actor:${police}`, '', first]);
  const saved = await editor.post(handAction(), { ...form, value_text: 'two others', value: '2', metric: 'arrested', country: 'US' });
  expect(saved.text.match(/field-error[^>]*>[^<]*/g) ?? []).toEqual([]);
  expect(saved.status).toBe(303);
  expect(await t.db('claims').where({ value: 2 }).select('claimant_id')).toEqual([{ claimant_id: police }]);
  expect(await t.db('actors').count('* as n').first()).toEqual({ n: 1 });
});

test('a claim by hand from a sentence whose claimant is no actor yet starts as before, the claimant to name', async () => {
  const form = await handForm('c2');
  expect([form.claimant, form.claimant_name, form.quote]).toEqual(['new', '', second]);
  const plain = await handForm('none');
  expect([plain.claimant, plain.quote]).toEqual(['new', '']);
});
