/**
 * One or more sentences per rule of the extractor, written for these tests (not taken from the practice corpus),
 * each asserting every field of every candidate.
 */
import { expected, run, shapes } from './support';

describe('numbers as written', () => {
  test('"half a dozen" is six; "a couple of hundred" is a vague quantity, as "a few hundred" is', () => {
    const said = { claimant: 'officials', mention: 'officials', cue: 'said', metric: 'arrested' };
    expect(shapes('Half a dozen suspects were arrested, officials said.')).toEqual([
      expected({ value_text: 'Half a dozen', value: 6, ...said }),
    ]);
    expect(shapes('A couple of hundred suspects were arrested, officials said.')).toEqual([
      expected({ value_text: 'A couple of hundred', approximation: 'vague', ...said }),
    ]);
  });

  test('digits with comma, space and no separators, and a decimal with "million"', () => {
    expect(
      shapes(
        'Officials said 1,100 Uzbek nationals had left. The ministry counted 1 077 Tajik citizens in the camps. Some 2.4 million Syrians live in camps.',
      ),
    ).toEqual([
      expected({ value_text: '1,100', value: 1100, country: 'UZ', claimant: 'Officials', mention: 'Officials', cue: 'said' }),
      expected({
        value_text: '1 077',
        value: 1077,
        country: 'TJ',
        metric: 'in_camps',
        claimant: 'ministry',
        mention: 'The ministry',
        cue: 'counted',
      }),
      // "the ministry" is a description: it attributes its own sentence, not the next
      // (millions who only fled are a population, no count: the decimal is read with a status)
      expected({ value_text: 'Some 2.4 million', value: 2400000, approximation: 'approximately', metric: 'in_camps', country: 'SY' }),
    ]);
  });

  test('number words: compounds, hyphenated tens, "a dozen", "two dozen" and scales', () => {
    expect(
      shapes(
        'Forty-one Belgian women and a dozen children returned home. Two thousand five hundred fighters joined the group. Roughly two dozen Albanians remain in Syria.',
      ),
    ).toEqual([
      expected({ value_text: 'Forty-one', value: 41, metric: 'returnees', country: 'BE' }),
      expected({ value_text: 'a dozen', value: 12, metric: 'returnees', country: 'BE' }),
      expected({ value_text: 'Two thousand five hundred', value: 2500, metric: 'foreign_fighters', country: 'BE' }),
      expected({
        value_text: 'Roughly two dozen',
        value: 24,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        country: 'AL',
      }),
    ]);
  });
});

describe('qualifiers → approximation and bounds', () => {
  test.each([
    ['about 40 Tunisian fighters', 'about 40', 'approximately', 40, null, null],
    ['roughly 40 Tunisian fighters', 'roughly 40', 'approximately', 40, null, null],
    ['nearly 40 Tunisian fighters', 'nearly 40', 'approximately', 40, null, null],
    ['an estimated 40 Tunisian fighters', 'an estimated 40', 'approximately', 40, null, null],
    ['over 40 Tunisian fighters', 'over 40', 'more_than', 40, 40, null],
    ['more than 40 Tunisian fighters', 'more than 40', 'more_than', 40, 40, null],
    ['40+ Tunisian fighters', '40+', 'more_than', 40, 40, null],
    ['at least 40 Tunisian fighters', 'at least 40', 'at_least', 40, 40, null],
    ['fewer than 40 Tunisian fighters', 'fewer than 40', 'less_than', 40, null, 40],
    ['under 40 Tunisian fighters', 'under 40', 'less_than', 40, null, 40],
    ['up to 40 Tunisian fighters', 'up to 40', 'at_most', 40, null, 40],
    ['as many as 40 Tunisian fighters', 'as many as 40', 'at_most', 40, null, 40],
  ])('"%s"', (phrase, valueText, approximation, value, low, high) => {
    expect(shapes(`The report said ${phrase} travelled to Libya.`)).toEqual([
      expected({
        value_text: valueText,
        value,
        value_low: low,
        value_high: high,
        approximation: approximation as never,
        country: 'TN',
        claimant: 'report',
        mention: 'The report',
        cue: 'said',
      }),
    ]);
  });

  test('ranges: "between X and Y", "X-Y", "X to Y" with a hedge, "two or three"', () => {
    expect(
      shapes(
        'Between 300 and 400 Tunisians joined. Another 40-50 Libyans followed. Only around 20 to 30 Egyptians went, and two or three Sudanese.',
      ),
    ).toEqual([
      expected({ value_text: 'Between 300 and 400', value_low: 300, value_high: 400, approximation: 'range', country: 'TN' }),
      expected({ value_text: '40-50', value_low: 40, value_high: 50, approximation: 'range', country: 'LY' }),
      expected({
        value_text: 'around 20 to 30',
        value_low: 20,
        value_high: 30,
        approximation: 'range',
        country: 'EG',
        hedge: 'Only around',
      }),
      expected({ value_text: 'two or three', value_low: 2, value_high: 3, approximation: 'range', country: 'SD' }),
    ]);
  });

  test('vague quantities have no value', () => {
    expect(
      shapes('Hundreds of Tunisians went to Syria, and dozens of Tunisian women followed, with several thousand other Tunisians.'),
    ).toEqual([
      expected({ value_text: 'Hundreds of', approximation: 'vague', country: 'TN' }),
      expected({ value_text: 'dozens of', approximation: 'vague', metric: 'women', country: 'TN' }),
      expected({ value_text: 'several thousand', approximation: 'vague', country: 'TN' }),
    ]);
  });
});

