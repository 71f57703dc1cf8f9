import type { TestApp } from '../support/app';
import { candidateForm, documentUnderReview, reportsArticle, signIn, workspaceLedger } from './support';

/** An article of forty figures, each its own sentence and candidate. */
const { text: TEXT, candidates: CANDIDATES } = reportsArticle(40, 101, (i) => `Reporter ${i + 1}`);

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
let documentId: number;
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
  documentId = await documentUnderReview(
    t,
    editor,
    {
      title: 'Forty figures',
      kind: 'article',
      publisher: 'new',
      publisher_name: 'Monitor',
      publisher_kind: 'media_outlet',
      language: 'en',
      text: TEXT,
    },
    CANDIDATES,
  );
});
afterAll(() => t.drop());

const count = (html: string, words: string) => html.split(words).length - 1;

describe('the choices every form of a review offers alike', () => {
  test('are listed once for the page, whatever the number of candidates, and each form names the list', async () => {
    const page = (await editor.get(`/workspace/documents/${documentId}`)).text;
    expect(count(page, '<article id="cand-c')).toBe(40);
    // Each candidate is offered once as a relation target, each group once: not once per form.
    expect(count(page, '>candidate c7: 107<')).toBe(1);
    expect(count(page, '>Islamic State</option>')).toBe(1);
    // The first open candidate's form and the claim by hand's (the other candidates are rows: long-review.test.ts).
    expect(count(page, 'list="ws-targets"')).toBe(2);
    expect(count(page, 'list="ws-groups"')).toBe(2);
    // What is left of the options grows with the forms, not with their square: a few closed lists per form.
    const options = count(page, '<option');
    const shared = /<datalist id="ws-places">[\s\S]*?<\/datalist>[\s\S]*<\/datalist>/.exec(page)![0];
    expect(options - count(shared, '<option')).toBeLessThan(41 * 40);
  });

  test('take their values as typed, as a form without script sends them', async () => {
    const accepted = await editor.post(`/workspace/documents/${documentId}/candidates/c1`, {
      ...formOf('c1'),
      action: 'accept',
    });
    expect(accepted.status).toBe(303);
    const first = Number(/accepted=(\d+)/.exec(accepted.headers.location)![1]);
    const res = await editor.post(`/workspace/documents/${documentId}/candidates/c2`, {
      ...formOf('c2'),
      action: 'accept',
      group: 'ISIS',
      rel_type_0: 'corroborates',
      rel_target_0: ' c1 ',
    });
    expect(res.status).toBe(303);
    const second = Number(/accepted=(\d+)/.exec(res.headers.location)![1]);
    const claim = await t.db('claims').where({ id: second }).first();
    expect(claim.group_slug).toBe('islamic-state');
    const relations = await t.db('claim_relations').where({ claim_id: second });
    expect(relations.map((r) => [r.type, r.related_claim_id])).toEqual([['corroborates', first]]);
    // The source a quote is added to is typed too: claim:N, #N or N.
    const source = await editor.post(`/workspace/documents/${documentId}/candidates/c3`, {
      ...formOf('c3'),
      action: 'add_source',
      source_of: `#${first}`,
    });
    expect(source.status).toBe(303);
    expect(await t.db('claim_sources').where({ claim_id: first }).count({ n: '*' }).first()).toEqual({ n: 2 });
  });

  test('a document no claim cites yet offers to add its quote as a source of any claim, typed by its number', async () => {
    // walk42: the field was left out until the document had claims or the ledger held the candidate's statement, so a
    // second article reporting a claim's figure, said by another claimant, could not be added to it from the review.
    const wire = reportsArticle(1, 101, () => 'Wire desk');
    const second = await documentUnderReview(
      t,
      editor,
      { title: 'A wire copy', kind: 'article', publisher: 'new', publisher_name: 'Wire', publisher_kind: 'media_outlet', text: wire.text },
      wire.candidates,
    );
    const page = (await editor.get(`/workspace/documents/${second}`)).text;
    expect(page).toContain('<label for="c1-source_of">Or add this quote as a source of</label>');
    expect(page).toContain('<label for="manual-source_of">Or add this quote as a source of</label>');
    const claim = (await t.db('claims').where({ value: 101 }).first()).id;
    const form = candidateForm(wire.candidates[0], { claimant: 'new', claimant_name: 'Wire desk', claimant_kind: 'media_outlet' });
    // Accept (what Enter in the field sends without script) while the field names a claim: refused there, nothing saved.
    const claims = await t.db('claims').count({ n: '*' }).first();
    const refused = await editor.post(`/workspace/documents/${second}/candidates/c1`, {
      ...form,
      action: 'accept',
      source_of: String(claim),
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain(
      `names ${claim}: press “Add as source” to add this quote to it, or empty this field to save a new claim`,
    );
    expect(await t.db('claims').count({ n: '*' }).first()).toEqual(claims);
    const added = await editor.post(`/workspace/documents/${second}/candidates/c1`, {
      ...form,
      action: 'add_source',
      source_of: String(claim),
    });
    expect(added.status).toBe(303);
    const sources = await t.db('claim_sources').where({ claim_id: claim }).orderBy('position');
    // (its own quote and c3's, added above, then the wire's)
    expect(sources.map((s) => [s.document_id, s.quote])).toEqual([
      [documentId, CANDIDATES[0].quote.exact],
      [documentId, CANDIDATES[2].quote.exact],
      [second, wire.candidates[0].quote.exact],
    ]);
  });
});

/** A candidate's form as the page fills it: a new claimant, no relation. */
function formOf(id: string): Record<string, string> {
  const c = CANDIDATES.find((x) => x.id === id)!;
  return candidateForm(c, { claimant: 'new', claimant_name: c.claimant!.name, claimant_kind: 'person' });
}
