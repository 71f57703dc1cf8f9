/**
 * Recall on unseen text (extract87): a bare number, or a share, that is the subject of a verb whose own clause says a
 * status the ledger reads ("150 are believed to remain in the conflict zone", "a quarter were later released under
 * supervision") counts people, unless the words before it count things and name no people; "half the returnees" is a
 * share of the people its noun names. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-01' };

describe('a bare number, the subject of a verb whose clause says a status, counts people', () => {
  test('a hedged verb: believed to remain in the conflict zone', () => {
    expect(shapes('Around 150 are believed to remain in the conflict zone, the ministry said.', at)).toEqual([
      expected({
        value_text: 'Around 150',
        value: 150,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
        as_of: '2026-12-01',
      }),
    ]);
  });

  test('awaiting trial, came back, still at large', () => {
    expect(shapes('Prosecutors say a further 23 are awaiting trial in Almaty.', at)).toEqual([
      expected({
        value_text: '23',
        value: 23,
        metric: 'awaiting_trial',
        claimant: 'Prosecutors',
        mention: 'Prosecutors',
        cue: 'say',
        as_of: '2026-12-01',
      }),
    ]);
    expect(shapes('Of the men who went to Iraq, nine came back in 2024.', at)).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'returnees', as_of: '2024' }),
    ]);
    expect(shapes('Police said 14 were still at large on Sunday.', at)).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'wanted',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2026-11-29',
      }),
    ]);
  });

  test('but not a number of things before it, nor a verb whose clause says no status', () => {
    expect(shapes('Of the 80 attacks recorded last year, 12 were carried out in the capital.', at)).toEqual([]);
    expect(shapes('The ministry said 60 convoys left the city; half were stopped at checkpoints.', at)).toEqual([]);
    expect(shapes('The army lost 30 tanks in the war; 12 are still in Syria.', at)).toEqual([]);
    expect(shapes('Some 40 are expected at the conference, organisers said.', at)).toEqual([]);
  });
});

describe('a share counts people when its clause says a status, or when "half the" names them', () => {
  test('a quarter of the returnees counted before, later released under supervision', () => {
    expect(shapes('The agency counted 40 returnees in 2025. A quarter were later released under supervision.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        claimant: 'agency',
        mention: 'The agency',
        cue: 'counted',
        as_of: '2025',
      }),
      expected({
        value_text: 'A quarter',
        fraction: 0.25,
        metric: 'released_under_restrictions',
        as_of: '2026-12-01',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('half the returnees; but not half the budget', () => {
    expect(shapes('Half the returnees are women, officials in Dushanbe said.', at)).toEqual([
      expected({
        value_text: 'Half',
        fraction: 0.5,
        metric: 'returnees',
        claimant: 'officials in Dushanbe',
        mention: 'officials in Dushanbe',
        cue: 'said',
        as_of: '2026-12-01',
      }),
    ]);
    expect(shapes('Half the budget was spent on security.', at)).toEqual([]);
  });
});
