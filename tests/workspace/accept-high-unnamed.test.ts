/**
 * Walk47: "accept all high-confidence" stored the extractor's new claimants as it named them, words that are not a
 * name ("she", "group's director", "spokesman for the Russian foreign ministry"), each as a new actor. The bulk path
 * leaves such a candidate open, names it and its words beside the button, and accepts the others; on its card the editor
 * chooses the actor or types the name. A name opening with a lowercase particle ("al-Hayat") is a name.
 */
import type { Candidate } from '../../src/extract/candidate';
import { notAName } from '../../src/web/workspace/acceptAll';
import type { TestApp } from '../support/app';
import { documentProposing, saidCandidate, workspaceLedger } from './support';

const TEXT = [
  'Since 2019, Uzbekistan has repatriated 531 of its nationals, the group director said.',
  'Tajikistan brought back 84 women and children in 2022, she said.',
  'Moscow had returned 389 children from Syria and Iraq, a spokesman for the Russian foreign ministry said.',
  'Kyrgyzstan has brought home 359 children, Maria Lindqvist said.',
  'At least 120 Kazakh women remain in Roj, al-Hayat reported.',
].join('\n\n');
const sentences = TEXT.split('\n\n');

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

const said = (i: number, words: string, claimant: string, fields: Partial<Candidate>): Candidate =>
  saidCandidate(TEXT, `c${i + 1}`, words, sentences[i], {
    claimant: { name: claimant, mention: null, actor_id: null, new: true },
    metric: 'repatriated',
    value: Number(words.replace(/\D/g, '')),
    ...fields,
  });
const CANDIDATES = [
  said(0, '531', "group's director", { country: 'UZ' }),
  said(1, '84', 'she', { country: 'TJ' }),
  said(2, '389', 'spokesman for the Russian foreign ministry', { country: 'RU' }),
  said(3, '359', 'Maria Lindqvist', { country: 'KG' }),
  said(4, 'At least 120', 'al-Hayat', { country: 'KZ', metric: 'women', approximation: 'at_least', value: 120 }),
];

test('words that are not a name are told from names', () => {
  const notNames = ["group's director", 'she', 'She', 'spokesman for the Russian foreign ministry', 'they', 'its annual report'];
  expect(notNames.filter(notAName)).toEqual(notNames);
  expect(['Maria Lindqvist', 'al-Hayat', 'de Kerchove', 'van der Berg', 'de la Cruz', 'FSB', 'Supreme Court'].filter(notAName)).toEqual([]);
});

test('accept all leaves the candidates whose new claimant is not named, says which and why, and accepts the others', async () => {
  const id = await documentProposing(t, 'Camps', TEXT, CANDIDATES);
  const page = await editor.get(`/workspace/documents/${id}`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('Accept all 2 high-confidence candidates');
  expect(page.text).toContain(
    "Left for you to name: 3 candidates of 60% or more (c1: “group's director”, c2: “she”, c3: “spokesman for the Russian foreign ministry”) give as a new claimant words that are not a name",
  );
  expect(page.text).toMatch(/aria-describedby="accept-high-means accept-high-unnamed"/);
  const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
  expect(res.status).toBe(303);
  expect(decodeURIComponent(res.headers.location)).toContain('high=2-0-0');
  expect((await t.db('actors').orderBy('name').pluck('name')).sort()).toEqual(['Maria Lindqvist', 'al-Hayat']);
  expect((await t.db('claims').pluck('value')).map(Number).sort()).toEqual([120, 359]);
  const decided = await t
    .db('workspace_decisions')
    .join('workspace_extractions', 'workspace_extractions.id', 'extraction_id')
    .where({ document_id: id })
    .orderBy('candidate_id')
    .pluck('candidate_id');
  expect(decided).toEqual(['c4', 'c5']);
});
