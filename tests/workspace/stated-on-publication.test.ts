/**
 * Review54: an accepted candidate's stated_on stayed empty even when the document has a publication date. stated_on is
 * the day the claimant stated the figure (DESIGN.md); a figure the document states itself (nobody else named, or the
 * publisher's own noun, "the Ministry said" in its release) was stated when the document was published. A figure the
 * document reports somebody else as saying keeps the day its words give, or none: that statement may be older.
 */
import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import type { TestApp } from '../support/app';
import { documentProposing, saidCandidate, workspaceLedger } from './support';

const TEXT = [
  'At least 40 people were detained in the operation.',
  'Officers detained 12 members of a cell in Khujand, the Ministry said.',
  'The group has some 300 members, Dushanbe officials said on Monday.',
].join('\n\n');
const sentences = TEXT.split('\n\n');

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

/** The value of c1's Stated on field, as the page writes it (value before id). */
const statedOn = (html: string): string | undefined => /value="([^"]*)" id="c1-stated_on"/.exec(html)?.[1];

const said = (i: number, words: string, fields: Partial<Candidate>): Candidate =>
  saidCandidate(TEXT, `c${i + 1}`, words, sentences[i], {
    country: 'TJ',
    metric: 'arrested',
    value: Number(words.replace(/\D/g, '')),
    ...fields,
  });

test('the document s own statements are stated on its publication date; a statement it reports keeps its own day', async () => {
  const publisher = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ name: 'Ministry of Internal Affairs of Tajikistan', kind: 'government_agency' })
    .expect(201);
  const id = await documentProposing(
    t,
    'Release',
    TEXT,
    [
      said(0, 'At least 40', { claimant: null, approximation: 'at_least' }),
      said(1, '12', { claimant: { name: 'Ministry', mention: 'the Ministry', actor_id: null, new: true } }),
      said(2, 'some 300', {
        metric: 'members',
        approximation: 'approximately',
        stated_on: '2026-11-02',
        claimant: { name: 'Dushanbe officials', mention: null, actor_id: null, new: true },
      }),
    ],
    { publisher_id: publisher.body.id, published_on: '2026-11-04' },
  );
  const page = await editor.get(`/workspace/documents/${id}?open=c1`);
  expect(statedOn(page.text)).toBe('2026-11-04');
  expect(page.text).toContain("<li>Stated on: the document's own statement, published 2026-11-04</li>");
  const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
  expect(res.status).toBe(303);
  const claims = await t.db('claims').orderBy('value').select('value', 'stated_on', 'stated_precision');
  expect(claims.map((c) => [Number(c.value), c.stated_on, c.stated_precision])).toEqual([
    [12, '2026-11-04', 'day'],
    [40, '2026-11-04', 'day'],
    [300, '2026-11-02', 'day'],
  ]);
});

test('a document published in a month gives its own statements that month; one with no date gives none', async () => {
  const month = await documentProposing(
    t,
    'Monthly',
    sentences[0],
    [saidCandidate(sentences[0], 'c1', '40', sentences[0], { claimant: null, country: 'TJ', metric: 'arrested', value: 40 })],
    {
      published_on: '2026-10',
    },
  );
  expect((await editor.get(`/workspace/documents/${month}?open=c1`)).text).toMatch(/value="2026-10" id="c1-stated_on"/);
  const undated = await documentProposing(t, 'Undated', sentences[0], [
    saidCandidate(sentences[0], 'c1', '40', sentences[0], { claimant: null, country: 'TJ', metric: 'arrested', value: 40 }),
  ]);
  expect((await editor.get(`/workspace/documents/${undated}?open=c1`)).text).toMatch(/value id="c1-stated_on"/);
});
