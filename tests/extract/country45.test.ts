/**
 * Country on unseen text (extract45): the main sources a total names after it, each with its count in brackets
 * ("led by Tunisia (6,000)"), are each of their own country, not of the total's region; people "from some 60 other
 * countries" are foreign nationals, not of the last nationality named; the nationality a predicate states ("were
 * Moroccan citizens") is theirs, not that of the whole they are taken from; a whole set before its breakdown by country
 * ("Of about 450 returnees, Egypt accounts for 200") is of none of them; "Congolese" are nationals of DR Congo.
 * Sentences written for these tests; each assertion is of the whole candidate.
 */
import { expected, run, shapes } from './support';

const at = { published: '2025-06-01' };

/** Each candidate's words, country and country reason. */
const read = (text: string) => run(text, at).candidates.map((c) => [c.value_text, c.country, c.reasons.country]);

describe('a count in brackets after a country named as a main source of a total counts that country', () => {
  test('"some 9,000 fighters, led by Tunisia (6,000) and Morocco (1,600)": each bracketed count is of its country', () => {
    const text = 'North Africa sent some 9,000 fighters, led by Tunisia (6,000) and Morocco (1,600), officials said.';
    const officials = { metric: 'foreign_fighters', claimant: 'officials', mention: 'officials', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'some 9,000', value: 9000, approximation: 'approximately', country: '015', ...officials }),
      expected({ value_text: '6,000', value: 6000, approximation: 'exact', country: 'TN', ...officials }),
      expected({ value_text: '1,600', value: 1600, approximation: 'exact', country: 'MA', ...officials }),
    ]);
  });

  test('arrests broken down "with France (411) and Spain (91)" are counted by place, of no nationality', () => {
    const text = 'Police arrested 700 people across Europe last year, with France (411) and Spain (91) the busiest.';
    const arrested = { approximation: 'exact' as const, metric: 'arrested', as_of: '2024' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '700', value: 700, ...arrested }),
      expected({ value_text: '411', value: 411, ...arrested }),
      expected({ value_text: '91', value: 91, ...arrested }),
    ]);
  });
});

describe('people from many countries, none named, are foreign nationals', () => {
  test('"6,000 or so women come from some 60 other countries" are not Iraqis, the last nationality named', () => {
    const text = "Most of the camp's residents are Syrians and Iraqis, but 6,000 or so women come from some 60 other countries.";
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '6,000 or so', value: 6000, approximation: 'approximately', metric: 'women', as_of: '2025-06-01' }),
    ]);
    expect(read(text)).toEqual([['6,000 or so', null, 'foreign nationals of several countries']]);
  });

  test('"900 women from dozens of countries" after "2,000 Iraqis" are foreign nationals', () => {
    const text = 'The annex holds 2,000 Iraqis and 900 women from dozens of countries.';
    expect(read(text)).toEqual([
      ['2,000', 'IQ', '"Iraqis"'],
      ['900', null, 'foreign nationals of several countries'],
    ]);
  });
});

describe('the nationality a predicate states is that of the people counted', () => {
  test('"Three of the Belgian detainees were Moroccan citizens": the three are Moroccans', () => {
    const text = 'Three of the Belgian detainees were Moroccan citizens, prosecutors said.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: 'Three',
        value: 3,
        approximation: 'exact',
        metric: 'arrested',
        country: 'MA',
        claimant: 'prosecutors',
        mention: 'prosecutors',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
  });
});

describe('a whole set before its breakdown by country is of none of its countries', () => {
  test('"Of about 450 returnees, Egypt accounts for 200 and Jordan for 90": the 450 are not Egyptians', () => {
    const text = 'Of about 450 returnees, Egypt accounts for 200 and Jordan for 90, the ministry said.';
    const ministry = { metric: 'returnees', claimant: 'ministry', mention: 'the ministry', cue: 'said', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'about 450', value: 450, approximation: 'approximately', ...ministry }),
      expected({ value_text: '200', value: 200, approximation: 'exact', country: 'EG', ...ministry }),
      expected({ value_text: '90', value: 90, approximation: 'exact', country: 'JO', ...ministry }),
    ]);
  });
});

describe('"Congolese" names nationals of DR Congo', () => {
  test('"12 Congolese had joined the rebels" are of CD', () => {
    const text = 'Ugandan police said 12 Congolese had joined the rebels.';
    expect(read(text)).toEqual([['12', 'CD', '"Congolese"']]);
  });
});
