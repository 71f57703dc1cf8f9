import request from 'supertest';
import type { Candidate } from '../../src/extract/candidate';
import { WorkspaceStore } from '../../src/web/workspace/store';
import { createTestApp, TestApp } from '../support/app';
import { candidateIn, signIn } from './support';

const TEXT = 'Officials said that "over 300" fighters had left Kazakhstan for Syria. Around 150 of them were women, the agency said.';
const SENTENCE = TEXT.slice(0, TEXT.indexOf('.') + 1);

function cand(id: string, words: string, fields: Partial<Candidate> = {}): Candidate {
  return candidateIn(TEXT, words, {
    id,
    claimant: { name: 'Officials', mention: null, actor_id: null, new: true },
    cue: 'said',
    quote: { exact: SENTENCE, start: 0, end: SENTENCE.length, prefix: '', suffix: '' },
    confidence: 0.9,
    ...fields,
  });
}

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
  editor = await signIn(t.app, t.keys.editor);
});
afterAll(() => t.drop());

async function documentWith(candidates: Candidate[], text = TEXT): Promise<number> {
  const doc = await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Lifecycle', text }).expect(201);
  await t
    .db('workspace_extractions')
    .insert({ document_id: doc.body.id, text_sha256: doc.body.text_sha256, created_by: 'test', candidates: JSON.stringify(candidates) });
  return doc.body.id;
}

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      ['claims', 'actors', 'documents', 'workspace_decisions', 'revisions'].map(async (table) => [
        table,
        Number((await t.db(table).count({ n: '*' }).first())!.n),
      ]),
    ),
  );

