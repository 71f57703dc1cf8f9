/**
 * Recall on unseen text (extract87): a bare number, or a share, that is the subject of a verb whose own clause says a
 * status the ledger reads ("150 are believed to remain in the conflict zone", "a quarter were later released under
 * supervision") counts people, unless the words before it count things and name no people; "half the returnees" is a
 * share of the people its noun names; a bare number that is the object of a verb of such a status ("jailed 43",
 * "extradited 17") counts people, and a headline's "sentences 6 to death" reads as sentenced to death; a capitalised
 * plural no vocabulary knows, then what only people do ("90 Circassians left for Syria"), counts people, with the
 * ledger's vocabulary or none. Sentences written for these tests.
 */
import { extractCandidates } from '../../src/extract/extract';
import { gazetteer } from '../../src/extract/gazetteer';
import { Lexicon } from '../../src/extract/lexicon';
import { expected, shape, shapes } from './support';

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

describe('a bare number, the object of a verb that says a status, counts people', () => {
  test('jailed, extradited, rounded up another', () => {
    expect(shapes('The courts jailed 43 for terrorism offences last year, the justice ministry said.', at)).toEqual([
      expected({
        value_text: '43',
        value: 43,
        metric: 'arrested',
        group: 'terrorism-all',
        claimant: 'justice ministry',
        mention: 'the justice ministry',
        cue: 'said',
        as_of: '2025',
      }),
    ]);
    expect(shapes('Authorities have so far extradited 17 to France.', at)).toEqual([
      expected({ value_text: '17', value: 17, metric: 'transferred', country: 'FR', as_of: '2026-12-01' }),
    ]);
    expect(shapes('Raids in the north: police rounded up another 19 on Wednesday.', at)).toEqual([
      expected({ value_text: '19', value: 19, metric: 'arrested', as_of: '2026-11-25' }),
    ]);
  });

  test('a headline: sentences 6 to death', () => {
    expect(shapes('Court sentences 6 to death over church bombing', at)).toEqual([
      expected({ value_text: '6', value: 6, metric: 'sentenced_to_death', as_of: '2026-12-01' }),
    ]);
  });

  test('but not after things counted, nor the object of a verb that moves money as well', () => {
    expect(shapes('The army seized 40 rifles in the raid and captured 12.', at)).toEqual([]);
    expect(shapes('The bank transferred 400 to the account.', at)).toEqual([]);
  });
});

describe('a capitalised plural no vocabulary knows, then what only people do, counts people', () => {
  test('with the ledger vocabulary: a people it has no word for', () => {
    expect(shapes('About 90 Circassians left for Syria between 2013 and 2015, community leaders said.', at)).toEqual([
      expected({
        value_text: 'About 90',
        value: 90,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        claimant: 'community leaders',
        mention: 'community leaders',
        cue: 'said',
        as_of: '2015',
      }),
    ]);
    expect(shapes('Some 30 Pashtuns have been detained in the province since March.', at)).toEqual([
      expected({ value_text: 'Some 30', value: 30, approximation: 'approximately', metric: 'arrested', as_of: '2026-12-01' }),
    ]);
    expect(shapes('Some 30 Hondas were parked outside the court.', at)).toEqual([]);
    expect(shapes('Some 30 Pashtuns joined the Taliban in the spring, elders said.', at)).toEqual([
      expected({
        value_text: 'Some 30',
        value: 30,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        group: 'taliban',
        claimant: 'elders',
        mention: 'elders',
        cue: 'said',
        as_of: '2026-12-01',
      }),
    ]);
  });

  test('but not machines that go where nothing is named, or go through something (review46)', () => {
    expect(shapes('About 40 Bayraktars joined the operation, officials said.', at)).toEqual([]);
    expect(shapes('Around 15 Chinooks fled the storm on Tuesday.', at)).toEqual([]);
  });

  test('with no vocabulary at all: the speakers past the comma are not what the number counts', () => {
    const none = new Lexicon([], [], [], [], gazetteer(), null);
    const read = (text: string) => extractCandidates(text, none, at).candidates.map(shape);
    const some50 = { value_text: 'Some 50', value: 50, approximation: 'approximately' as const, as_of: '2026-12-01' };
    expect(read('Some 50 Kazakhs left for Syria.')).toEqual([expected({ ...some50, metric: 'foreign_fighters' })]);
    expect(read('Some 50 Kazakhs left, officials said.')).toEqual([
      expected({ ...some50, metric: 'still_in_conflict_zone', claimant: 'officials', mention: 'officials', cue: 'said' }),
    ]);
  });
});
