/**
 * Counts of people the extractor had taken for counts of things (extract100): people named by the cause or the part
 * they took ("secessionists", "FTFs", "couriers"), a plural of people whose verb in the present is also a noun of things
 * ("men attack"), and "one" person: named in the singular ("one police officer") or one of the people just counted
 * ("Two men were arrested. One was later sentenced…"). Sentences written for these tests; each assertion is of the
 * whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };
const today = { as_of: '2026-03-01' };

describe('people named by the cause or the part they took', () => {
  test('secessionists who joined an insurgency are counted', () => {
    expect(shapes('Some 40 secessionists from the valley joined the insurgency last year.', at)).toEqual([
      expected({ value_text: 'Some 40', value: 40, approximation: 'approximately', as_of: '2025' }),
    ]);
  });

  test('FTFs, an abbreviation of foreign terrorist fighters, are counted', () => {
    expect(shapes('The ministry said 300 FTFs from the region travelled to Syria.', at)).toEqual([
      expected({ value_text: '300', value: 300, claimant: 'ministry', mention: 'The ministry', cue: 'said', ...today }),
    ]);
  });

  test('couriers of a network are counted', () => {
    expect(shapes('Police identified 12 couriers for the network in the city.', at)).toEqual([
      expected({ value_text: '12', value: 12, claimant: 'Police', mention: 'Police', cue: 'identified', ...today }),
    ]);
  });
});

describe('a plural of people before a verb in the present that is also a noun of things', () => {
  test('"Five young men attack police posts" counts the men', () => {
    expect(shapes('Five young men attack police posts in the capital.', at)).toEqual([
      expected({ value_text: 'Five', value: 5, ...today }),
    ]);
  });

  test('a plural noun of things after people stays their noun: "militants attacks" is no count of people', () => {
    expect(shapes('The militants attacks on the town continued.', at)).toEqual([]);
  });
});

describe('one person', () => {
  test('named in the singular: "one police officer was injured"', () => {
    expect(shapes('The blast killed four soldiers; one police officer was injured.', at)).toEqual([
      expected({ value_text: 'four', value: 4, metric: 'victims_killed', ...today }),
      expected({ value_text: 'one', value: 1, metric: 'victims_injured', ...today }),
    ]);
    expect(shapes('One teenager has been charged with preparing acts of terrorism.', at)).toEqual([
      expected({ value_text: 'One', value: 1, metric: 'charged', ...today }),
    ]);
  });

  test('one of the people counted in the sentence before, opening its sentence with what was done to them', () => {
    expect(shapes('Two men were arrested in Lyon on Monday. One was later sentenced to ten years in prison.', at)).toEqual([
      expected({ value_text: 'Two', value: 2, metric: 'arrested', as_of: '2026-02-23' }),
      expected({ value_text: 'One', value: 1, metric: 'convicted', ...today }),
    ]);
    expect(shapes('Three Belgians travelled to Syria in 2014. One died in Raqqa, the family said.', at)).toEqual([
      expected({ value_text: 'Three', value: 3, country: 'BE', as_of: '2014' }),
      expected({
        value_text: 'One',
        value: 1,
        metric: 'killed',
        country: 'BE',
        claimant: 'family',
        mention: 'the family',
        cue: 'said',
        ...today,
      }),
    ]);
  });

  test('one of things counted before is no person: "Two bombs exploded. One was defused"', () => {
    expect(shapes('Two bombs exploded in the market on Monday. One was defused by the army.', at)).toEqual([]);
  });

  test('one person who serves with nothing done to them is no count, as their plural is not', () => {
    expect(shapes('Only one witness was heard by the court.', at)).toEqual([]);
  });

  test('a person somebody is with describes them: "children with at least one parent from Europe"', () => {
    expect(shapes('Some 1,200 children with at least one parent from Europe are held in the camps.', at)).toEqual([
      expected({ value_text: 'Some 1,200', value: 1200, approximation: 'approximately', metric: 'in_camps', ...today }),
    ]);
  });
});

describe('a bare number believed or said of people', () => {
  test('believed to have done what people do, or to be where people are', () => {
    expect(shapes('At least 200 are believed to have travelled to Iraq.', at)).toEqual([
      expected({ value_text: 'At least 200', value: 200, value_low: 200, approximation: 'at_least', ...today }),
    ]);
    expect(shapes('Around 70 are thought to be fighting in Syria.', at)).toEqual([
      expected({ value_text: 'Around 70', value: 70, approximation: 'approximately', ...today }),
    ]);
  });

  test('people nobody can find: "Twelve remain unaccounted for"', () => {
    expect(shapes('Twelve remain unaccounted for, the ministry said.', at)).toEqual([
      expected({ value_text: 'Twelve', value: 12, claimant: 'ministry', mention: 'the ministry', cue: 'said', ...today }),
    ]);
  });

  test('believed of things counted before is no count of people', () => {
    expect(shapes('Police seized 40 rifles; 12 are believed to be stolen.', at)).toEqual([]);
  });

  test('people it is said to be: "45 were Tajik nationals"', () => {
    expect(shapes('In the second phase, 45 were Tajik nationals.', at)).toEqual([
      expected({ value_text: '45', value: 45, country: 'TJ', ...today }),
    ]);
  });

  test('things it is said to be are no people: "40 were assault rifles"', () => {
    expect(shapes('Of the 300 weapons, 40 were assault rifles.', at)).toEqual([]);
  });
});
