/**
 * Rules added for unseen articles (branch extract16), chosen from the error classes of the practice corpus and
 * held-out sets 1-6 and kept only where held-out 7 and 8 (scored in aggregate) did not fall; sentences written for these
 * tests.
 */
import { sentences } from '../../src/extract/text';
import { expected, run, shapes } from './support';

const at = { published: '2025-06-01' };

/** Each candidate's words and country, with foreign nationals of several countries written as the corpora write them. */
const countries = (text: string) =>
  run(text, at).candidates.map((c) => [
    c.value_text,
    c.country === null && /^foreign nationals/.test(c.reasons.country ?? '') ? 'Other (foreign nationals)' : c.country,
  ]);

describe('country: foreigners named in the figure’s own clause', () => {
  test('a predicate after the figure’s noun phrase, or "N of them foreigners", says the people counted are foreigners', () => {
    expect(countries('Around 900 residents of the annex are non-Syrian, non-Iraqi foreigners.')).toEqual([
      ['Around 900', 'Other (foreign nationals)'],
    ]);
    expect(countries('Officials say about 1,800 inmates of Ghuwayran are third-country nationals.')).toEqual([
      ['about 1,800', 'Other (foreign nationals)'],
    ]);
    expect(countries('Troops killed 80 gunmen near the border, a dozen of them foreigners.')).toEqual([
      ['80', null],
      ['a dozen', 'Other (foreign nationals)'],
    ]);
    // a nationality stated for them is still theirs
    expect(countries('Around 900 residents of the annex are Tajiks.')).toEqual([['Around 900', 'TJ']]);
  });
});

describe('country: the country people departed from', () => {
  test('people who "departed from" or "left from" a country are its nationals, as those who left it are', () => {
    expect(shapes('Around 60 persons who departed from Belgium are still held in camps in Syria.', at)).toEqual([
      expected({
        value_text: 'Around 60',
        value: 60,
        approximation: 'approximately',
        metric: 'in_camps',
        country: 'BE',
        as_of: '2025-06-01',
      }),
    ]);
    expect(countries('Some 40 people who left from Norway are still in Syria.')).toEqual([['Some 40', 'NO']]);
  });

  test('a state stressed by "alone" or "itself" still brings back its own nationals', () => {
    expect(countries('The camps hold 40,000 people. Uzbekistan alone brought back some 500 persons from the camps last year.')).toEqual([
      ['40,000', null],
      ['some 500', 'UZ'],
    ]);
  });
});

describe('country: the carry from the figure before stops at people of several nationalities', () => {
  test('a whole with foreigners among its parts, or people "of N nationalities", take no country from the figure before', () => {
    expect(shapes('Police arrested 45 Tajik men in March. In May they detained 120 people, including 30 foreign nationals.', at)).toEqual([
      expected({ value_text: '45', value: 45, metric: 'arrested', country: 'TJ', as_of: '2025-03' }),
      expected({ value_text: '120', value: 120, metric: 'arrested', as_of: '2025-05' }),
      expected({ value_text: '30', value: 30, metric: 'arrested', as_of: '2025-05', relations: ['part_of c2'] }),
    ]);
    expect(
      countries('Police arrested 45 Tajik men in March. Troops later killed 80 gunmen near the border, a dozen of them foreigners.'),
    ).toEqual([
      ['45', 'TJ'],
      ['80', null],
      ['a dozen', 'Other (foreign nationals)'],
    ]);
    expect(countries('Police arrested 45 Tajik men in March. In May they detained 230 people of more than 20 nationalities.')).toEqual([
      ['45', 'TJ'],
      ['230', null],
    ]);
    // the same people again still take it
    expect(countries('Police arrested 45 Tajik men in March. In May they detained 230 more people.')).toEqual([
      ['45', 'TJ'],
      ['230', 'TJ'],
    ]);
  });
});

describe('country: people of many countries are the world only when they went of their own accord', () => {
  test('those who travelled or joined are an aggregate over the world; those a camp holds or a state deports are foreign nationals', () => {
    expect(shapes('More than 20,000 fighters from over 90 countries travelled to Syria.', at)).toEqual([
      expected({
        value_text: 'More than 20,000',
        value: 20000,
        value_low: 20000,
        approximation: 'more_than',
        country: '001',
        as_of: '2025-06-01',
      }),
    ]);
    expect(countries('Some 40,000 foreigners joined the group.')).toEqual([['Some 40,000', '001']]);
    expect(countries('The camp holds about 3,000 women and children from some 40 countries.')).toEqual([
      ['about 3,000', 'Other (foreign nationals)'],
    ]);
    expect(countries('Since 2015 the ministry has deported 4,500 foreign fighters from 60 countries.')).toEqual([
      ['4,500', 'Other (foreign nationals)'],
    ]);
    expect(countries('Some 40,000 foreigners are held in the camps.')).toEqual([['Some 40,000', 'Other (foreign nationals)']]);
  });
});

