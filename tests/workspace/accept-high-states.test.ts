/**
 * Review54: "accept all high-confidence" created an actor "Member States" (review53's walk), the extractor's claimant for
 * "Eleven Member States reported that…": states counted or quantified, not named. Such a claimant is left for the
 * editor to name, as a pronoun is; a name ending in "States" or "Nations" with a word of its own before it stays a name.
 */
import type { Candidate } from '../../src/extract/candidate';
import { notAName } from '../../src/web/workspace/acceptAll';
import type { TestApp } from '../support/app';
import { documentProposing, saidCandidate, workspaceLedger } from './support';

const TEXT = [
  'Eleven Member States reported that 1,200 foreign fighters had returned home.',
  'The United States said 40 of its citizens were held in camps in Syria.',
].join('\n\n');
const sentences = TEXT.split('\n\n');

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

test('states counted or quantified are no name; a state named so is', () => {
  const counted = [
    'Member States',
    'Eleven Member States',
    'Several Member States',
    '27 EU member states',
    'twenty-seven States',
    'Some governments',
    'Other countries',
  ];
  expect(counted.filter(notAName)).toEqual(counted);
  expect(
    ['United States', 'United Nations', 'Gulf States', 'Islamic State', 'Federated States of Micronesia', 'States Parties Assembly'].filter(
      notAName,
    ),
  ).toEqual([]);
});

test('accept all leaves the counted states to the editor and accepts the state named', async () => {
  const said = (i: number, words: string, claimant: string, fields: Partial<Candidate>): Candidate =>
    saidCandidate(TEXT, `c${i + 1}`, words, sentences[i], {
      claimant: { name: claimant, mention: claimant, actor_id: null, new: true },
      value: Number(words.replace(/\D/g, '')),
      ...fields,
    });
  const id = await documentProposing(t, 'Returns', TEXT, [
    said(0, '1,200', 'Eleven Member States', { metric: 'returnees', country: '001' }),
    said(1, '40', 'United States', { metric: 'detained', country: 'US' }),
  ]);
  const page = await editor.get(`/workspace/documents/${id}`);
  expect(page.text).toContain('Accept all 1 high-confidence candidate');
  expect(page.text).toContain('c1: “Eleven Member States”');
  const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
  expect(res.status).toBe(303);
  expect(await t.db('actors').pluck('name')).toEqual(['United States']);
  expect((await t.db('claims').pluck('value')).map(Number)).toEqual([40]);
});