describe('shares and relations', () => {
  test('a verbal share is part of the figure before it and gets the share of its value', () => {
    expect(shapes('Officials estimate that around 600 Tunisians have joined the group, about a third of whom are women.')).toEqual([
      expected({
        value_text: 'around 600',
        value: 600,
        approximation: 'approximately',
        country: 'TN',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'estimate',
      }),
      expected({
        value_text: 'about a third',
        value: null,
        fraction: 0.333,
        approximation: 'approximately',
        metric: 'women',
        country: 'TN',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'estimate',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('"N of the M" and "of whom" are part_of; "rose to X from Y" supersedes', () => {
    expect(
      shapes(
        'The agency said 80 of the 250 Dutch fighters had been killed. It said the number of Dutch jihadists had risen to 300 from an earlier estimate of 250, 40 of whom returned.',
      ),
    ).toEqual([
      expected({
        value_text: '80',
        value: 80,
        metric: 'killed',
        country: 'NL',
        claimant: 'agency',
        mention: 'The agency',
        cue: 'said',
        relations: ['part_of c2'],
      }),
      expected({ value_text: '250', value: 250, country: 'NL', claimant: 'agency', mention: 'The agency', cue: 'said' }),
      expected({
        value_text: '300',
        value: 300,
        country: 'NL',
        claimant: 'agency',
        mention: 'It',
        group: 'jihadist-groups',
        cue: 'said',
        relations: ['supersedes c4'],
      }),
      expected({ value_text: '250', value: 250, country: 'NL', claimant: 'agency', mention: 'It', group: 'jihadist-groups', cue: 'said' }),
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        country: 'NL',
        claimant: 'agency',
        mention: 'It',
        group: 'jihadist-groups',
        cue: 'said',
        relations: ['part_of c4'],
      }),
    ]);
  });

  test('a series "from X in 2012 to Y in 2014" supersedes step by step, each with its year', () => {
    expect(shapes('The number of Austrian fighters grew from 50 in 2012 to 150 in 2013 and 300 in 2014.')).toEqual([
      expected({ value_text: '50', value: 50, country: 'AT', as_of: '2012' }),
      expected({ value_text: '150', value: 150, country: 'AT', as_of: '2013', relations: ['supersedes c1'] }),
      expected({ value_text: '300', value: 300, country: 'AT', as_of: '2014', relations: ['supersedes c2'] }),
    ]);
  });

  test('"down from" / "up from" an older figure: the figure before it supersedes it', () => {
    expect(
      shapes('The interior ministry said 250 Belgian fighters remained in Syria, down from an earlier estimate of about 400.'),
    ).toEqual([
      expected({
        value_text: '250',
        value: 250,
        metric: 'still_in_conflict_zone',
        country: 'BE',
        claimant: 'interior ministry',
        mention: 'The interior ministry',
        cue: 'said',
        relations: ['supersedes c2'],
      }),
      expected({
        value_text: 'about 400',
        value: 400,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        country: 'BE',
        claimant: 'interior ministry',
        mention: 'The interior ministry',
        cue: 'said',
      }),
    ]);
    expect(shapes('Officials said 80 Uzbeks had returned by March, up from 45 in January.', { published: '2024-05-02' })).toEqual([
      expected({
        value_text: '80',
        value: 80,
        metric: 'returnees',
        country: 'UZ',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2024-03',
        relations: ['supersedes c2'],
      }),
      expected({
        value_text: '45',
        value: 45,
        metric: 'returnees',
        country: 'UZ',
        claimant: 'Officials',
        mention: 'Officials',
        cue: 'said',
        as_of: '2024-01',
      }),
    ]);
  });

  test('an older figure followed by "last year" is still a figure, and counts what the newer one counts', () => {
    // "last year" is when the 90 held, not what it counts (it was read as a count of years)
    expect(shapes('Police said the number of Kosovar returnees fell to 120 from 90 last year.')).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'returnees',
        country: 'XK',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        relations: ['supersedes c2'],
      }),
      expected({ value_text: '90', value: 90, metric: 'returnees', country: 'XK', claimant: 'Police', mention: 'Police', cue: 'said' }),
    ]);
  });

  test('a disputed figure contradicts the earlier one', () => {
    expect(
      shapes(
        'The ministry says 120 Jordanians have returned. But police chief Omar Haddad disputed the figure, saying only 60 Jordanians had come back.',
      ),
    ).toEqual([
      expected({
        value_text: '120',
        value: 120,
        metric: 'returnees',
        country: 'JO',
        claimant: 'ministry',
        mention: 'The ministry',
        cue: 'says',
      }),
      expected({
        value_text: '60',
        value: 60,
        metric: 'returnees',
        country: 'JO',
        claimant: 'Omar Haddad',
        mention: 'police chief Omar Haddad',
        cue: 'disputed',
        hedge: 'only',
        relations: ['contradicts c1'],
      }),
    ]);
  });
});