describe('claimant: sentences as armies write them', () => {
  test('a rank abbreviated with a full stop ("BGen.", "Brig. Gen.") does not end the sentence before the name it titles', () => {
    expect(shapes('"Since January, 54 fighters in our area have surrendered," BGen. Ramon Cruz said on Monday.', at)).toEqual([
      expected({
        value_text: '54',
        value: 54,
        metric: 'members',
        claimant: 'Ramon Cruz',
        mention: 'BGen. Ramon Cruz',
        cue: 'said',
        as_of: '2025-05-26',
      }),
    ]);
    expect(sentences('Troops killed 12 militants, Brig. Gen. Ana Reyes said. Nine were arrested.').length).toBe(2);
  });
});

describe('claimant: what a source noun names', () => {
  test('"count of", "estimate of" name what is counted, never the source', () => {
    // (the body revising its own count states both figures: extract42)
    const revised = { country: 'NL', claimant: 'AIVD', mention: 'The AIVD', cue: 'has revised', as_of: '2025-06-01' };
    expect(shapes('The AIVD has revised its count of Dutch travellers up from 300 to 310.', at)).toEqual([
      expected({ value_text: '300', value: 300, ...revised }),
      expected({ value_text: '310', value: 310, ...revised, relations: ['supersedes c1'] }),
    ]);
    // "estimates from X" still names X
    expect(shapes('Estimates from the Interior Ministry show 3,000 Tunisians left.', at)[0]).toMatchObject({
      value_text: '3,000',
      country: 'TN',
      claimant: 'Interior Ministry (Tunisia)',
    });
  });

  test('a body\'s own figure ("Europol\'s latest estimate", "by the army\'s own count") names the body', () => {
    expect(shapes("By the army's own count, some 900 Lebanese fought in Syria.", at)).toEqual([
      expected({
        value_text: 'some 900',
        value: 900,
        approximation: 'approximately',
        country: 'LB',
        claimant: 'army',
        mention: "the army's own count",
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes("Europol's latest estimate puts the number of returnees at about 1,500.", at)[0]).toMatchObject({
      claimant: 'Europol',
      mention: "Europol's latest estimate",
    });
    // a country's figure is no body's
    expect(shapes("The country's figure is 300 returnees.", at)[0]).toMatchObject({ claimant: null });
  });

  test('a study or report by X keeps its noun in the mention, and a name with "for" stays whole', () => {
    expect(shapes('A 2018 study by the Orient Policy Centre put the number of fighters at between 1,000 and 1,500.', at)).toEqual([
      expected({
        value_text: 'between 1,000 and 1,500',
        value_low: 1000,
        value_high: 1500,
        approximation: 'range',
        claimant: 'Orient Policy Centre',
        mention: 'A 2018 study by the Orient Policy Centre',
        cue: 'study by',
        as_of: '2018',
      }),
    ]);
    expect(
      shapes('A 2024 study by the Mombasa-based Centre for Peace Studies estimated that fewer than 300 recruits remained.', at)[0],
    ).toMatchObject({
      claimant: 'Centre for Peace Studies',
      mention: 'A 2024 study by the Mombasa-based Centre for Peace Studies',
    });
  });

  test('figures provided by a generic author give way to a named source in the sentence', () => {
    expect(
      shapes('Citing figures provided by the authorities in 30 countries, the Soufan Center says at least 5,000 fighters returned.', at)[0],
    ).toMatchObject({ value_text: 'at least 5,000', claimant: 'Soufan Center', mention: 'the Soufan Center', cue: 'says' });
  });
});

describe("claimant: the writer's own first person", () => {
  const byAuthor = { published: '2025-06-01', author: 'Crisis Group' };
  test('"we" or "I" after words of place or time is the subject, and outside a quotation it is the document\'s author', () => {
    expect(shapes('In this report we estimate that 250 people travelled.', byAuthor)).toEqual([
      expected({ value_text: '250', value: 250, claimant: 'Crisis Group', mention: 'we', cue: 'estimate', as_of: '2025-06-01' }),
    ]);
    expect(shapes('We find that between 70 and 90 of the travellers died.', byAuthor)[0]).toMatchObject({
      value_text: 'between 70 and 90',
      claimant: 'Crisis Group',
      mention: 'We',
      cue: 'find',
    });
    // inside a quotation the first person is the speaker's, whom the tag names
    expect(shapes('The minister said: "We believe 40 people left."', byAuthor)[0]).toMatchObject({
      claimant: 'minister',
      mention: 'The minister',
    });
  });
});
