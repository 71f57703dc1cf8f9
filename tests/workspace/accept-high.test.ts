import * as reviews from '../../src/web/workspace/loadReview';
import type { Candidate } from '../../src/extract/candidate';
import type { TestApp } from '../support/app';
import { candidateIn, documentUnderReview, signIn, workspaceLedger } from './support';

const TEXT = [
  'The director of the FSB, Aleksandr Bortnikov, said that around 1,100 Russians were fighting in Syria.',
  'Aleksandr Bortnikov (Russia) later said that 1,500 Russian militants had joined Islamic State.',
  'Around half of the 1,500 had come from the North Caucasus, he added.',
  'A monitor counted 40 fighters from a country nobody knows.',
  'Officials guessed there were perhaps 70 more.',
].join('\n\n');

/** A sure candidate for `words`, quoting the whole sentence they stand in. */
function sure(id: string, words: string, fields: Partial<Candidate>): Candidate {
  const start = TEXT.indexOf(words);
  const qStart = TEXT.lastIndexOf('\n', start) + 1;
  const qEnd = TEXT.indexOf('.', start) + 1;
  const quote = { exact: TEXT.slice(qStart, qEnd), start: qStart, end: qEnd, prefix: '', suffix: '' };
  return candidateIn(TEXT, words, { id, quote, country: 'RU', cue: 'said', confidence: 0.9, ...fields });
}
const person = (name: string) => ({ name, mention: null, actor_id: null, new: true });

const CANDIDATES: Candidate[] = [
  sure('c1', 'around 1,100', { value: 1100, approximation: 'approximately', claimant: person('Aleksandr Bortnikov') }),
  // The same man named with his country: a review loaded afresh preselects the actor the first acceptance created.
  sure('c2', '1,500', { value: 1500, claimant: person('Aleksandr Bortnikov (Russia)'), relations: [{ type: 'supersedes', target: 'c1' }] }),
  sure('c3', 'Around half', {
    fraction: 0.5,
    approximation: 'approximately',
    metric: 'returnees',
    claimant: person('Aleksandr Bortnikov'),
    relations: [{ type: 'part_of', target: 'c2' }],
  }),
  // Sure, but of a country the ledger does not know: refused, with the reason on its card.
  sure('c4', '40', { value: 40, country: 'ZZ', claimant: person('A monitor') }),
  sure('c5', '70', { value: 70, approximation: 'approximately', claimant: person('Officials'), confidence: 0.5 }),
];

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

async function documentWith(candidates: Candidate[], title: string): Promise<number> {
  const form = { title, kind: 'article', publisher: 'new', publisher_name: 'Monitor', publisher_kind: 'media_outlet' };
  return documentUnderReview(t, editor, { ...form, published_on: '2015', language: 'en', text: TEXT, separate: 'yes' }, candidates);
}

const decisionsOf = async (documentId: number) =>
  (
    await t
      .db('workspace_decisions')
      .join('workspace_extractions', 'workspace_extractions.id', 'extraction_id')
      .where({ document_id: documentId })
      .orderBy('candidate_id')
  ).map((d) => [d.candidate_id, d.decision]);

describe('accept all high-confidence', () => {
  afterEach(() => jest.restoreAllMocks());

  test('loads the review once for every candidate it accepts, and keeps it up to date as they are saved', async () => {
    const id = await documentWith(CANDIDATES.slice(0, 3), 'Three sure figures');
    const loads = jest.spyOn(reviews, 'loadReview');
    const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.location)).toBe(`/workspace/documents/${id}?high=3-0-0#cands-h`);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(await decisionsOf(id)).toEqual([
      ['c1', 'accepted'],
      ['c2', 'accepted'],
      ['c3', 'accepted'],
    ]);
    // One actor for the man named twice, as candidate by candidate; the relations to candidates accepted earlier in
    // the same pass are made, as they are when each candidate is accepted on its own.
    expect(await t.db('actors').where('name', 'like', 'Aleksandr Bortnikov%').pluck('name')).toEqual(['Aleksandr Bortnikov']);
    const claims = await t.db('claims').whereIn('value', [1100, 1500, 750]).orderBy('value');
    const byValue = new Map(claims.map((c) => [Number(c.value), c.id]));
    const relations = await t
      .db('claim_relations')
      .whereIn(
        'claim_id',
        claims.map((c) => c.id),
      )
      .orderBy('type');
    expect(relations.map((r) => [r.claim_id, r.type, r.related_claim_id])).toEqual([
      [byValue.get(750), 'part_of', byValue.get(1500)],
      [byValue.get(1500), 'supersedes', byValue.get(1100)],
    ]);
  });

  test('a sure candidate proposing no country or no metric is left to the editor, not counted, tried nor refused', async () => {
    const id = await documentWith(
      [
        { ...CANDIDATES[0], country: 'KG' },
        // A state's own arrests, no nationality said: the extractor proposes no country.
        sure('c4', '40', { value: 40, country: null, claimant: person('A monitor') }),
        sure('c5', '70', { value: 70, country: 'KG', metric: null, claimant: person('Officials') }),
      ],
      'Sure figures, two incomplete',
    );
    const page = await editor.get(`/workspace/documents/${id}`);
    expect(page.text).toContain('Accept all 1 high-confidence candidate (60% or more)');
    expect(page.text).toMatch(/aria-describedby="accept-high-means accept-high-hint"/);
    // what the percentage means, as scripts/eval-confidence.ts measured it
    expect(page.text).toContain(
      '<span class="hint" id="accept-high-means">60% or more: each field read from the figure’s own words (what happened to the people, their nationality, who says so): on articles the extractor was not written from, 59–67% of such candidates had every field right (81% on those it was); check them after.</span>',
    );
    expect(page.text).toContain(
      'Left for you to complete: 2 candidates of 60% or more (c4, c5) propose no metric or country; fill it in on their cards.',
    );
    const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
    expect(res.status).toBe(303);
    expect(decodeURIComponent(res.headers.location)).toMatch(new RegExp(`^/workspace/documents/${id}\\?high=1-0-0`));
    expect(await decisionsOf(id)).toEqual([['c1', 'accepted']]);
  });

  test('a candidate the ledger refuses is left open with its reasons on its card, listed under the notice', async () => {
    // Of another country than the first test's, so that the ledger does not hold these statements yet.
    const id = await documentWith(
      CANDIDATES.map((c) => (c.country === 'RU' ? { ...c, country: 'TJ' } : c)),
      'Five figures, one refused',
    );
    const res = await editor.post(`/workspace/documents/${id}/accept-high`, { editing: '' });
    expect(res.status).toBe(422);
    expect(res.text).toContain('3 accepted, 1 could not be saved as proposed: each says why');
    // The list names what to fix, as the card's own summary does, rather than repeating its "see the fields marked".
    expect(res.text).toMatch(/<li><a href="#c4-errors">c4: “40”<\/a>: Country: &quot;ZZ&quot; is not a known country[^<]*<\/li>/);
    expect(/<ul class="ws-refused">[\s\S]*?<\/ul>/.exec(res.text)![0]).not.toContain('see the fields marked');
    const card = /<article id="cand-c4"[\s\S]*?<\/article>/.exec(res.text)![0];
    expect(card).toContain('id="c4-errors"');
    expect(card).toMatch(/id="c4-country-err"[^>]*>[^<]*&quot;ZZ&quot; is not a known country/);
    expect(await decisionsOf(id)).toEqual([
      ['c1', 'accepted'],
      ['c2', 'accepted'],
      ['c3', 'accepted'],
    ]);
  });
});