describe('numbers that are not claims', () => {
  test('years, dates, times, durations, ages, percentages, money, distances, ordinals, footnotes, labels, things, sentences', () => {
    const text =
      'On May 12, 2016 at 10:30 the court in Tunis, 40 km away, sentenced a 32-year-old man to up to six years in prison under Article 5 of the 2015 law.[3] ' +
      'It was the second such trial in 3 weeks; 25 percent of the budget, $2 million, went to 14 new prisons.';
    const result = run(text);
    expect(result.candidates).toEqual([]);
    expect(result.rejected.map((r) => text.slice(r.start, r.end))).toEqual([
      '12',
      '2016',
      '10',
      '30',
      '40',
      '32',
      'six',
      '5',
      '2015',
      '3',
      '3',
      '25',
      '2 million',
      '14',
    ]);
  });

  test('"one" is a count only before a people noun; "no-one" and "one of the aspects" are not', () => {
    expect(shapes('One report said no-one had left, and one of the aspects was new. One more Kazakh man left for Syria.')).toEqual([
      expected({ value_text: 'One', value: 1, country: 'KZ' }),
    ]);
  });
});

describe('claimants', () => {
  test('closing tag after a quotation, a pronoun resolved to the last person, and a relayer', () => {
    expect(
      shapes('Interior Minister Adil Karimov spoke on Monday. "About 250 Azerbaijani citizens are still in Syria," he told Reuters.'),
    ).toEqual([
      expected({
        value_text: 'About 250',
        value: 250,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        country: 'AZ',
        claimant: 'Adil Karimov',
        mention: 'he',
        cue: 'told Reuters',
        relayed_by: 'Reuters',
      }),
    ]);
  });

  test('"according to X" and a claimant carried into a following sentence without a cue', () => {
    expect(shapes('According to the Interior Ministry, 430 Turkmen nationals joined Islamic State. Of those, 90 have returned.')).toEqual([
      expected({
        value_text: '430',
        value: 430,
        country: 'TM',
        group: 'islamic-state',
        claimant: 'Interior Ministry (Turkmenistan)',
        mention: 'the Interior Ministry',
        cue: 'According to',
      }),
      expected({
        value_text: '90',
        value: 90,
        metric: 'returnees',
        country: 'TM',
        group: 'islamic-state',
        claimant: 'Interior Ministry (Turkmenistan)',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test("the subject of a cue verb, with an appositive name; the publisher's own figure has no claimant", () => {
    expect(
      shapes(
        'Hundreds of Chadians remain in Libya.\n\nThe head of the security service, Mahamat Idriss, said that 75 Chadian fighters had been arrested.',
      ),
    ).toEqual([
      expected({ value_text: 'Hundreds of', approximation: 'vague', metric: 'still_in_conflict_zone', country: 'TD' }),
      expected({
        value_text: '75',
        value: 75,
        metric: 'arrested',
        country: 'TD',
        claimant: 'Mahamat Idriss',
        mention: 'The head of the security service, Mahamat Idriss',
        cue: 'said',
      }),
    ]);
  });
});

describe('dates and quotes', () => {
  test('as_of from "in Month Year", "last December" and "today" with the publication date', () => {
    expect(
      shapes('The camp held about 9,000 people last December and more than 60,000 people today. In March 2018, 55 Swedes were detained.', {
        published: '2019-04-20',
      }),
    ).toEqual([
      expected({ value_text: 'about 9,000', value: 9000, approximation: 'approximately', metric: 'in_camps', as_of: '2018-12' }),
      expected({
        value_text: 'more than 60,000',
        value: 60000,
        value_low: 60000,
        approximation: 'more_than',
        metric: 'in_camps',
        as_of: '2019-04-20',
        relations: [],
      }),
      expected({ value_text: '55', value: 55, metric: 'arrested', country: 'SE', as_of: '2018-03' }),
    ]);
  });

  test('the quote is the sentence, exact, with 32 characters of context and offsets into the text', () => {
    const text = 'Headline about the threat\n\nSome 70 Latvian fighters went to Syria, officials said. Nothing else was said.';
    const [c] = run(text).candidates;
    expect(c.quote).toEqual({
      exact: 'Some 70 Latvian fighters went to Syria, officials said.',
      start: 27,
      end: 82,
      prefix: 'Headline about the threat\n\n'.slice(-32),
      suffix: ' Nothing else was said.',
    });
    expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
    expect(text.slice(c.start, c.end)).toBe('Some 70');
  });
});

describe('when it was said', () => {
  test('a weekday by the cue is resolved with the publication date, and a present-tense figure holds then', () => {
    const [c] = run('Army spokesman Jose Ramos said on Tuesday that 20 Filipino militants had been killed.', {
      published: '2017-06-01',
    }).candidates;
    expect(c.stated_on).toBe('2017-05-30');
    expect({ as_of: c.as_of, as_of_text: c.as_of_text, reasons: c.reasons.stated_on }).toEqual({
      as_of: '2017-05-30',
      as_of_text: 'on Tuesday',
      reasons: '"on Tuesday" by the cue',
    });
    expect(
      shapes('Army spokesman Jose Ramos said on Tuesday that 20 Filipino militants had been killed.', { published: '2017-06-01' }),
    ).toEqual([
      expected({
        value_text: '20',
        value: 20,
        metric: 'killed',
        country: 'PH',
        claimant: 'Jose Ramos',
        mention: 'Army spokesman Jose Ramos',
        cue: 'said',
        as_of: '2017-05-30',
      }),
    ]);
  });

  test('without a publication date a weekday fixes nothing', () => {
    const [c] = run('Army spokesman Jose Ramos said on Tuesday that 20 Filipino militants had been killed.').candidates;
    expect({ stated_on: c.stated_on, as_of: c.as_of }).toEqual({ stated_on: null, as_of: null });
  });

  test('a date inside the long clause before a closing tag is the figure clause, not when its source said it', () => {
    const text = 'Nine people suspected of recruiting fighters between 2014 and 2016 were arrested, prosecutors said.';
    const [c] = run(text, { published: '2021-03-05' }).candidates;
    expect({ value: c.value, metric: c.metric, claimant: c.claimant?.name, stated_on: c.stated_on }).toEqual({
      value: 9,
      metric: 'arrested',
      claimant: 'prosecutors',
      stated_on: null,
    });
    // a date that opens the sentence before a short comma is still when it was said
    const [k] = run('In November 2015, Kadyrov said 40 men had returned.', { published: '2021-03-05' }).candidates;
    expect({ stated_on: k.stated_on, as_of: k.as_of }).toEqual({ stated_on: '2015-11', as_of: '2015-11' });
  });
});

describe('descriptions of a body resolve to the organisation the text names', () => {
  test('"<Country>\'s main security service" is the one security body of that country named with its acronym', () => {
    expect(
      shapes(
        'The Uzbek State Security Service (SGB) reported last week that its officers had detained a recruiter. ' +
          "Uzbekistan's main security service estimates that 200 Uzbek nationals are fighting in Syria.",
      ),
    ).toEqual([
      expected({
        value_text: '200',
        value: 200,
        country: 'UZ',
        claimant: 'Uzbek State Security Service (SGB)',
        mention: "Uzbekistan's main security service",
        cue: 'estimates',
      }),
    ]);
  });

  test('"<Country>\'s ACRONYM" names the body, and a later description of it resolves to it', () => {
    expect(
      shapes(
        "Turkey's MIT said 50 Turkish women had returned. Turkey's intelligence agency believes that 300 Turkish citizens remain in Syria.",
      ),
    ).toEqual([
      expected({ value_text: '50', value: 50, metric: 'returnees', country: 'TR', claimant: 'MIT', mention: "Turkey's MIT", cue: 'said' }),
      expected({
        value_text: '300',
        value: 300,
        metric: 'still_in_conflict_zone',
        country: 'TR',
        claimant: 'MIT',
        mention: "Turkey's intelligence agency",
        cue: 'believes',
      }),
    ]);
  });

  test('a description that fits two named bodies stays as written', () => {
    expect(
      shapes(
        "Officials from Germany's BfV and Austria's BVT met in Vienna. The intelligence agency believes 70 Austrian fighters have returned.",
      ),
    ).toEqual([
      expected({
        value_text: '70',
        value: 70,
        metric: 'returnees',
        country: 'AT',
        claimant: 'intelligence agency',
        mention: 'The intelligence agency',
        cue: 'believes',
      }),
    ]);
  });

  test("a person named with a body's title stays the person; the acronym alone is the body", () => {
    expect(
      shapes(
        'The head of the Tajik State Committee for National Security (GKNB), Saimumin Yatimov, said 1,100 Tajiks had gone to Syria. ' +
          "Tajikistan's GKNB estimates that 300 of them have died.",
      ),
    ).toEqual([
      expected({ value_text: '1,100', value: 1100, country: 'TJ', claimant: 'Saimumin Yatimov', mention: 'Saimumin Yatimov', cue: 'said' }),
      expected({
        value_text: '300',
        value: 300,
        metric: 'killed',
        country: 'TJ',
        claimant: 'Tajik State Committee for National Security (GKNB)',
        mention: "Tajikistan's GKNB",
        cue: 'estimates',
        relations: ['part_of c1'],
      }),
    ]);
  });
});

describe("the writer's own voice takes no carried claimant", () => {
  const dahl = expected({
    value_text: '80',
    value: 80,
    country: 'NO',
    claimant: 'Arne Dahl',
    mention: 'Police chief Arne Dahl',
    cue: 'said',
  });

  test('a plain following sentence carries the claimant', () => {
    expect(
      shapes('Police chief Arne Dahl said that 80 Norwegian fighters had travelled. Some 15 Norwegian returnees have been convicted.'),
    ).toEqual([
      dahl,
      expected({
        value_text: 'Some 15',
        value: 15,
        approximation: 'approximately',
        metric: 'convicted',
        country: 'NO',
        claimant: 'Arne Dahl',
      }),
    ]);
  });

  test('a section heading stops the carrying', () => {
    expect(
      shapes(
        'Police chief Arne Dahl said that 80 Norwegian fighters had travelled.\n\nReturnees In Court\n\nSome 15 Norwegian returnees have been convicted.',
      ),
    ).toEqual([dahl, expected({ value_text: 'Some 15', value: 15, approximation: 'approximately', metric: 'convicted', country: 'NO' })]);
  });

  test("a question in the writer's voice and a description of footage are not the speaker's", () => {
    expect(shapes('Interior Minister Lena Holm said 120 Swedish citizens had joined the group. Where Do These 120 Come From?')).toEqual([
      expected({
        value_text: '120',
        value: 120,
        country: 'SE',
        claimant: 'Lena Holm',
        mention: 'Interior Minister Lena Holm',
        cue: 'said',
      }),
      expected({ value_text: '120', value: 120, country: 'SE' }),
    ]);
    expect(
      shapes(
        'Police chief Arne Dahl said that 80 Norwegian fighters had travelled. That footage showed about 40 Norwegian fighters in Raqqa.',
      ),
    ).toEqual([dahl, expected({ value_text: 'about 40', value: 40, approximation: 'approximately', country: 'NO' })]);
  });

  test("after the writer reasons about an estimate's origin, a further figure is the writer's; inside reported speech it stays the speaker's", () => {
    expect(
      shapes(
        "The latest count by Norway's PST that 90 Norwegian fighters went to Syria probably comes from a list that named some 60 Norwegian fighters.",
      ),
    ).toEqual([
      expected({
        value_text: '90',
        value: 90,
        country: 'NO',
        claimant: 'PST',
        mention: "The latest count by Norway's PST",
        cue: 'count by',
      }),
      expected({ value_text: 'some 60', value: 60, approximation: 'approximately', country: 'NO' }),
    ]);
    expect(
      shapes('Police chief Arne Dahl said that the figure of 80 Norwegian fighters comes from a survey of 200 Norwegian relatives.'),
    ).toEqual([
      dahl,
      expected({
        value_text: '200',
        value: 200,
        metric: 'family_members',
        country: 'NO',
        claimant: 'Arne Dahl',
        mention: 'Police chief Arne Dahl',
        cue: 'said',
      }),
    ]);
  });
});

describe('a later restatement lends its claimant to the same figure given before', () => {
  test('"the latest tally by X that 70 …" names the source of an earlier unattributed 70 of the same metric', () => {
    expect(
      shapes(
        "Some 70 Danish women live in the camps. The latest tally by Denmark's PET that 70 Danish women are in the camps dates from May.",
      ),
    ).toEqual([
      expected({ value_text: 'Some 70', value: 70, approximation: 'approximately', metric: 'in_camps', country: 'DK', claimant: 'PET' }),
      expected({
        value_text: '70',
        value: 70,
        metric: 'in_camps',
        country: 'DK',
        claimant: 'PET',
        mention: "The latest tally by Denmark's PET",
        cue: 'tally by',
      }),
    ]);
  });

  test('two restatements by different claimants lend nothing', () => {
    expect(
      shapes(
        'Some 70 Danish women live in the camps. A count by the Red Cross found 70 Danish women in the camps. ' +
          'A survey by Save the Children found 70 Danish women in the camps.',
      ),
    ).toEqual([
      expected({ value_text: 'Some 70', value: 70, approximation: 'approximately', metric: 'in_camps', country: 'DK' }),
      expected({
        value_text: '70',
        value: 70,
        metric: 'in_camps',
        country: 'DK',
        claimant: 'Red Cross',
        mention: 'A count by the Red Cross',
        cue: 'count by',
      }),
      expected({
        value_text: '70',
        value: 70,
        metric: 'in_camps',
        country: 'DK',
        claimant: 'Save the Children',
        mention: 'A survey by Save the Children',
        cue: 'survey by',
      }),
    ]);
  });
});
