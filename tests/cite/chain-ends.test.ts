import { chainEnds } from '../../src/cite/service';
import type { Claim } from '../../src/claims/model';
import { statusSentence } from '../../src/cite/phrases';
import type { CitableClaim } from '../../src/cite/citable';

/** A claim with only what a chain reads: its id, status and the claims superseding it. */
const claim = (id: number, status: Claim['status'], supersededBy: number[] = []): Claim =>
  ({
    id,
    status,
    value_text: String(id * 100),
    relations: supersededBy.map((s) => ({ type: 'superseded_by', claim_id: s })),
  }) as unknown as Claim;

test('the chain is followed past superseded claims to the one that stands, skipping retracted branches', () => {
  const all = new Map(
    [2, 3, 4, 5].map((id) => [id, claim(id, id === 4 ? 'retracted' : id === 5 ? 'active' : 'superseded', { 2: [3], 3: [4, 5] }[id] ?? [])]),
  );
  const ends = chainEnds(claim(1, 'superseded', [2]), all);
  expect(ends.map((e) => [e.claim.id, e.through])).toEqual([[5, [2, 3]]]);
});

test('when every claim superseding it is retracted, those are the ends, for the citation to say so', () => {
  const all = new Map([[7, claim(7, 'retracted')]]);
  expect(chainEnds(claim(1, 'superseded', [7]), all).map((e) => [e.claim.id, e.through])).toEqual([[7, []]]);
  const sentence = statusSentence({
    status: 'superseded',
    superseded_by: [{ id: 7, value_text: '1,500', claimant: 'Aleksandr Bortnikov', through: [], retracted: true }],
  } as unknown as CitableClaim);
  expect(sentence).toBe('This figure was superseded by claim 7 (“1,500”, Aleksandr Bortnikov), since retracted.');
});
