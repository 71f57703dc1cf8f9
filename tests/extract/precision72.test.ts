/** Precision of lane 72: two numbers joined by "or", labels and populations; sentences written for these tests. */
import { expected, run, shapes } from './support';

describe('two numbers joined by "or"', () => {
  test('two digit numbers joined by "or" are one range, as two number words are', () => {
    expect(shapes('Officials said 30 or 40 Tajik fighters were still in Idlib.')).toEqual([
      expected({
        value_text: '30 or 40',
        value_low: 30,
        value_high: 40,
        approximation: 'range',
        metric: 'still_in_conflict_zone',
        country: 'TJ',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
      }),
    ]);
    expect(shapes('Police detained 12 or 15 suspected recruiters on Monday.')).toEqual([
      expected({ value_text: '12 or 15', value_low: 12, value_high: 15, approximation: 'range', metric: 'arrested' }),
    ]);
  });

  test('a smaller number after "or" is no upper bound, and a percentage after "or" is no count', () => {
    expect(shapes('Police detained 15 or 12 suspected recruiters on Monday.').map((c) => c.value_text)).toEqual(['15', '12']);
    expect(shapes('Police detained 15 or 20 per cent of the suspected recruiters.')).toEqual([]);
  });
});

describe('a place, a gathering or a programme counts its own people: a population', () => {
  test('people a place is home to, a place s residents, a crowd and a funeral s mourners are no claim', () => {
    expect(shapes('Kurram, a district home to about 600,000 people, saw 14 Pakistani militants killed on Friday.')).toEqual([
      expected({ value_text: '14', value: 14, metric: 'killed', country: 'PK' }),
    ]);
    expect(shapes('The province’s 2.1 million inhabitants voted on Sunday; police said 31 Uzbek fighters were arrested.')).toEqual([
      expected({ value_text: '31', value: 31, metric: 'arrested', country: 'UZ', claimant: 'police', mention: 'police', cue: 'said' }),
    ]);
    expect(shapes('A crowd of 3,000 gathered outside the court as nine Belgian defendants were convicted.')).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'convicted', country: 'BE' }),
    ]);
    expect(shapes('Some 8,000 people attended the funeral in Ben Guerdane, where 40 Tunisian jihadists were killed in 2016.')).toEqual([
      expected({ value_text: '40', value: 40, metric: 'killed', country: 'TN', group: 'jihadist-groups', as_of: '2016' }),
    ]);
  });

  test('people driven from their homes, and residents in a line that says nothing they did, are a population', () => {
    expect(shapes('Officials said 2,500 people were newly displaced after 60 ISWAP fighters attacked the town.')).toEqual([
      expected({
        value_text: '60',
        value: 60,
        metric: 'members',
        group: 'iswap',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
      }),
    ]);
    expect(shapes('Around 12,000 residents of the northern districts, most of them farmers.')).toEqual([]);
  });

  test('residents who did something, and the residents of a camp, stay counted', () => {
    expect(shapes('Forty residents of Molenbeek travelled to Syria, the mayor said.')).toEqual([
      expected({ value_text: 'Forty', value: 40, country: 'BE', claimant: 'mayor', mention: 'the mayor', cue: 'said' }),
    ]);
    expect(shapes('The suburb has seen 15 residents travel to Syria since 2014.')).toEqual([expected({ value_text: '15', value: 15 })]);
    expect(shapes('Some 300 residents of the camp are Iraqi women.')).toEqual([
      expected({ value_text: 'Some 300', value: 300, approximation: 'approximately', metric: 'in_camps', country: 'IQ' }),
    ]);
  });
});

describe('labels', () => {
  test('a local telephone number in groups with no prefix is a label', () => {
    const text = 'For transport, ring 933 41 27 58; 25 Catalan activists were detained.';
    expect(shapes(text)).toEqual([expected({ value_text: '25', value: 25, metric: 'arrested', country: 'ES-CT' })]);
    expect(run(text).rejected.map((r) => `${text.slice(r.start, r.end)}:${r.kind}`)).toEqual([
      '933:label',
      '41:label',
      '27:label',
      '58:label',
    ]);
    // a row of a table, or a run with a year in it, is no telephone number
    const row = 'Arrests by year: 2016 137 29 14.';
    expect(run(row).rejected.map((r) => r.kind)).not.toContain('label');
  });

  test('a lower-case "no." with a colon, and "number" after a comma, give a label and its later parts', () => {
    expect(shapes('File no.: 12-4 KLs 3/25 concerns seven defendants from Tajikistan.')).toEqual([
      expected({ value_text: 'seven', value: 7, metric: 'charged', country: 'TJ' }),
    ]);
    expect(shapes('The ministry’s statement, number 19 of this year, says six Libyan fighters were arrested.')).toEqual([
      expected({ value_text: 'six', value: 6, metric: 'arrested', country: 'LY' }),
    ]);
  });

  test('a hall, a scene and a submission number their item', () => {
    expect(shapes('The trial opens in Hall 3 of the court. Eleven Chechen defendants are charged.')).toEqual([
      expected({ value_text: 'Eleven', value: 11, metric: 'charged', country: 'RU-CE' }),
    ]);
    expect(shapes('SCENE 4 – A MARKET IN GAO\nThe army says 35 Malian recruits were arrested. (Submission 12, p. 7)')).toEqual([
      expected({ value_text: '35', value: 35, metric: 'arrested', country: 'ML', claimant: 'army', mention: 'The army', cue: 'says' }),
    ]);
  });
});
