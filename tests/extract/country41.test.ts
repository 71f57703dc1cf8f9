/**
 * Country on unseen text (extract41): the country heading a list item whose clause leaves its verb out ("Tunisia for
 * 95", "Jordan with 2,089"), follows a ranking's "followed by" or quotes its figure ("Lebanon "around 900""). Sentences
 * written for these tests; each assertion is of the whole candidate. Foreign nationals told by the verb of their clause:
 * "11 of the 38 were foreign nationals", "Eight of those convicted in 2024 were foreign nationals". A later figure's
 * nationality is not its whole's; "32 of Tajikistan" counts Tajiks.
 */
import { expected, run, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a country heads its list item across the words a gapped clause keeps', () => {
  test('"Morocco accounts for 120, Tunisia for 95 and Algeria for 40": each figure is of its own country', () => {
    const text = 'Morocco accounts for 120 returnees, Tunisia for 95 and Algeria for 40, the study found.';
    const study = {
      metric: 'returnees',
      approximation: 'exact' as const,
      claimant: 'study',
      mention: 'the study',
      cue: 'found',
      as_of: '2025-06-01',
    };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '120', value: 120, country: 'MA', ...study }),
      expected({ value_text: '95', value: 95, country: 'TN', ...study }),
      expected({ value_text: '40', value: 40, country: 'DZ', ...study }),
    ]);
  });

  test('a quoted figure after its country ("Lebanon "around 900"") is of that country, not of the one before', () => {
    const text = 'Jordan, by the ministry\'s count, sent at least 3,000 people; Lebanon "around 900"; Egypt only 600.';
    const ministry = { metric: 'foreign_fighters', claimant: 'ministry', mention: "the ministry's count", as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'at least 3,000', value: 3000, value_low: 3000, approximation: 'at_least', country: 'JO', ...ministry }),
      expected({ value_text: 'around 900', value: 900, approximation: 'approximately', country: 'LB', ...ministry }),
      expected({ value_text: '600', value: 600, approximation: 'exact', country: 'EG', hedge: 'only', ...ministry }),
    ]);
  });

  test('a ranking "followed by Saudi Arabia with 2,275 and Jordan with 2,089" gives each figure its country', () => {
    const text = 'Russia topped the list with 3,417 fighters, followed by Saudi Arabia with 2,275 and Jordan with 2,089.';
    const ranking = { approximation: 'exact' as const, metric: 'foreign_fighters', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '3,417', value: 3417, country: 'RU', ...ranking }),
      expected({ value_text: '2,275', value: 2275, country: 'SA', ...ranking }),
      expected({ value_text: '2,089', value: 2089, country: 'JO', ...ranking }),
    ]);
  });
});

describe('the verb of its clause says the people a figure counts are foreign nationals', () => {
  /** Each candidate's words, country and country reason. */
  const read = (text: string) => run(text, at).candidates.map((c) => [c.value_text, c.country, c.reasons.country]);

  test('in "11 of the 38 were foreign nationals" the 11 are foreign nationals, the 38 of no nationality', () => {
    const text = 'Police arrested 38 people in the raids. 11 of the 38 were foreign nationals, mostly from Lebanon.';
    const arrested = { approximation: 'exact' as const, metric: 'arrested', as_of: '2025-06-01' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '38', value: 38, ...arrested }),
      expected({ value_text: '11', value: 11, ...arrested, relations: ['part_of c3'] }),
      expected({ value_text: '38', value: 38, ...arrested }),
    ]);
    expect(read(text)).toEqual([
      ['38', null, "an authority's own cases: no nationality stated"],
      ['11', null, 'foreign nationals of several countries'],
      ['38', null, ''],
    ]);
  });

  test('"Eight of those convicted in 2024 were foreign nationals": a year between the figure and its verb', () => {
    const text = 'The courts convicted 25 people of terrorism offences last year. Eight of those convicted in 2024 were foreign nationals.';
    const convicted = { approximation: 'exact' as const, metric: 'convicted', group: 'terrorism-all', as_of: '2024' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '25', value: 25, ...convicted }),
      expected({ value_text: 'Eight', value: 8, ...convicted, relations: ['part_of c1'] }),
    ]);
    expect(read(text)[1]).toEqual(['Eight', null, 'foreign nationals of several countries']);
  });

  test('"nine of them are not Belgian citizens" are foreign nationals, not Belgians', () => {
    const text = 'Prosecutors charged 40 people with terrorist offences in 2024; nine of them are not Belgian citizens.';
    const charged = { approximation: 'exact' as const, metric: 'charged', group: 'terrorism-all', as_of: '2024' };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '40', value: 40, ...charged }),
      expected({ value_text: 'nine', value: 9, ...charged, relations: ['part_of c1'] }),
    ]);
    expect(read(text)).toEqual([
      ['40', null, 'people of several nationalities: no one nationality stated'],
      ['nine', null, 'foreign nationals of several countries'],
    ]);
  });
});

describe('a nationality in a later figure of its sentence is that figure', () => {
  test('in "12 people, among them two Kenyan nationals" the 12 are of no stated nationality', () => {
    const text =
      'Police have detained 12 people for questioning, among them two Kenyan nationals who crossed the border on Friday night, a spokesman said.';
    const police = {
      approximation: 'exact' as const,
      metric: 'arrested',
      claimant: 'spokesman',
      mention: 'a spokesman',
      cue: 'said',
      as_of: '2025-05-30',
    };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '12', value: 12, ...police }),
      expected({ value_text: 'two', value: 2, country: 'KE', ...police, relations: ['part_of c1'] }),
    ]);
  });
});

describe('a figure whose noun the text leaves out, then "of" and a country, counts its citizens', () => {
  test('"45 citizens of Kyrgyzstan and 32 of Tajikistan": the 32 are of Tajikistan', () => {
    const text = 'The ministry said 45 citizens of Kyrgyzstan and 32 of Tajikistan were repatriated from Iraq last month.';
    const ministry = {
      approximation: 'exact' as const,
      metric: 'returnees',
      claimant: 'ministry',
      mention: 'The ministry',
      cue: 'said',
      as_of: '2025-05',
    };
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '45', value: 45, country: 'KG', ...ministry }),
      expected({ value_text: '32', value: 32, country: 'TJ', ...ministry }),
    ]);
  });
});
