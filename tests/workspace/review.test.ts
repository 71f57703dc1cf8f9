import { formsWithoutSubmit } from '../support/formsWithoutSubmit';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { loadSeed, SEED_FILE } from '../../seeds/load';
import type { Candidate } from '../../src/extract/candidate';
import { createTestApp, TestApp } from '../support/app';
import { tableChecksums } from '../support/tables';
import { candidateIn, signIn } from './support';

const TEXT = [
  "Kazakhstan's intelligence agency has estimated that there are around 300 Kazakh nationals fighting with Islamic State (IS) in Iraq and Syria, around half of whom are women.",
  'The chairman of the KNB, Nurtai Abykaev, said that "over 300" Kazakh militants in Islamic State had formed their own jamaat.',
  "The director of Russia's FSB, Aleksandr Bortnikov, said the number of Islamic State militants from Russia had jumped to 1,500 from a previous estimate of around 1,100 militants.",
  'A <script>alert("x")</script> tag and <b>bold</b> words stay text.',
].join('\n\n');

/** A candidate as the extractor would propose it, located in TEXT. */
function cand(id: string, words: string, sentenceStart: string, fields: Partial<Candidate>, occurrence = 0): Candidate {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(words, start + 1);
  const qStart = TEXT.indexOf(sentenceStart);
  const qEnd = TEXT.indexOf('.', Math.max(start, qStart) + words.length) + 1;
  if (start < 0 || qStart < 0) throw new Error(`not in the text: ${words}`);
  const quote = {
    exact: TEXT.slice(qStart, qEnd),
    start: qStart,
    end: qEnd,
    prefix: TEXT.slice(Math.max(0, qStart - 32), qStart),
    suffix: TEXT.slice(qEnd, qEnd + 32),
  };
  return candidateIn(
    TEXT,
    words,
    { id, group: 'islamic-state', cue: 'said', quote, confidence: 0.9, reasons: { approximation: 'test' }, ...fields },
    start,
  );
}
const person = (name: string) => ({ name, mention: null, actor_id: null, new: true });

const CANDIDATES: Candidate[] = [
  cand('c1', 'around 300', "Kazakhstan's intelligence", {
    value: 300,
    approximation: 'approximately',
    claimant: { name: 'KNB', mention: "Kazakhstan's intelligence agency", actor_id: null, new: true },
  }),
  cand('c2', 'around half', "Kazakhstan's intelligence", {
    fraction: 0.5,
    approximation: 'approximately',
    metric: 'women',
    claimant: { name: 'KNB', mention: null, actor_id: null, new: true },
    relations: [{ type: 'part_of', target: 'c1' }],
  }),
  cand('c3', 'over 300', 'The chairman', { value: 300, approximation: 'more_than', claimant: person('Nurtai Abykaev') }),
  cand('c4', '1,500', 'The director', {
    value: 1500,
    country: 'RU',
    claimant: person('Aleksandr Bortnikov'),
    relations: [{ type: 'supersedes', target: 'c5' }],
  }),
  cand('c5', 'around 1,100', 'The director', {
    value: 1100,
    approximation: 'approximately',
    country: 'RU',
    claimant: person('Aleksandr Bortnikov'),
    confidence: 0.5,
  }),
];

let t: TestApp;
let vocabOnly: string;
beforeAll(async () => {
  t = await createTestApp();
  // A fresh ledger with the vocabularies (metrics, groups) and nothing else.
  const seed = JSON.parse(fs.readFileSync(SEED_FILE, 'utf8'));
  vocabOnly = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ws-')), 'vocab.json');
  fs.writeFileSync(vocabOnly, JSON.stringify({ ...seed, actors: [], documents: [], claims: [] }));
  await loadSeed(t.db, vocabOnly);
});
afterAll(() => t.drop());

type Editor = Awaited<ReturnType<typeof signIn>>;

