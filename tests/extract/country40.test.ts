/**
 * Country on unseen text (extract40): the text gives whose people are counted in a form the reader missed — a capital's
 * own count, a state flying people home, a nationality or an origin set beside the people counted. Sentences written
 * for these tests; each assertion is of the whole candidate.
 */
import { expected, shapes } from './support';

const at = { published: '2025-06-01' };

describe("a capital's own count is its state's, of the state's nationals", () => {
  test('"Dushanbe\'s figure for citizens who joined armed groups abroad" counts Tajiks', () => {
    const text = "Dushanbe's figure for citizens who joined armed groups abroad stays at 1,899.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '1,899',
        value: 1899,
        metric: 'foreign_fighters',
        country: 'TJ',
        group: 'jihadist-groups',
        claimant: 'Dushanbe',
        mention: "Dushanbe's figure",
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('"Tashkent\'s latest tally" of returnees counts Uzbeks', () => {
    const text = "Tashkent's latest tally puts the number of returnees at 531.";
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '531',
        value: 531,
        metric: 'returnees',
        country: 'UZ',
        claimant: 'Tashkent',
        mention: "Tashkent's latest tally",
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('but a city that holds people names no nationality: "Kabul\'s prisons hold 300"', () => {
    expect(shapes("Kabul's prisons hold 300 suspected members of the group.", at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'members', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a state that flies people home brings back its own nationals', () => {
  test('"When Kosovo flew 110 people home" counts Kosovars (a wire story)', () => {
    const text = 'When Kosovo flew 110 people home from camps in north-east Syria in April 2019, officials called it a start.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '110', value: 110, metric: 'foreign_fighters', country: 'XK', as_of: '2019-04' }),
    ]);
  });

  test('"Kazakhstan airlifted 40 women and children back" counts Kazakhs (a ministry statement)', () => {
    const text = 'Kazakhstan airlifted 40 women and children back from Syria on Tuesday, the foreign ministry said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'women_and_children',
        country: 'KZ',
        claimant: 'foreign ministry',
        mention: 'the foreign ministry',
        cue: 'said',
        as_of: '2025-05-27',
      }),
    ]);
  });

  test('but a state flying people elsewhere names no nationality: "Turkey flew 20 suspects to Germany"', () => {
    expect(shapes('Turkey flew 20 suspects to Germany on Monday.', at)).toEqual([
      expected({ value_text: '20', value: 20, metric: 'arrested', as_of: '2025-05-26' }),
    ]);
  });
});

describe('a nationality or an origin set beside the people counted is theirs', () => {
  test('"The 12 men, all from Bosnia, were sentenced" (a court report)', () => {
    expect(shapes('The 12 men, all from Bosnia, were sentenced in Sarajevo on Tuesday.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'convicted', country: 'BA', as_of: '2025-05-27' }),
    ]);
  });

  test('"Police arrested 12 men, all Moroccan," names them, not the police', () => {
    expect(shapes('Police arrested 12 men, all Moroccan, in the raids.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', country: 'MA', as_of: '2025-06-01' }),
    ]);
  });

  test('"people who hold Belgian passports" are Belgians (an NGO report)', () => {
    expect(shapes('At least 300 people who hold Belgian passports remain in the conflict zone.', at)).toEqual([
      expected({
        value_text: 'At least 300',
        value: 300,
        value_low: 300,
        approximation: 'at_least',
        metric: 'still_in_conflict_zone',
        country: 'BE',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('"25 of them from Waziristan": a part said to be from a place within a country is of its country, the whole of none', () => {
    // (Mombasa, this test's first city, is its own county KE-28 since 20261223010000: a place with no code of its own)
    const text = 'Police in Pakistan have detained 90 suspects this year, 25 of them from Waziristan.';
    const arrested = { metric: 'arrested', as_of: '2025' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '90', value: 90, ...arrested }),
      expected({ value_text: '25', value: 25, ...arrested, country: 'PK', relations: ['part_of c1'] }),
    ]);
  });

  test('but foreigners "mostly from Syria" are not all Syrians, and "all in their twenties" is no nationality', () => {
    const detained = { metric: 'arrested', as_of: '2025-06-01' };
    expect(shapes('Of the 40 people detained, nine were foreigners, mostly from Syria.', at)).toEqual([
      expected({ value_text: '40', value: 40, ...detained }),
      expected({ value_text: 'nine', value: 9, ...detained, relations: ['part_of c1'] }),
    ]);
    expect(shapes('Police arrested 12 men, all in their twenties, in the raids.', at)).toEqual([
      expected({ value_text: '12', value: 12, ...detained }),
    ]);
  });
});

describe('another figure given for the quantity just counted is of the same people', () => {
  const tunisians = {
    value_text: 'about 140',
    value: 140,
    approximation: 'approximately' as const,
    metric: 'foreign_fighters',
    country: 'TN',
    group: 'islamic-state',
  };
  test('"put the figure at between 150 and 200" after "about 140 Tunisians had joined IS" (a research report)', () => {
    const text =
      'Officials told parliament in 2016 that about 140 Tunisians had joined IS; an intelligence official quoted in 2018 put the figure at between 150 and 200.';
    expect(shapes(text, at)).toEqual([
      expected({ ...tunisians, claimant: 'Officials', mention: 'Officials', cue: 'told parliament', as_of: '2016' }),
      expected({
        value_text: 'between 150 and 200',
        value_low: 150,
        value_high: 200,
        approximation: 'range',
        metric: 'foreign_fighters',
        country: 'TN',
        group: 'islamic-state',
        claimant: 'intelligence official',
        mention: 'an intelligence official',
        cue: 'quoted',
        as_of: '2018',
      }),
    ]);
  });

  test('but the strength of the group put at a figure is of mixed origin', () => {
    const text = 'About 140 Tunisians had joined IS by 2016, officials said. A UN report put the strength of IS at some 30,000 fighters.';
    expect(shapes(text, at)).toEqual([
      expected({ ...tunisians, value_text: 'About 140', claimant: 'officials', mention: 'officials', cue: 'said', as_of: '2016' }),
      expected({
        value_text: 'some 30,000',
        value: 30000,
        approximation: 'approximately',
        metric: 'members',
        group: 'islamic-state',
        claimant: 'UN',
        mention: 'A UN report',
        cue: 'put',
        as_of: '2025-06-01',
      }),
    ]);
  });
});
