/**
 * Review52: a ministry's own release ("…, the Ministry said") gave the extractor's claimant "Ministry", a body's noun alone
 * with no body named before it, and "accept all high-confidence" created an actor named "Ministry" beside the publisher.
 * Such a noun is the publisher when the publisher's name holds it; otherwise it is words about a body, left for the editor
 * to name, as a pronoun is.
 */
import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { notAName } from '../../src/web/workspace/acceptAll';
import type { TestApp } from '../support/app';
import { documentProposing, saidCandidate, workspaceLedger } from './support';

const TEXT = [
  'Police detained 14 members of a banned group in Khatlon, the Ministry said.',
  'Border guards stopped 9 men travelling to Syria, the Agency said.',
].join('\n\n');
const sentences = TEXT.split('\n\n');

let t: TestApp;
let editor: Awaited<ReturnType<typeof workspaceLedger>>['editor'];
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

const said = (i: number, words: string, claimant: string): Candidate =>
  saidCandidate(TEXT, `c${i + 1}`, words, sentences[i], {
    claimant: { name: claimant, mention: `the ${claimant}`, actor_id: null, new: true },
    metric: 'arrested',
    country: 'TJ',
    value: Number(words),
  });

test('a body noun alone is no name; a name holding it is', () => {
  expect(['Ministry', 'Police', 'the Agency', ' Government '].filter(notAName)).toEqual([
    'Ministry',
    'Police',
    'the Agency',
    ' Government ',
  ]);
  expect(['Ministry of Internal Affairs', 'Police Scotland', 'Europol', 'Agency for Security'].filter(notAName)).toEqual([]);
});

test('accept all gives the publisher the claim its own noun names, and leaves a noun the publisher does not hold', async () => {
  const publisher = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ name: 'Ministry of Internal Affairs of Tajikistan', kind: 'government_agency' })
    .expect(201);
  const id = await documentProposing(t, 'Release', TEXT, [said(0, '14', 'Ministry'), said(1, '9', 'Agency')], {
    publisher_id: publisher.body.id,
  });
  const page = await editor.get(`/workspace/documents/${id}`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('Accept all 1 high-confidence candidate');
  expect(page.text).toContain('c2: “Agency”');
  // (the reason says so, opening with it when the extractor gave the claimant no reason of its own)
  expect(page.text).toContain('<li>Claimant: &quot;Ministry&quot; is the publisher, Ministry of Internal Affairs of Tajikistan</li>');
  const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
  expect(res.status).toBe(303);
  expect(await t.db('actors').orderBy('name').pluck('name')).toEqual(['Ministry of Internal Affairs of Tajikistan']);
  const claims = await t.db('claims').select('value', 'claimant_id');
  expect(claims.map((c) => [Number(c.value), c.claimant_id])).toEqual([[14, publisher.body.id]]);
});

test('a news outlet whose name holds the noun is not the body its story names: the noun is left for the editor', async () => {
  const outlet = await request(t.app)
    .post('/v1/actors')
    .set(t.as.editor)
    .send({ name: 'Court News Service', kind: 'media_outlet' })
    .expect(201);
  const text = 'Five men were among 30 people arrested, the Court said.';
  const court = saidCandidate(text, 'c1', '30', text, {
    claimant: { name: 'Court', mention: 'the Court', actor_id: null, new: true },
    metric: 'arrested',
    country: 'NL',
    value: 30,
  });
  const id = await documentProposing(t, 'Sentenced', text, [court], { publisher_id: outlet.body.id });
  const page = await editor.get(`/workspace/documents/${id}`);
  expect(page.status).toBe(200);
  expect(page.text).not.toContain('is the publisher');
  expect(page.text).toContain('c1: “Court”');
  expect(page.text).not.toContain('Accept all 1 high-confidence candidate');
  const before = await t.db('claims').count({ n: '*' }).first();
  const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
  expect(res.status).toBe(303);
  expect(await t.db('claims').count({ n: '*' }).first()).toEqual(before);
});
