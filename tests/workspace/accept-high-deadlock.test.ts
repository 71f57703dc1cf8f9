import { candidateForm, documentUnderReview, reportsArticle, workspaceLedger } from './support';
import type { TestApp } from '../support/app';
import type { signIn } from './support';

/*
 * "Accept all high-confidence" creates every new claimant its document names, in one transaction, each name held to the
 * COMMIT. It took each name's lock as it came to the name: two passes whose documents name the same new claimants in
 * opposite orders ("Border Service" then "Interior Ministry", and the other way) each held one name and waited for the
 * other's, and PostgreSQL killed one of them (a deadlock, answered 503). The pass now locks all its names at once, in
 * the order of their hashes, before any other write: the second pass waits for the first, then takes its actors.
 */
jest.setTimeout(600_000);
const ROUNDS = 6;

let t: TestApp;
let editor: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  ({ t, editor } = await workspaceLedger());
});
afterAll(() => t.drop());

/** A document under review whose two sure candidates name `first`, then `second`, each a new claimant. */
async function naming(round: number, first: string, second: string, firstValue: number): Promise<number> {
  const { text, candidates } = reportsArticle(2, firstValue, (i) => (i === 0 ? first : second));
  candidates.forEach((c) => (c.confidence = 0.9));
  return documentUnderReview(
    t,
    editor,
    { title: `Round ${round}: ${first} and ${second}`, kind: 'article', language: 'en', text, separate: 'yes' },
    candidates,
  );
}

test(`two passes naming the same new claimants in opposite orders both succeed, ${ROUNDS} times over, one actor per name`, async () => {
  for (let round = 1; round <= ROUNDS; round++) {
    const [border, interior] = [`Border Service ${round}`, `Interior Ministry ${round}`];
    const one = await naming(round, border, interior, 1000 + round * 10);
    const other = await naming(round, interior, border, 5000 + round * 10);
    const answers = await Promise.all(
      [one, other].map((id) => editor.post(`/workspace/documents/${id}/accept-high`, { form_id: `deadlock-${round}-${id}`, editing: '' })),
    );
    expect(answers.map((r) => r.status)).toEqual([303, 303]);
    for (const name of [border, interior]) {
      const actors = await t.db('actors').whereRaw('lower(name) = lower(?)', [name]).pluck('id');
      expect(actors).toHaveLength(1);
      // Both documents' claims of the name are the one actor's.
      expect(await t.db('claims').where({ claimant_id: actors[0] }).count({ n: '*' }).first()).toEqual({ n: 2 });
    }
  }
});

test(`a candidate accepted by hand while a pass accepts the same new claimant: no deadlock, ${ROUNDS} times over`, async () => {
  // The hand's acceptance reserved its candidate, then locked the name; the pass, holding the name, came to reserve
  // the same candidate. Each waited for the other.
  for (let round = 1; round <= ROUNDS; round++) {
    const name = `Migration Service ${round}`;
    const { text, candidates } = reportsArticle(3, 9000 + round * 10, () => name);
    candidates.forEach((c) => (c.confidence = 0.9));
    const id = await documentUnderReview(
      t,
      editor,
      { title: `Hand and pass ${round}`, kind: 'article', language: 'en', text, separate: 'yes' },
      candidates,
    );
    const [pass, hand] = await Promise.all([
      editor.post(`/workspace/documents/${id}/accept-high`, { form_id: `hand-and-pass-${round}`, editing: '' }),
      editor.post(`/workspace/documents/${id}/candidates/c3`, {
        ...candidateForm(candidates[2], { claimant: 'new', claimant_name: name, claimant_kind: 'government_agency' }),
        action: 'accept',
      }),
    ]);
    // Each accepted, or found the candidate the other had accepted (the pass then shows it refused, 422; the hand's
    // form, 409): never a deadlock's 503.
    expect([pass.status, hand.status]).toEqual(expect.arrayContaining([303]));
    expect([303, 422]).toContain(pass.status);
    expect([303, 409]).toContain(hand.status);
    const actors = await t.db('actors').whereRaw('lower(name) = lower(?)', [name]).pluck('id');
    expect(actors).toHaveLength(1);
    expect(await t.db('claims').where({ claimant_id: actors[0] }).count({ n: '*' }).first()).toEqual({ n: 3 });
  }
});
