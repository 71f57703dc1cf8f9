/**
 * Country rules of extract108. People a state's authorities count whose own words say they came back ("returned women",
 * "men who had come back from Syria") are the state's own nationals, as its "returnees" are (held-out 27's reading of
 * returnees); the same count without those words stays of no stated nationality (the README's rule for a state's own
 * cases). People said to come "from the town" (city, village, municipality) named before, a town of no first-level
 * subdivision, are of its country (held-out 34's and 36's reading of a town given as the origin). Sentences written for
 * these tests; each asserts the whole candidate, with the reason its country was given. A state's case count (arrests,
 * charges) carries its country to the next figure, but not to travellers a new paragraph counts by a noun of their own.
 */
import { shapesWithCountryReason, unattributedOn } from './support';

const all = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });

const candidate = unattributedOn('2026-03-01');

describe('people a state counts whose own words say they came back', () => {
  test('returned women sentenced by its courts are its nationals', () => {
    expect(all('Uzbek courts have sentenced 46 returned women since the flights began.')).toEqual([
      candidate({
        value_text: '46',
        value: 46,
        approximation: 'exact',
        metric: 'convicted',
        country: 'UZ',
        why: '"returned women" of the state whose authorities count their cases: its own nationals',
      }),
    ]);
  });

  test('men who had come back, arrested by its police, are its nationals', () => {
    expect(all('The Kyrgyz police arrested nine men who had come back from Syria.')).toEqual([
      candidate({
        value_text: 'nine',
        value: 9,
        approximation: 'exact',
        metric: 'arrested',
        country: 'KG',
        as_of: null,
        why: '"men who had come back" of the state whose authorities count their cases: its own nationals',
      }),
    ]);
  });

  test('the same count without those words names no nationality', () => {
    expect(all('Uzbek courts have sentenced 46 women since the flights began.')).toEqual([
      candidate({
        value_text: '46',
        value: 46,
        approximation: 'exact',
        metric: 'convicted',
        country: null,
        why: '"Uzbek": counted by its own authorities, no nationality stated',
      }),
    ]);
  });
});

describe('people from a town named before by its kind', () => {
  test('are of the town country', () => {
    expect(all('The mothers of Lunel still meet every week. At least 20 young men from the town left for Syria in 2014.')).toEqual([
      candidate({
        value_text: 'At least 20',
        value: 20,
        value_low: 20,
        approximation: 'at_least',
        country: 'FR',
        metric: 'foreign_fighters',
        as_of: '2014',
        why: '"from the town": the town named before, "Lunel", in FR',
      }),
    ]);
  });

  test('a municipality is read as a town', () => {
    expect(all('Molenbeek has long worried the police. Some 14 people from the municipality travelled to Syria.')).toEqual([
      candidate({
        value_text: 'Some 14',
        value: 14,
        approximation: 'approximately',
        country: 'BE',
        metric: 'foreign_fighters',
        why: '"from the municipality": the town named before, "Molenbeek", in BE',
      }),
    ]);
  });

  test('without the words from the town the travellers take no country', () => {
    expect(all('The mothers of Lunel still meet every week. At least 20 young men left for Syria in 2014.')).toEqual([
      candidate({
        value_text: 'At least 20',
        value: 20,
        value_low: 20,
        approximation: 'at_least',
        country: null,
        metric: 'foreign_fighters',
        as_of: '2014',
        why: '',
      }),
    ]);
  });
});

describe('a state case count and the travellers of the next paragraph', () => {
  const charged = candidate({ value_text: '15', value: 15, approximation: 'exact', metric: 'charged', country: 'MA', why: '"Moroccans"' });
  const travellers = (country: string | null, why: string) =>
    candidate({ value_text: 'About 200', value: 200, approximation: 'approximately', metric: 'foreign_fighters', country, why });

  test('travellers a new paragraph counts by a noun of their own take no country from the cases before', () => {
    expect(
      all('Prosecutors in Rabat charged 15 Moroccans last week.\n\nAbout 200 young men travelled to Syria from 2013 onwards.'),
    ).toEqual([charged, travellers(null, '')]);
  });

  test('in the same paragraph they still carry it', () => {
    expect(all('Prosecutors in Rabat charged 15 Moroccans last week. About 200 young men travelled to Syria from 2013 onwards.')).toEqual([
      charged,
      travellers('MA', 'as the figure before it'),
    ]);
  });
});
