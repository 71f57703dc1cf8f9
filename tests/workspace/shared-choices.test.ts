import type { Candidate } from '../../src/extract/candidate';
import { createTestApp, TestApp } from '../support/app';
import { candidateIn, loadVocabulariesOnly, signIn } from './support';

/** An article of forty figures, each its own sentence and candidate. */
const SENTENCES = Array.from({ length: 40 }, (_, i) => `Report ${i + 1} said that ${101 + i} Kazakh nationals had joined Islamic State.`);
const TEXT = SENTENCES.join('\n\n');

const CANDIDATES: Candidate[] = SENTENCES.map((sentence, i) => {
  const start = TEXT.indexOf(sentence);
  const quote = { exact: sentence, start, end: start + sentence.length, prefix: '', suffix: '' };
  return candidateIn(TEXT, String(101 + i), {
    id: `c${i + 1}`,
    quote,
    value: 101 + i,
    group: 'islamic-state',
    claimant: { name: `Reporter ${i + 1}`, mention: null, actor_id: null, new: true },
    confidence: 0.5,
  });
});

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
let documentId: number;
beforeAll(async () => {
  t = await createTestApp();
  await loadVocabulariesOnly(t.db);
  editor = await signIn(t.app, t.keys.editor);
  const res = await editor.post('/workspace/documents', {
    title: 'Forty figures',
    kind: 'article',
    publisher: 'new',
    publisher_name: 'Monitor',
    publisher_kind: 'media_outlet',
    language: 'en',
    text: TEXT,
  });
  documentId = Number(/documents\/(\d+)/.exec(res.headers.location)![1]);
  const doc = await t.db('documents').where({ id: documentId }).first();
  await t
    .db('workspace_extractions')
    .insert({ document_id: documentId, text_sha256: doc.text_sha256, candidates: JSON.stringify(CANDIDATES), created_by: 'test' });
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
    expect(count(page, 'list="ws-targets"')).toBe(41); // one relation row per candidate, and the claim by hand's
    expect(count(page, 'list="ws-groups"')).toBe(41);
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
});

/** A candidate's form as the page fills it: a new claimant, no relation. */
function formOf(id: string): Record<string, string> {
  const c = CANDIDATES.find((x) => x.id === id)!;
  return {
    value_text: c.value_text,
    value: String(c.value),
    approximation: c.approximation,
    metric: c.metric!,
    country: 'KZ',
    group: c.group!,
    claimant: 'new',
    claimant_name: c.claimant!.name,
    claimant_kind: 'person',
    quote: c.quote.exact,
    rel_type_0: '',
    rel_target_0: '',
  };
}
