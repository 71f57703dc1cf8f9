/**
 * Country rules of extract115. A region that "had 47 residents who left" is where they left from, their origin (the
 * lead's trial8: a state of Austria after an apposition). Foreigners who "were returned" to their countries were sent
 * back by a state, foreign nationals where they are, not the world's travellers gone home (the lead's trial9). A state's
 * government giving its own count ("the German government's figure of 1,150") counts its nationals, as "Germany's
 * figure" does (review52). Sentences written for these tests; each asserts the whole candidate, with the reason its
 * country was given.
 */
import { shapesWithCountryReason, unattributedOn } from './support';

const all = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });

const candidate = unattributedOn('2026-03-01');

describe('a region that had people who left', () => {
  test('the region after its apposition is the origin of the residents who left', () => {
    expect(
      all('Bavaria, the largest state after Berlin by departures, had 31 residents who left for Syria, a police spokesman said.'),
    ).toEqual([
      candidate({
        value_text: '31',
        value: 31,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'DE-BY',
        as_of: null,
        claimant: 'police spokesman',
        mention: 'a police spokesman',
        cue: 'said',
        why: '"Bavaria": Bavaria, a subdivision of DE the ledger counts apart (DE-BY)',
      }),
    ]);
  });

  test('a place in a conflict zone that had people who joined is where they were', () => {
    expect(all('Raqqa had 3,000 residents who joined the group.')).toEqual([
      candidate({
        value_text: '3,000',
        value: 3000,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: null,
        as_of: null,
        why: "a place's whole population: no nationality stated",
      }),
    ]);
  });
});

describe('foreigners returned to their countries', () => {
  test('foreign fighters who were returned are foreign nationals sent back', () => {
    expect(all('Only 240 foreign fighters were returned to their home countries last year.')).toEqual([
      candidate({
        value_text: '240',
        value: 240,
        approximation: 'exact',
        metric: 'returnees',
        country: null,
        hedge: 'Only',
        as_of: '2025',
        why: 'foreign nationals of several countries',
      }),
    ]);
  });

  test('foreign fighters who have returned of their own accord are the world', () => {
    expect(all('Some 240 foreign fighters have returned to their home countries.')).toEqual([
      candidate({
        value_text: 'Some 240',
        value: 240,
        approximation: 'approximately',
        metric: 'returnees',
        country: '001',
        why: 'travellers gone home to their countries: the world',
      }),
    ]);
  });
});

describe('a state government giving its own count', () => {
  test('the government figure counts its nationals, not those of the country before', () => {
    expect(
      all('Dutch prosecutors say 300 Dutch nationals travelled to Syria. The Belgian government\u2019s figure of 450 is an undercount.'),
    ).toEqual([
      candidate({
        value_text: '300',
        value: 300,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'NL',
        claimant: 'Dutch prosecutors',
        mention: 'Dutch prosecutors',
        cue: 'say',
        why: '"Dutch"',
      }),
      candidate({
        value_text: '450',
        value: 450,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'BE',
        claimant: 'Belgian government',
        mention: 'The Belgian government\u2019s figure',
        why: '"Belgian"',
      }),
    ]);
  });
});

describe('a region of a country named in the sentence only as who counts them', () => {
  test('the region people left is their origin when the country names no nationality', () => {
    expect(all('Spain\u2019s count includes the 19 people who left Andalusia in 2015.')).toEqual([
      candidate({
        value_text: '19',
        value: 19,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'ES-AN',
        as_of: '2015',
        why: '"Andalusia": Andalusia, a subdivision of ES (ES-AN), the origin the text gives them, no nationality stated',
      }),
    ]);
  });

  test('a nationality stated in the sentence keeps the country', () => {
    expect(all('The 19 Spanish citizens who left Andalusia in 2015 are counted.')).toEqual([
      candidate({
        value_text: '19',
        value: 19,
        approximation: 'exact',
        metric: 'foreign_fighters',
        country: 'ES',
        as_of: '2015',
        why: '"Spanish"',
      }),
    ]);
  });
});