async function newDocument(editor: Editor, extra: Record<string, string> = {}, candidates: Candidate[] = CANDIDATES): Promise<number> {
  const res = await editor.post('/workspace/documents', {
    title: 'Kazakh <i>women</i> & IS',
    url: 'https://example.org/a?b=1',
    kind: 'blog_post',
    publisher: 'new',
    publisher_name: 'RFE/RL',
    publisher_kind: 'media_outlet',
    authors: 'Joanna Paraszczuk\r\nSecond Author',
    published_on: '2014-11',
    language: 'en',
    text: TEXT.replace(/\n/g, '\r\n'),
    // These tests enter the same text as several documents on purpose (another report of the same statements); the
    // workspace saves a repeat only when told it is a separate document (tests/workspace/repeated-article.test.ts).
    separate: 'yes',
    ...extra,
  });
  expect(res.status).toBe(303);
  // its own fragment, so the browser does not keep the form action's #doc-errors
  const id = Number(/^\/workspace\/documents\/(\d+)\?created=1#outcome$/.exec(res.headers.location)![1]);
  const doc = await t.db('documents').where({ id }).first();
  // Proposed candidates are what the extractor gave for this text; the test fixes them, as a stored extraction.
  await t
    .db('workspace_extractions')
    .insert({ document_id: id, text_sha256: doc.text_sha256, candidates: JSON.stringify(candidates), created_by: 'test' });
  return id;
}

/** One candidate's card in a review page. */
const cardIn = (html: string, id: string) => new RegExp(`<article id="cand-${id}"[\\s\\S]*?</article>`).exec(html)![0];

const claimsOf = (documentId: number) =>
  t
    .db('claims')
    .whereIn('id', t.db('claim_sources').where({ document_id: documentId }).select('claim_id'))
    .orderBy('id');

describe('a document entered in the workspace', () => {
  let editor: Editor;
  let doc: number;
  beforeAll(async () => {
    editor = await signIn(t.app, t.keys.editor);
    doc = await newDocument(editor);
  });

  test('is saved through DocumentService: text as pasted (line breaks as stored), publisher created, authors, date with its precision', async () => {
    const row = await t.db('documents').where({ id: doc }).first();
    expect(row).toMatchObject({
      title: 'Kazakh <i>women</i> & IS',
      url: 'https://example.org/a?b=1',
      kind: 'blog_post',
      authors: ['Joanna Paraszczuk', 'Second Author'],
      published_on: '2014-11-01',
      published_precision: 'month',
      text: TEXT,
    });
    const publisher = await t.db('actors').where({ id: row.publisher_id }).first();
    expect(publisher).toMatchObject({ name: 'RFE/RL', kind: 'media_outlet' });
    const revision = await t.db('revisions').where({ entity: 'document', entity_id: doc }).first();
    expect(revision.author).toBe('test editor');
  });

  test('a text copied from a PDF keeps its page and line breaks as line breaks; other control characters are refused naming the text', async () => {
    const pdf = await newDocument(editor, {
      title: 'From a PDF',
      text: TEXT.replace('\n', '\f').replace('\n', '\v').replace('\n', '\u0085'),
    });
    expect((await t.db('documents').where({ id: pdf }).first()).text).toBe(TEXT);
    const before = await tableChecksums(t.db);
    const res = await editor.post('/workspace/documents', { title: 'Garbled', text: `${TEXT}\u001b[0m`, separate: 'yes' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="doc-text-err"[^>]*>[^<]*must not contain control characters such as U\+001B/);
    expect(await tableChecksums(t.db)).toEqual(before);
  });

  test('a document with bad fields is refused on the form, naming them, with the input kept and nothing saved', async () => {
    const before = await t.db('documents').count({ n: '*' }).first();
    const res = await editor.post('/workspace/documents', {
      title: '',
      url: 'ftp://x',
      published_on: '2014-13',
      text: 'Kept text 42',
      publisher: '',
    });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="doc-title-err"[^>]*>must be filled in</);
    expect(res.text).toContain('id="doc-url-err"');
    expect(res.text).toContain('id="doc-published-err"');
    // The summary names each field as the form labels it.
    expect(res.text).toMatch(/<li><a href="#doc-title">Title: must be filled in</);
    expect(res.text).toMatch(/<li><a href="#doc-url">URL: /);
    expect(res.text).toMatch(/<li><a href="#doc-published">Published: /);
    expect(res.text).toContain('>Kept text 42</textarea>');
    expect(await t.db('documents').count({ n: '*' }).first()).toEqual(before);
  });

  test('the review page shows the text with each candidate in a <mark>, stored text escaped, and a prefilled form per candidate', async () => {
    const res = await editor.get(`/workspace/documents/${doc}`);
    expect(res.status).toBe(200);
    for (const c of CANDIDATES)
      expect(res.text).toContain(
        `<mark id="mark-${c.id}" class="cand-mark state-open" data-candidate="${c.id}"><a href="#cand-${c.id}" aria-label="${c.value_text} (${c.id}, to review)">${c.value_text}</a></mark>`,
      );
    expect(res.text).toContain('A &lt;script>alert(&quot;x&quot;)&lt;/script> tag and &lt;b>bold&lt;/b> words stay text.');
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).toContain('<h1>Review: Kazakh &lt;i>women&lt;/i> &amp; IS</h1>');
    // The verbal share gets the value its whole implies; the claimant not in the ledger is offered as a new actor.
    // (c1, the first open, is shown in full; c2 in full once opened.)
    expect(res.text).toContain('id="c1-value"');
    const c2 = (await editor.get(`/workspace/documents/${doc}?open=c2`)).text;
    expect(c2).toMatch(/id="c2-value"[^>]*value="150"|value="150"[^>]*id="c2-value"/);
    expect(c2).not.toContain('id="c1-value"');
    expect(res.text).toContain('more than 300 · Foreign fighters · Kazakhstan · Islamic State · said by Nurtai Abykaev (new)');
    expect((await editor.get(`/workspace/documents/${doc}?open=c3`)).text).toMatch(
      /<option value="new" selected>new actor: Nurtai Abykaev<\/option>/,
    );
    expect(res.text).toContain('Accept all 4 high-confidence candidates');
  });

  test('accepting a candidate makes a claim through ClaimService: exact quote with offsets, new claimant, revision by the editor', async () => {
    const page = await editor.get(`/workspace/documents/${doc}`);
    expect(page.status).toBe(200);
    const res = await editor.post(`/workspace/documents/${doc}/candidates/c3`, formOf('c3', { action: 'accept' }));
    expect(res.status).toBe(303);
    const claimId = Number(/accepted=(\d+)/.exec(res.headers.location)![1]);
    expect(res.headers.location).toMatch(/#cand-c4$/);
    const claim = (await request(t.app).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(claim).toMatchObject({
      metric: 'foreign_fighters',
      country: 'KZ',
      group: 'islamic-state',
      value: 300,
      approximation: 'more_than',
      value_text: 'over 300',
      claimant: { name: 'Nurtai Abykaev', kind: 'person' },
    });
    const quote = CANDIDATES[2].quote;
    expect(claim.sources).toEqual([
      expect.objectContaining({ quote: quote.exact, start: quote.start, end: quote.end, prefix: quote.prefix, suffix: quote.suffix }),
    ]);
    const history = (await request(t.app).get(`/v1/claims/${claimId}/history`).expect(200)).body;
    expect(history.revisions[0]).toMatchObject({ action: 'create', author: 'test editor' });
    const after = await editor.get(`/workspace/documents/${doc}`);
    expect(after.text).toContain(`Accepted as claim ${claimId}.`);
    expect(after.text).toContain('class="cand-mark state-accepted" data-candidate="c3"');
    // The same form sent again does not make a second claim.
    const again = await editor.post(`/workspace/documents/${doc}/candidates/c3`, formOf('c3', { action: 'accept' }));
    expect(again.status).toBe(409);
    expect((await claimsOf(doc)).length).toBe(1);
    // A stale tab's decision is refused saying what was decided, and by whom: the other tab's, or another editor's.
    const decided = `Candidate c3 has been decided already, by test editor: Accepted as claim ${claimId}. Nothing was changed.`;
    expect(again.text).toContain(decided);
    const stale = await editor.post(`/workspace/documents/${doc}/candidates/c3`, formOf('c3', { action: 'reject' }));
    expect([stale.status, stale.text.includes(decided)]).toEqual([409, true]);
    // What the stale tab typed is not lost: the page shows it, read-only and escaped, with the way to the claim it is
    // meant for, to correct there (a reject sends nothing typed: the ways alone).
    const typed = await editor.post(
      `/workspace/documents/${doc}/candidates/c3`,
      formOf('c3', { action: 'accept', value: '155', notes: '<b>counted again</b> & checked' }),
    );
    expect(typed.status).toBe(409);
    expect(typed.text).toContain(decided);
    expect(typed.text).toContain(`<a href="/claims/${claimId}">See claim ${claimId}</a>`);
    expect(typed.text).toContain(`<a href="/workspace/claims/${claimId}/edit">Correct claim ${claimId}</a>`);
    expect(typed.text).toContain('<h2 id="sent-h">What you sent, not saved</h2>');
    expect(typed.text).toContain('<dt>Value</dt><dd dir="auto">155</dd>');
    expect(typed.text).toContain('<dt>Notes</dt><dd dir="auto">&lt;b>counted again&lt;/b> &amp; checked</dd>');
    expect(typed.text).not.toContain('<b>counted again');
    expect(stale.text).toContain(`<a href="/claims/${claimId}">See claim ${claimId}</a>`);
    expect(stale.text).not.toContain('What you sent');
    expect((await request(t.app).get(`/v1/claims/${claimId}`).expect(200)).body.value).toBe(300);
  });

  test("a bad field is shown on the form, naming it, with the editor's input kept; nothing is saved", async () => {
    const before = await t.db('claims').count({ n: '*' }).first();
    const res = await editor.post(
      `/workspace/documents/${doc}/candidates/c1`,
      formOf('c1', { action: 'accept', value: 'three hundred', country: 'Atlantis', quote: 'words that are not in the text' }),
    );
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="c1-value-err"[^>]*>must be a number/);
    // The summary's errors link to their fields.
    expect(res.text).toMatch(/<li><a href="#c1-value">Value: must be a number/);
    expect(res.text).toMatch(/<li><a href="#c1-country">Country: [^<]*not a known country/);
    expect(res.text).toMatch(/id="c1-country-err"[^>]*>[^<]*not a known country/);
    expect(res.text).toMatch(/id="c1-quote-err"[^>]*>[^<]*does not occur exactly/);
    expect(res.text).toContain('value="three hundred"');
    expect(res.text).toContain('>words that are not in the text</textarea>');
    expect(await t.db('claims').count({ n: '*' }).first()).toEqual(before);
    expect(await t.db('workspace_decisions').where({ candidate_id: 'c1' })).toEqual([]);
  });

  test('a relation to a candidate not yet a claim is made once it is one, whichever is accepted first', async () => {
    // The share (c2) is accepted before its whole (c1), which then becomes a source of Abykaev's claim.
    const women = await editor.post(
      `/workspace/documents/${doc}/candidates/c2`,
      formOf('c2', { action: 'accept', claimant_kind: 'government_agency' }),
    );
    expect(women.status).toBe(303);
    const womenId = Number(/accepted=(\d+)/.exec(women.headers.location)![1]);
    expect((await request(t.app).get(`/v1/claims/${womenId}`)).body).toMatchObject({
      metric: 'women',
      value: 150,
      approximation: 'approximately',
      relations: [],
      claimant: { name: 'KNB', kind: 'government_agency' },
    });
    const abykaev = (await t.db('workspace_decisions').where({ candidate_id: 'c3' }).first()).claim_id;
    const source = await editor.post(
      `/workspace/documents/${doc}/candidates/c1`,
      formOf('c1', { action: 'add_source', source_of: `claim:${abykaev}` }),
    );
    expect(source.status).toBe(303);
    expect(source.headers.location).toContain(`source=${abykaev}`);
    const whole = (await request(t.app).get(`/v1/claims/${abykaev}`)).body;
    expect(whole.sources.map((s: { quote: string }) => s.quote)).toEqual([CANDIDATES[2].quote.exact, CANDIDATES[0].quote.exact]);
    expect(whole.relations).toEqual([{ type: 'has_part', claim_id: womenId, asserted_by: expect.objectContaining({ name: 'KNB' }) }]);
    expect((await request(t.app).get(`/v1/claims/${womenId}`)).body.relations).toEqual([
      { type: 'part_of', claim_id: abykaev, asserted_by: expect.objectContaining({ name: 'KNB' }) },
    ]);
    expect((await claimsOf(doc)).length).toBe(2);
  });

  test('a supersession is made whichever end is accepted first, and the earlier figure becomes superseded', async () => {
    const later = await editor.post(`/workspace/documents/${doc}/candidates/c4`, formOf('c4', { action: 'accept' }));
    expect(later.status).toBe(303);
    const laterId = Number(/accepted=(\d+)/.exec(later.headers.location)![1]);
    const page = await editor.get(`/workspace/documents/${doc}`);
    expect(page.text).toContain('Relation supersedes c5 will be made when c5 is accepted.');
    // Bortnikov now exists: the next candidate naming him picks the same actor.
    expect(page.text).toMatch(/<option value="actor:\d+" selected>Aleksandr Bortnikov \(person/);
    // (and "new actor" is not offered under his name beside him, review53: the name below is kept for a new one)
    expect(page.text).toContain('<option value="new">new actor (name below)</option>');
    expect(page.text).not.toContain('new actor: Aleksandr Bortnikov');
    const earlier = await editor.post(`/workspace/documents/${doc}/candidates/c5`, formOf('c5', { action: 'accept' }, page.text));
    expect(earlier.status).toBe(303);
    const earlierId = Number(/accepted=(\d+)/.exec(earlier.headers.location)![1]);
    const e = (await request(t.app).get(`/v1/claims/${earlierId}`)).body;
    expect(e).toMatchObject({
      status: 'superseded',
      value: 1100,
      relations: [{ type: 'superseded_by', claim_id: laterId, asserted_by: expect.objectContaining({ name: 'Aleksandr Bortnikov' }) }],
    });
    expect(e.claimant.id).toBe((await request(t.app).get(`/v1/claims/${laterId}`)).body.claimant.id);
    expect(await t.db('actors').where({ name: 'Aleksandr Bortnikov' })).toHaveLength(1);
  });

  test('rejecting keeps the candidate out until reconsidered', async () => {
    const doc2 = await newDocument(editor, { publisher: '', title: 'Second' });
    const res = await editor.post(`/workspace/documents/${doc2}/candidates/c5`, { action: 'reject' });
    expect(res.status).toBe(303);
    expect(await t.db('workspace_decisions').where({ candidate_id: 'c5', decision: 'rejected' })).toHaveLength(1);
    // Its notice offers the Undo, the row's Reconsider; said once, the page offers it no more.
    const undo = '<button type="submit" form="ws-rows" name="row" value="reconsider c5" class="secondary">Undo: reopen c5</button>';
    const landed = (await editor.get(res.headers.location)).text;
    expect(/<div class="outcome" id="outcome"[\s\S]*?<\/div>/.exec(landed)?.[0]).toContain(undo);
    expect((await editor.get(res.headers.location)).text).not.toContain(undo);
    const page = await editor.get(`/workspace/documents/${doc2}`);
    expect(page.text).toContain('class="cand-mark state-rejected" data-candidate="c5"');
    // A rejected candidate's row offers Reconsider (a button of the review's form of rows), not Reject.
    expect(page.text).not.toContain('value="reject c5"');
    expect(page.text).toContain('<button type="submit" form="ws-rows" name="row" value="reconsider c5" class="secondary">');
    await editor.post(`/workspace/documents/${doc2}/rows`, { row: 'reconsider c5' }).then((r) => expect(r.status).toBe(303));
    expect(
      await t
        .db('workspace_decisions')
        .where({ candidate_id: 'c5', extraction_id: (await t.db('workspace_extractions').where({ document_id: doc2 }).first()).id }),
    ).toEqual([]);
    // Open again: its row offers Reject again.
    expect((await editor.get(`/workspace/documents/${doc2}`)).text).toContain('name="row" value="reject c5"');
    expect((await claimsOf(doc2)).length).toBe(0);
  });

  test('the home page lists each document with how far its review is, so an unfinished review is found without opening each', async () => {
    const n = CANDIDATES.length;
    const listed = await newDocument(editor, { publisher: '', title: 'Listed with its progress' });
    const entry = async (title: string) => {
      const home = (await editor.get('/workspace')).text;
      return new RegExp(`<li><a href="/workspace/documents/(\\d+)">${title}</a>[^<]*</li>`).exec(home)?.[0];
    };
    expect(await entry('Listed with its progress')).toContain(`(document ${listed}: ${n} of ${n} candidates to review)`);
    await editor.post(`/workspace/documents/${listed}/candidates/c5`, { action: 'reject' }).then((r) => expect(r.status).toBe(303));
    expect(await entry('Listed with its progress')).toContain(`(document ${listed}: ${n - 1} of ${n} candidates to review)`);
    for (const c of CANDIDATES.slice(0, -1)) {
      await editor.post(`/workspace/documents/${listed}/candidates/${c.id}`, { action: 'reject' }).then((r) => expect(r.status).toBe(303));
    }
    expect(await entry('Listed with its progress')).toContain(`(document ${listed}: reviewed, ${n} candidates decided)`);
    // A text registered through the API has no proposals until its review is first opened.
    const api = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Registered by the API', text: 'No figure.' });
    expect(await entry('Registered by the API')).toContain(`(document ${api.body.id}: not proposed yet: opening it proposes its figures)`);
  });

  test('a candidate the ledger already holds offers "add as a source", which adds the source instead of a duplicate', async () => {
    const holder = (await t.db('workspace_decisions').where({ candidate_id: 'c3' }).first()).claim_id;
    const doc3 = await newDocument(editor, { publisher: '', title: 'Third' });
    await t
      .db('workspace_extractions')
      .where({ document_id: doc3 })
      .update({ candidates: JSON.stringify(CANDIDATES.map((c) => (c.id === 'c3' ? { ...c, existing_claim_ids: [holder] } : c))) });
    const page = await editor.get(`/workspace/documents/${doc3}?open=c3`);
    expect(page.text).toContain(`The ledger already holds this statement (claim ${holder})`);
    expect(cardIn(page.text, 'c3')).toContain(`value="claim:${holder}" id="c3-source_of" name="source_of"`);
    expect(/<datalist id="ws-claims">.*?<\/datalist>/.exec(page.text)![0]).toContain(
      `<option value="claim:${holder}">claim ${holder}</option>`,
    );
    // Adding the source comes first (Enter in a field sends it); a new claim is the deliberate second choice.
    const card = cardIn(page.text, 'c3');
    expect(card).toContain('data-primary="add_source"');
    expect(card.indexOf('value="add_source"')).toBeLessThan(card.indexOf('value="accept"'));
    expect(card).toContain('Accept as a new claim anyway');
    const before = await t.db('claims').count({ n: '*' }).first();
    const res = await editor.post(
      `/workspace/documents/${doc3}/candidates/c3`,
      formOf('c3', { action: 'add_source', source_of: `claim:${holder}` }, page.text),
    );
    expect(res.status).toBe(303);
    expect(await t.db('claims').count({ n: '*' }).first()).toEqual(before);
    const sources = (await request(t.app).get(`/v1/claims/${holder}`)).body.sources;
    expect(sources.map((s: { document: { id: number } }) => s.document.id)).toContain(doc3);
  });

  test('"the ledger already holds this statement" is the ledger as it is now: a claim added meanwhile is offered, a retracted one no longer', async () => {
    const doc5 = await newDocument(editor, { publisher: '', title: 'Fifth' });
    const card = async () => cardIn((await editor.get(`/workspace/documents/${doc5}`)).text, 'c1');
    expect(await card()).not.toContain('already holds this statement');
    // Another editor enters the KNB's "around 300" through the API after the candidates were proposed.
    const knb = (await t.db('actors').where({ name: 'KNB' }).first()).id;
    const added = await request(t.app)
      .post('/v1/claims')
      .set(t.as.admin)
      .send({
        metric: 'foreign_fighters',
        country: 'KZ',
        value: 300,
        approximation: 'approximately',
        value_text: 'around 300',
        claimant_id: knb,
        sources: [{ document_id: doc5, quote: CANDIDATES[0].quote.exact }],
      })
      .expect(201);
    const held = await card();
    expect(held).toContain(`The ledger already holds this statement (claim ${added.body.id})`);
    expect(held).toContain('data-primary="add_source"');
    await request(t.app).delete(`/v1/claims/${added.body.id}?reason=entered+twice`).set(t.as.admin).expect(200);
    const after = await card();
    expect(after).not.toContain('already holds this statement');
    expect(after).toContain('data-primary="accept"');
  });

  test('accept all high-confidence accepts the sure candidates the ledger does not hold now, leaving the rest', async () => {
    // The KNB's women, Abykaev's 300 and Bortnikov's 1,500 are claims by now (accepted from the first document);
    // the KNB's 300 is not (its claim was retracted); the 1,100 is not sure enough.
    const doc4 = await newDocument(editor, { publisher: '', title: 'Fourth' });
    const before = await t.db('claims').count({ n: '*' }).first();
    const res = await editor.post(`/workspace/documents/${doc4}/accept-high`, {});
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.location)).toContain('high=1-0-0');
    // The page opens at the first candidate left open (focused: it is the fragment's target), not at the page's top.
    expect(res.headers.location).toMatch(/#cand-c2$/);
    // The page's script names the candidates the editor is correcting; anything else in that field is refused.
    const odd = await editor.post(`/workspace/documents/${doc4}/accept-high`, { editing: 'c1,<b>' });
    expect(odd.status).toBe(400);
    expect(odd.text).toContain('editing: must be candidate ids separated by spaces');
    const decisions = await t
      .db('workspace_decisions')
      .join('workspace_extractions', 'workspace_extractions.id', 'extraction_id')
      .where({ document_id: doc4 })
      .orderBy('candidate_id');
    expect(decisions.map((d) => [d.candidate_id, d.decision])).toEqual([['c1', 'accepted']]);
    expect((await claimsOf(doc4)).map((c) => [Number(c.value), c.value_text])).toEqual([[300, 'around 300']]);
    expect(Number((await t.db('claims').count({ n: '*' }).first())!.n)).toBe(Number(before!.n) + 1);
    // Claimants named alike resolve to one actor each.
    expect(await t.db('actors').where({ name: 'KNB' })).toHaveLength(1);
    const page = await editor.get(`/workspace/documents/${doc4}`);
    for (const held of ['c2', 'c3', 'c4']) expect(cardIn(page.text, held)).toContain('already holds this statement');
  });

  test('a claim by hand from a quote of the text', async () => {
    const quote = 'had jumped to 1,500 from a previous estimate of around 1,100 militants';
    const res = await editor.post(`/workspace/documents/${doc}/claims`, {
      action: 'accept',
      value_text: '1,500',
      value: '1,500',
      approximation: 'exact',
      metric: 'foreign_fighters',
      country: 'Russian',
      group: 'ISIL',
      claimant: 'new',
      claimant_name: 'Hand Entered',
      claimant_kind: 'person',
      quote,
      rel_type_0: '',
      rel_target_0: '',
    });
    expect(res.status).toBe(303);
    const id = Number(/accepted=(\d+)/.exec(res.headers.location)![1]);
    expect((await request(t.app).get(`/v1/claims/${id}`)).body).toMatchObject({
      country: 'RU',
      group: 'islamic-state',
      value: 1500,
      sources: [expect.objectContaining({ quote, start: TEXT.indexOf(quote) })],
    });
  });

  test('a claim by hand the ledger already holds is refused as a duplicate, offered as a source, and saved only when said to be separate', async () => {
    const quote = 'had jumped to 1,500 from a previous estimate of around 1,100 militants';
    const first = await editor.post(`/workspace/documents/${doc}/claims`, {
      action: 'accept',
      value_text: '1,500',
      value: '1500',
      approximation: 'exact',
      metric: 'foreign_fighters',
      country: 'RU',
      claimant: 'new',
      claimant_name: 'Twice Entered',
      claimant_kind: 'person',
      quote,
    });
    expect(first.status).toBe(303);
    const held = Number(/accepted=(\d+)/.exec(first.headers.location)![1]);
    const claimant = `actor:${(await request(t.app).get(`/v1/claims/${held}`)).body.claimant.id}`;
    const again = {
      action: 'accept',
      value_text: '1,500',
      value: '1500',
      approximation: 'exact',
      metric: 'foreign_fighters',
      country: 'Russia',
      claimant,
      quote,
    };
    const count = async () => Number((await t.db('claims').count({ n: '*' }))[0].n);
    const before = await count();
    const refused = await editor.post(`/workspace/documents/${doc}/claims`, again);
    expect(refused.status).toBe(422);
    expect(refused.text).toContain(`the ledger already holds this statement (claim ${held})`);
    expect(refused.text).toMatch(new RegExp(`<option value="claim:${held}"[^>]*>`));
    expect(refused.text).toContain('name="separate" value="yes"');
    expect(formsWithoutSubmit(refused.text)).toEqual([]);
    expect(await count()).toBe(before);
    // Another value is another statement: saved at once.
    const other = await editor.post(`/workspace/documents/${doc}/claims`, {
      ...again,
      value_text: 'around 1,100',
      value: '1100',
      approximation: 'approximately',
    });
    expect(other.status).toBe(303);
    // The held claim chosen in "add this document as a source of", then Save claim: refused at that field, not saved.
    const sources = async () => Number((await t.db('claim_sources').where({ claim_id: held }).count({ n: '*' }))[0].n);
    const heldSources = await sources();
    const named = await editor.post(`/workspace/documents/${doc}/claims`, { ...again, source_of: `claim:${held}` });
    expect(named.status).toBe(422);
    expect(named.text).toContain(`names claim:${held}: press “Add as source”`);
    // Said to be separate, the field still naming the held claim (walk43: refused at the field): the explicit choice
    // wins, a new claim is saved and the claim named is left as it is.
    const separate = await editor.post(`/workspace/documents/${doc}/claims`, { ...again, separate: 'yes', source_of: `claim:${held}` });
    expect(separate.status).toBe(303);
    expect(await count()).toBe(before + 2);
    expect(await sources()).toBe(heldSources);
  });
});

/** The fields a browser would send for a candidate's form, read from the page as served (or built from the candidate). */
describe("a candidate nobody is named for is the document's own statement", () => {
  const unattributed = [
    cand('c1', 'around 300', "Kazakhstan's intelligence", {
      value: 300,
      approximation: 'approximately',
      cue: null,
      reasons: { claimant: "nobody named: the publisher's own statement" },
    }),
  ];
  let editor: Editor;
  beforeAll(async () => {
    editor = await signIn(t.app, t.keys.editor);
  });

  test('its first author is preselected as a new claimant, and the reason says so', async () => {
    const doc = await newDocument(editor, {}, unattributed);
    const res = await editor.get(`/workspace/documents/${doc}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<option value="new" selected>new actor: Joanna Paraszczuk<\/option>/);
    expect(res.text).toContain('its first author, Joanna Paraszczuk');
  });

  test('without authors, its publisher is preselected', async () => {
    const doc = await newDocument(editor, { authors: '' }, unattributed);
    const publisherId = (await t.db('documents').where({ id: doc }).first()).publisher_id;
    const res = await editor.get(`/workspace/documents/${doc}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`<option value="actor:${publisherId}" selected>RFE/RL (media outlet, actor ${publisherId})</option>`);
    expect(res.text).toContain('its publisher, RFE/RL');
  });
});

describe('a subdivision in the country field', () => {
  // Last in the file: accepting makes new claimants, which the tests above would otherwise find.
  test('the country field takes a subdivision by its demonym or its code in any case: the claim counts RU-CE, and the place list names it', async () => {
    const editor = await signIn(t.app, t.keys.editor);
    const other = await newDocument(editor);
    const page = await editor.get(`/workspace/documents/${other}`);
    expect(page.text).toContain('<option value="RU-CE">Chechnya (within Russia)</option>');
    for (const [cid, country] of [
      ['c3', 'Chechens'],
      ['c1', 'ru-ce'],
    ]) {
      const res = await editor.post(`/workspace/documents/${other}/candidates/${cid}`, formOf(cid, { action: 'accept', country }));
      expect([country, res.status]).toEqual([country, 303]);
      const claimId = Number(/accepted=(\d+)/.exec(res.headers.location)![1]);
      expect((await request(t.app).get(`/v1/claims/${claimId}`).expect(200)).body.country).toBe('RU-CE');
    }
  });
});

function formOf(cid: string, overrides: Record<string, string>, html?: string): Record<string, string> {
  const c = CANDIDATES.find((x) => x.id === cid)!;
  const fields: Record<string, string> = {
    value_text: c.value_text,
    value: c.value === null ? (c.fraction ? '150' : '') : String(c.value),
    value_low: '',
    value_high: '',
    approximation: c.approximation,
    metric: c.metric ?? '',
    country: String(c.country ?? ''),
    group: c.group ?? '',
    location: '',
    claimant: 'new',
    claimant_name: c.claimant?.name ?? '',
    claimant_kind: 'person',
    as_of: '',
    stated_on: '',
    context: '',
    quote: c.quote.exact,
    notes: '',
  };
  c.relations.forEach((r, i) => {
    fields[`rel_type_${i}`] = r.type;
    fields[`rel_target_${i}`] = r.target;
  });
  if (html) {
    const m = new RegExp(`<select id="${cid}-claimant" name="claimant"[^>]*>([\\s\\S]*?)</select>`).exec(html);
    const selected = m && /<option value="([^"]+)" selected>/.exec(m[1]);
    if (selected) fields.claimant = selected[1];
  }
  return { ...fields, ...overrides };
}