describe('propose again', () => {
  test('re-reads the text with the extractor as it is now, keeping every decision and the ids of the figures proposed again', async () => {
    // As proposed earlier: "over 300" (to be accepted), a word that is no figure (to be rejected), "Around 150" with a wrong value.
    const id = await documentWith([
      cand('c1', 'over 300', { value: 300, approximation: 'more_than' }),
      cand('c2', 'fighters'),
      cand('c3', 'Around 150', { value: 15, metric: 'women' }),
    ]);
    const accepted = await editor.post(`/workspace/documents/${id}/candidates/c1`, {
      action: 'accept',
      value_text: 'over 300',
      value: '300',
      approximation: 'more_than',
      metric: 'foreign_fighters',
      country: 'KZ',
      claimant: 'new',
      claimant_name: 'Officials',
      claimant_kind: 'government_agency',
      quote: SENTENCE,
    });
    expect(accepted.status).toBe(303);
    expect((await editor.post(`/workspace/documents/${id}/candidates/c2`, { action: 'reject' })).status).toBe(303);
    const decisionsBefore = await t.db('workspace_decisions').orderBy('candidate_id').select('candidate_id', 'decision', 'claim_id');

    const res = await editor.post(`/workspace/documents/${id}/propose-again`, {});
    expect(res.status).toBe(303);
    // the counts in the address (new, proposed anew, no longer proposed, kept), the words on the page
    expect(res.headers.location).toMatch(/proposed=\d+-1-0-2\b/);
    // The page opens at the first candidate left open, as after any decision.
    expect(res.headers.location).toMatch(/#cand-c(?![12]$)\d+$/);
    const stored = (await t.db('workspace_extractions').where({ document_id: id }).first()).candidates as Candidate[];
    // The decisions hold, on the candidates they were made on; "Around 150" keeps its id with the extractor's reading.
    expect(await t.db('workspace_decisions').orderBy('candidate_id').select('candidate_id', 'decision', 'claim_id')).toEqual(
      decisionsBefore,
    );
    expect(stored.find((c) => c.id === 'c1')).toMatchObject({ value_text: 'over 300', value: 300 });
    expect(stored.find((c) => c.id === 'c2')).toMatchObject({ value_text: 'fighters' });
    expect(stored.find((c) => c.id === 'c3')).toMatchObject({ value_text: expect.stringMatching(/Around 150/i), value: 150 });
    expect(stored.filter((c) => c.start < TEXT.indexOf('over 300') + 8 && TEXT.indexOf('over 300') < c.end)).toHaveLength(1);
    for (const c of stored.filter((x) => !['c1', 'c2', 'c3'].includes(x.id))) expect(Number(c.id.slice(1))).toBeGreaterThan(3);
    const page = await editor.get(res.headers.location.replace(/#.*/, ''));
    expect(page.text).toContain('Proposed again: ');
    expect(page.text).toContain('class="cand-mark state-accepted" data-candidate="c1"');
    expect(page.text).toContain('class="cand-mark state-rejected" data-candidate="c2"');
  });

  test('a decision sent for a candidate that proposing again dropped is refused and writes nothing', async () => {
    const id = await documentWith([cand('c1', 'fighters')]);
    await editor.post(`/workspace/documents/${id}/propose-again`, {}).then((r) => expect(r.status).toBe(303));
    const before = await counts();
    const res = await editor.post(`/workspace/documents/${id}/candidates/c1`, { action: 'reject' });
    expect(res.status).toBe(404);
    expect(res.text).toContain('has no candidate c1');
    expect(await counts()).toEqual(before);
  });
});

test('a decision is only taken for a candidate in the list as it is when the decision is written', async () => {
  const id = await documentWith([cand('c1', 'over 300')]);
  const extraction = (await t.db('workspace_extractions').where({ document_id: id }).first()).id;
  const row = { extraction_id: extraction, decision: 'rejected' as const, relations: [], decided_by: 'test' };
  // A decision is written in a transaction, or not at all.
  await expect(new WorkspaceStore(t.db).reserve({ ...row, candidate_id: 'c1' })).rejects.toThrow('must run in a transaction');
  const reserve = (candidateId: string, proposed?: boolean) =>
    t.db.transaction((trx) => new WorkspaceStore(trx).reserve({ ...row, candidate_id: candidateId }, proposed));
  expect(await reserve('c9')).toBe(false);
  expect(await reserve('c1')).toBe(true);
  expect(await reserve('c1')).toBe(false);
  // A claim by hand is no candidate of the list.
  expect(await reserve('m1', false)).toBe(true);
  expect(
    (await t.db('workspace_decisions').where({ extraction_id: extraction }).orderBy('candidate_id')).map((d) => d.candidate_id),
  ).toEqual(['c1', 'm1']);
});

describe("a form's address", () => {
  test('asked for by GET (the address bar after a refused form: reloaded, bookmarked) opens the form on its page, not "Method not allowed"', async () => {
    const id = await documentWith([cand('c1', 'over 300'), cand('c2', 'Around 150')]);
    const refused = await editor.post(`/workspace/documents/${id}/candidates/c2`, {
      action: 'accept',
      value_text: 'Around 150',
      metric: '',
    });
    expect(refused.status).toBe(422);
    const again = await editor.get(`/workspace/documents/${id}/candidates/c2`);
    expect({ status: again.status, location: again.headers.location }).toEqual({
      status: 303,
      location: `/workspace/documents/${id}?open=c2#cand-c2`,
    });
    // The candidate it leads to is open in full, though it is not the first open one.
    expect((await editor.get(again.headers.location)).text).toContain('id="c2-value_text"');
    for (const [path, to] of [
      ['claims', `/workspace/documents/${id}#cand-manual`],
      ['rows', `/workspace/documents/${id}`],
      ['accept-high', `/workspace/documents/${id}`],
      ['candidates/c1/reconsider', `/workspace/documents/${id}?open=c1#cand-c1`],
    ])
      expect(await editor.get(`/workspace/documents/${id}/${path}`).then((r) => [r.status, r.headers.location])).toEqual([303, to]);
    expect(await editor.get('/workspace/documents').then((r) => [r.status, r.headers.location])).toEqual([303, '/workspace']);
    // Not a form's address: still not found.
    expect((await editor.get(`/workspace/documents/${id}/candidates`)).status).toBe(404);
    expect((await editor.get(`/workspace/documents/x/claims`)).status).toBe(404);
  });

  test('Reconsider sent for a candidate not rejected (accepted meanwhile, or reopened in another tab) says what became of it and leads back, changing nothing', async () => {
    const id = await documentWith([
      cand('c1', 'over 300', { value: 300, approximation: 'more_than', metric: 'foreign_fighters', country: ['KZ'] }),
      cand('c2', 'Around 150'),
    ]);
    // c1 rejected in one tab, then reconsidered and accepted in another: the first tab still shows its Reconsider.
    expect((await editor.post(`/workspace/documents/${id}/rows`, { row: 'reject c1' })).status).toBe(303);
    expect((await editor.post(`/workspace/documents/${id}/rows`, { row: 'reconsider c1' })).status).toBe(303);
    const accepted = await editor.post(`/workspace/documents/${id}/rows`, { row: 'accept c1' });
    expect(accepted.status).toBe(303);
    const claimId = Number(/accepted=(\d+)/.exec(accepted.headers.location)![1]);
    const before = await counts();
    const stale = await editor.post(`/workspace/documents/${id}/rows`, { row: 'reconsider c1' });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('<h1>Nothing to reconsider</h1>');
    expect(stale.text).toContain(
      `Candidate c1 is no longer rejected, so there is no rejection to reconsider: test editor decided it since.`,
    );
    expect(stale.text).toContain(`Accepted as claim ${claimId}.`);
    expect(stale.text).toContain(`<a href="/claims/${claimId}">See claim ${claimId}</a>`);
    expect(stale.text).toContain(`<a href="/workspace/claims/${claimId}/edit">Correct claim ${claimId}</a>`);
    expect(stale.text).toContain(`href="/workspace/documents/${id}?open=c1#cand-c1"`);
    // An open candidate: nothing to reconsider either, said so, with the way to it.
    const open = await editor.post(`/workspace/documents/${id}/rows`, { row: 'reconsider c2' });
    expect(open.status).toBe(409);
    expect(open.text).toContain('Candidate c2 is open already');
    expect(open.text).toContain(`href="/workspace/documents/${id}?open=c2#cand-c2"`);
    expect(open.text).not.toContain('See claim');
    expect(await counts()).toEqual(before);
  });

  test("a rejected candidate's old Reconsider address (before the review's rows were one form) is retired: 410, nothing changes, the way back", async () => {
    const id = await documentWith([cand('c1', 'over 300')]);
    expect((await editor.post(`/workspace/documents/${id}/candidates/c1`, { action: 'reject' })).status).toBe(303);
    const before = await counts();
    const res = await editor.post(`/workspace/documents/${id}/candidates/c1/reconsider`, {});
    expect(res.status).toBe(410);
    expect(res.text).toContain('c1 was not reconsidered');
    expect(res.text).toContain(`href="/workspace/documents/${id}?open=c1#cand-c1"`);
    expect(await counts()).toEqual(before);
    // Nothing links to it: the review's Reconsider is a button of its one form of rows.
    const review = await editor.get(`/workspace/documents/${id}`);
    expect(review.text).not.toMatch(/\/reconsider"|candidates\/c1\/reconsider/);
    expect(review.text).toContain('value="reconsider c1"');
  });
});

describe('a document without stored text', () => {
  let id: number;
  let claimId: number;
  beforeAll(async () => {
    id = (
      await request(t.app).post('/v1/documents').set(t.as.editor).send({ title: 'Only a title', url: 'https://example.org/x' }).expect(201)
    ).body.id;
    const claimant = (
      await request(t.app).post('/v1/actors').set(t.as.editor).send({ kind: 'person', name: 'Textless Claimant' }).expect(201)
    ).body.id;
    claimId = (
      await request(t.app)
        .post('/v1/claims')
        .set(t.as.editor)
        .send({
          metric: 'foreign_fighters',
          country: 'KZ',
          value: 300,
          approximation: 'more_than',
          value_text: 'over 300',
          claimant_id: claimant,
          sources: [{ document_id: id, quote: SENTENCE }],
        })
        .expect(201)
    ).body.id;
  });

  test('opens as a page that says so and takes its text', async () => {
    const res = await editor.get(`/workspace/documents/${id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`Document ${id} has no stored text.`);
    expect(res.text).toContain(`action="/workspace/documents/${id}/text#text-errors"`);
    expect(res.text).toMatch(/<textarea[^>]*name="text"/);
  });

  test('a text without the quotes claims take from the document is refused on the form, naming the field; nothing changes', async () => {
    const before = await counts();
    const res = await editor.post(`/workspace/documents/${id}/text`, { version: '1', text: 'Some other article with 12 figures.' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(new RegExp(`id="doc-text-err"[^>]*>[^<]*no longer contains the quote of claim ${claimId}`));
    expect(res.text).toContain('>Some other article with 12 figures.</textarea>');
    expect((await editor.post(`/workspace/documents/${id}/text`, { version: '1', text: '  ' })).status).toBe(422);
    expect((await editor.post(`/workspace/documents/${id}/text`, { version: 'one', text: TEXT })).status).toBe(400);
    expect((await editor.post(`/workspace/documents/${id}/text`, { version: '7', text: TEXT })).status).toBe(412);
    expect(await counts()).toEqual(before);
    expect((await t.db('documents').where({ id }).first()).text).toBeNull();
  });

  test('its text added, the quotes are located in it and the review opens; adding it again is a 409', async () => {
    const res = await editor.post(`/workspace/documents/${id}/text`, { version: '1', text: TEXT.replace(/\n/g, '\r\n') });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/workspace/documents/${id}?text=added#outcome`);
    expect((await t.db('documents').where({ id }).first()).text).toBe(TEXT);
    expect((await request(t.app).get(`/v1/claims/${claimId}`)).body.sources[0]).toMatchObject({ start: 0, end: SENTENCE.length });
    const review = await editor.get(res.headers.location);
    expect(review.status).toBe(200);
    expect(review.text).toContain('The text is saved');
    expect((await editor.post(`/workspace/documents/${id}/text`, { version: '2', text: TEXT })).status).toBe(409);
  });
});

describe('the header of every page', () => {
  test('signed in: the Workspace link, who is signed in and a sign-out form; the page is not cached for anyone else', async () => {
    for (const path of ['/', `/claims/1`, '/workspace']) {
      const res = await editor.get(path);
      expect(res.status).toBe(200);
      const header = /<header class="site">[\s\S]*?<\/header>/.exec(res.text)![0];
      // On the workspace's own page its link is marked current (tests/web/new-user-browser.test.ts).
      expect(header).toContain(
        path === '/workspace' ? '<a href="/workspace" aria-current="page">Workspace</a>' : '<a href="/workspace">Workspace</a>',
      );
      expect(header).toContain('Signed in as <strong>test editor</strong> (editor)');
      expect(header).toMatch(
        /<form method="post" action="\/sign-out"><input type="hidden" name="csrf" value="[\w.-]+"\/?><button type="submit">Sign out<\/button><\/form>/,
      );
      expect(res.headers['cache-control']).toMatch(/private, no-store|no-store/);
    }
  });

  test('signed out: the Workspace link and a way to sign in, nobody named', async () => {
    const res = await request(t.app).get('/').expect(200);
    const header = /<header class="site">[\s\S]*?<\/header>/.exec(res.text)![0];
    expect(header).toContain('<a href="/workspace">Workspace</a>');
    expect(header).toContain('<a href="/sign-in?next=%2F">Sign in');
    expect(header).not.toContain('Signed in as');
    expect(res.headers.vary).toMatch(/Cookie/i);
  });
});

describe('a refused accept writes nothing', () => {
  test('a new claimant is not created when the ledger refuses the claim naming it', async () => {
    const id = await documentWith([cand('c1', 'over 300', { value: 300, approximation: 'more_than' })]);
    const before = await counts();
    const res = await editor.post(`/workspace/documents/${id}/candidates/c1`, {
      action: 'accept',
      value_text: 'over 300',
      value: '300',
      approximation: 'more_than',
      metric: 'foreign_fighters',
      country: 'KZ',
      claimant: 'new',
      claimant_name: 'Never Created',
      claimant_kind: 'person',
      quote: SENTENCE,
      rel_type_0: 'derived_from',
      rel_target_0: 'claim:987654',
    });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="c1-rel_target_0-err"[^>]*>[^<]*claim 987654 does not exist/);
    expect(await counts()).toEqual(before);
    expect(await t.db('actors').where({ name: 'Never Created' })).toEqual([]);
  });

  test('accepting the second end of a relation the ledger refuses writes nothing and names the candidate whose relation it is', async () => {
    const id = await documentWith([
      cand('c1', 'over 300', { value: 300, approximation: 'more_than' }),
      cand('c2', 'Around 150', { value: 150, approximation: 'approximately', metric: 'women' }),
    ]);
    const form = {
      metric: 'foreign_fighters',
      country: 'KZ',
      claimant: 'new',
      claimant_name: 'Officials',
      claimant_kind: 'government_agency',
      quote: SENTENCE,
    };
    // c1 is part of c2, to be linked when c2 is accepted; c2 then says it is part of c1's claim: the link would close a loop
    const first = await editor.post(`/workspace/documents/${id}/candidates/c1`, {
      ...form,
      action: 'accept',
      value_text: 'over 300',
      value: '300',
      approximation: 'more_than',
      rel_type_0: 'part_of',
      rel_target_0: 'c2',
    });
    expect(first.status).toBe(303);
    const decision = (cid: string) =>
      t
        .db('workspace_decisions')
        .where({ candidate_id: cid })
        .whereIn('extraction_id', t.db('workspace_extractions').where({ document_id: id }).select('id'))
        .first();
    const c1 = await decision('c1');
    const before = await counts();
    const res = await editor.post(`/workspace/documents/${id}/candidates/c2`, {
      ...form,
      action: 'accept',
      value_text: 'Around 150',
      value: '150',
      approximation: 'approximately',
      metric: 'women',
      rel_type_0: 'part_of',
      rel_target_0: `claim:${c1.claim_id}`,
    });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(
      /Nothing was saved: the relation part_of from candidate c1 \(claim \d+\) to candidate c2 \(claim \d+\) was refused: [^<]*cycle/,
    );
    expect(await counts()).toEqual(before);
    expect(await decision('c2')).toBeUndefined();
    expect((await decision('c1')).relations).toEqual([{ type: 'part_of', target: 'c2', linked: false }]);
    expect((await request(t.app).get(`/v1/claims/${c1.claim_id}`).expect(200)).body.relations).toEqual([]);

    // without the looping relation the same acceptance goes through, and the pending link is made in it
    const ok = await editor.post(`/workspace/documents/${id}/candidates/c2`, {
      ...form,
      action: 'accept',
      value_text: 'Around 150',
      value: '150',
      approximation: 'approximately',
      metric: 'women',
    });
    expect(ok.status).toBe(303);
    const c2 = await decision('c2');
    expect((await request(t.app).get(`/v1/claims/${c1.claim_id}`).expect(200)).body.relations).toEqual([
      expect.objectContaining({ type: 'part_of', claim_id: c2.claim_id }),
    ]);
    expect((await decision('c1')).relations).toEqual([{ type: 'part_of', target: 'c2', linked: true }]);
  });
});
