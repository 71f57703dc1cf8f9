/**
 * Claimants on unseen text (extract70): a clause of manner with a subject of its own, the outlet that relays a source's
 * figure, a publication named by its title and year. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a clause of manner with a subject of its own names the source', () => {
  test('fronted, with a named person, a role noun or a generic plural, and a time after its verb', () => {
    expect(shapes('As Interior Minister Karl Berg told parliament on Tuesday, 56 people have returned from Iraq.', at)).toEqual([
      expected({
        value_text: '56',
        value: 56,
        metric: 'returnees',
        claimant: 'Karl Berg',
        mention: 'Interior Minister Karl Berg',
        cue: 'told parliament',
        // (the Tuesday before the article's date)
        as_of: '2026-12-01',
      }),
    ]);
    expect(shapes('As officials put it, some 300 nationals are still in Syria.', at)).toEqual([
      expected({
        value_text: 'some 300',
        value: 300,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        claimant: 'officials',
        mention: 'officials',
        cue: 'put it',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('Just as the prosecutor said, 12 of the defendants were convicted.', at)).toEqual([
      expected({
        value_text: '12',
        value: 12,
        metric: 'convicted',
        claimant: 'prosecutor',
        mention: 'the prosecutor',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('after a live page s time and dash, and told to any listener', () => {
    expect(shapes('11:05 - As the army spokesman put it, dozens of militants were killed overnight.', at)).toEqual([
      expected({
        value_text: 'dozens of',
        approximation: 'vague',
        metric: 'killed',
        claimant: 'army spokesman',
        mention: 'the army spokesman',
        cue: 'put it',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('As Interior Minister Grace Wanjiru told senators, some 600 Kenyans are still fighting in Somalia.', at)).toEqual([
      expected({
        value_text: 'some 600',
        value: 600,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        country: 'KE',
        claimant: 'Grace Wanjiru',
        mention: 'Interior Minister Grace Wanjiru',
        cue: 'told senators',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('inside a coordinated clause it covers that clause only, not the figure of the clause before', () => {
    expect(
      shapes('The government has brought home 31 children and, as the foreign minister put it, about 20 women remain in Roj camp.', at),
    ).toEqual([
      expected({ value_text: '31', value: 31, metric: 'returnees', as_of: '2026-12-06' }),
      expected({
        value_text: 'about 20',
        value: 20,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'foreign minister',
        mention: 'the foreign minister',
        cue: 'put it',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('after a main clause with its own cue, or beside "according to", the source the sentence names speaks', () => {
    expect(shapes('Officials said 48 militants were killed, as the army spokesman noted, in heavy fighting.', at)).toEqual([
      expected({
        value_text: '48',
        value: 48,
        metric: 'killed',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('According to the police, 14 suspects were detained, as the mayor confirmed, in a dawn raid.', at)).toEqual([
      expected({
        value_text: '14',
        value: 14,
        metric: 'arrested',
        claimant: 'police',
        mention: 'the police',
        cue: 'According to',
        as_of: '2026-12-06',
      }),
    ]);
  });
});

describe('the outlet a clause of manner names relays the source the main clause names', () => {
  test('"as reported by" and "as first reported by" after a cue give the relayer, the claimant stays the source', () => {
    expect(shapes('The National Crime Agency said 19 men were charged, as reported by the BBC.', at)).toEqual([
      expected({
        value_text: '19',
        value: 19,
        metric: 'charged',
        claimant: 'National Crime Agency',
        mention: 'The National Crime Agency',
        cue: 'said',
        relayed_by: 'BBC',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('As Reuters reported, citing police, 22 people were detained on Monday.', at)).toEqual([
      expected({
        value_text: '22',
        value: 22,
        metric: 'arrested',
        claimant: 'police',
        mention: 'police',
        cue: 'citing',
        relayed_by: 'Reuters',
        as_of: '2026-11-30',
      }),
    ]);
  });
});

describe('a publication named by its title and year', () => {
  test('a possessor s titled publication with its year is the possessor s claim, its year no figure, carried on', () => {
    expect(
      shapes(
        'Europol’s TE-SAT 2025 recorded 450 arrests for jihadist terrorism across the member states. A quarter of them were minors.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '450',
        value: 450,
        metric: 'arrested',
        group: 'jihadist-groups',
        claimant: 'Europol',
        mention: 'Europol’s TE-SAT 2025',
        cue: 'recorded',
        as_of: '2026-12-06',
      }),
      expected({
        value_text: 'A quarter',
        fraction: 0.25,
        metric: 'arrested',
        group: 'jihadist-groups',
        claimant: 'Europol',
        as_of: '2026-12-06',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('a title ending with its year, named alone, is the publication itself', () => {
    expect(shapes('The Global Terrorism Index 2025 puts the number killed at 8,352.', at)).toEqual([
      expected({
        value_text: '8,352',
        value: 8352,
        metric: 'killed',
        claimant: 'Global Terrorism Index',
        mention: 'The Global Terrorism Index 2025',
        cue: 'puts',
        as_of: '2026-12-06',
      }),
    ]);
  });
});

describe('a figure given as such', () => {
  test('a body that gives a bare figure with its noun, nothing given to it, is its source', () => {
    expect(shapes('The interior ministry of Tajikistan gave 340 returnees, of whom 120 were children.', at)).toEqual([
      expected({
        value_text: '340',
        value: 340,
        metric: 'returnees',
        country: 'TJ',
        claimant: 'interior ministry of Tajikistan',
        mention: 'The interior ministry of Tajikistan',
        cue: 'gave',
        as_of: '2026-12-06',
      }),
      expected({
        value_text: '120',
        value: 120,
        metric: 'returnees',
        country: 'TJ',
        claimant: 'interior ministry of Tajikistan',
        mention: 'The interior ministry of Tajikistan',
        cue: 'gave',
        as_of: '2026-12-06',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('a figure that receives what is given names no source', () => {
    expect(shapes('The municipality gave 85 displaced families a temporary shelter, and 40 fighters surrendered.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'members', as_of: '2026-12-06' }),
    ]);
  });
});

describe('a pronoun subject after a phrase naming where it said so', () => {
  test('"In her report she estimates" names the person the pronoun stands for', () => {
    expect(
      shapes(
        'Dr Hana Sobhy testified for the appellants. In her report she estimates that between 300 and 500 fighters remained active.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'between 300 and 500',
        value_low: 300,
        value_high: 500,
        approximation: 'range',
        metric: 'members',
        claimant: 'Hana Sobhy',
        mention: 'she',
        cue: 'estimates',
        as_of: '2026-12-06',
      }),
    ]);
  });

  test('"In a statement the ministry said" names the ministry after the phrase', () => {
    expect(shapes('In a statement the interior ministry said 40 suspects were arrested overnight.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'arrested',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'said',
        as_of: '2026-12-06',
      }),
    ]);
  });
});
