/**
 * Rules added for figures on unseen articles (branch extract17): figures the number finder or the people test missed
 * and numbers it took for counts of people, by class, chosen from the practice corpus and the studied held-out sets and
 * kept only where held-out 7 and 8 (scored in aggregate) did not fall; sentences written for these tests.
 */
import { sentences } from '../../src/extract/text';
import { expected, run, shapes } from './support';

const at = { published: '2025-06-01' };

describe('a factbox: a figure on a line of its own, its caption on the next', () => {
  const factbox = [
    'AT A GLANCE',
    '',
    'About 4,100',
    'Foreign fighters who joined the Islamic State, the interior ministry says',
    '',
    '350',
    'Tunisian women held in Syrian camps',
    '',
    '12',
    'Years since the first convoy left',
    '',
    '3',
    'Prisons holding convicted returnees',
  ].join('\n');

  test('the figure and its caption are one sentence', () => {
    const s = sentences(factbox);
    expect(s.map((x) => factbox.slice(x.start, x.end))).toEqual([
      'AT A GLANCE',
      'About 4,100\nForeign fighters who joined the Islamic State, the interior ministry says',
      '350\nTunisian women held in Syrian camps',
      '12\nYears since the first convoy left',
      '3\nPrisons holding convicted returnees',
    ]);
  });

  test('the caption says what the figure counts and who says so; durations and things stay out', () => {
    expect(shapes(factbox, at)).toEqual([
      expected({
        value_text: 'About 4,100',
        value: 4100,
        approximation: 'approximately',
        group: 'islamic-state',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'says',
        as_of: '2025-06-01',
      }),
      expected({ value_text: '350', value: 350, metric: 'in_camps', country: 'TN', group: 'islamic-state', as_of: '2025-06-01' }),
    ]);
  });

  test('a number alone on a line with no caption after it is still no figure', () => {
    expect(shapes('Page\n\n12\n\nThe camp held 300 women.', at).map((c) => c.value_text)).toEqual(['300']);
  });
});

describe('what a count of people is called, and the acts it is told by', () => {
  test('a toll or a strength a figure is said to be counts people', () => {
    expect(shapes('The death toll from the bombing rose to 45 on Sunday, police said.', at)).toEqual([
      // (a bombing's dead are its victims)
      expected({
        value_text: '45',
        value: 45,
        metric: 'victims_killed',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('Strength: 800-1,000 (2023 est.)', at)).toEqual([
      expected({
        value_text: '800-1,000',
        value_low: 800,
        value_high: 1000,
        approximation: 'range',
        metric: 'members',
        as_of: '2023',
      }),
    ]);
  });

  test('but a year before "its strength" is no count of it', () => {
    expect(shapes('From 2009 the movement moved much of its strength into the hills.', at)).toEqual([]);
  });

  test('repatriations, deportations and fatalities count the people they happen to', () => {
    expect(shapes('The number of repatriations for reasons of state security has reached 1,043.', at)).toEqual([
      expected({ value_text: '1,043', value: 1043, metric: 'returnees', as_of: '2025-06-01' }),
    ]);
    expect(shapes('Last year the interior ministry recorded 37 fatalities in attacks.', at)).toEqual([
      expected({
        value_text: '37',
        value: 37,
        metric: 'victims_killed',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'recorded',
        as_of: '2024',
      }),
    ]);
  });
});

describe('a determiner right after a number opens another noun phrase', () => {
  test('a year before "the defendants" or "the number of" counts nothing', () => {
    expect(shapes('From 2014 to 2016 the defendants, aged between 22 and 40, travelled to Syria.', at)).toEqual([]);
    expect(shapes('Since 2016 the number of deportations on security grounds has reached 640.', at)).toEqual([
      expected({ value_text: '640', value: 640, metric: 'returnees', as_of: '2025-06-01' }),
    ]);
  });
});

describe('a number said to be its subject: the subject’s head says what it counts', () => {
  test('"deaths … numbered N": the head of the subject, not the nearest noun, is what is counted', () => {
    expect(
      shapes('Civilian deaths attributed to the three armed groups numbered two hundred and four, the highest figure in a decade.', at),
    ).toEqual([
      expected({
        value_text: 'two hundred and four',
        value: 204,
        metric: 'killed',
        group: 'jihadist-groups',
        as_of: '2025-06-01',
      }),
    ]);
  });

  test('a figure or an estimate said to be the number counts what the question before it asked', () => {
    const interview = [
      'Q: How many Ugandans joined the ADF?',
      'A: The official figure is around 1,200. The true figure, judging by court records and interviews with families, is higher: between 1,500 and 1,800 from 2015 to 2020.',
    ].join('\n');
    // (and the question's nationality is theirs: unseen8.test.ts)
    expect(shapes(interview, at)).toEqual([
      expected({ value_text: 'around 1,200', value: 1200, approximation: 'approximately', country: 'UG', as_of: '2025-06-01' }),
      expected({
        value_text: 'between 1,500 and 1,800',
        value_low: 1500,
        value_high: 1800,
        approximation: 'range',
        country: 'UG',
        as_of: '2020',
      }),
    ]);
  });

  test('a factsheet’s label before a colon: its head, or for a label opened by a participle the list’s people', () => {
    const factsheet = [
      'KEY FIGURES',
      '• Kenyans who travelled to join militant organisations in Somalia since 2010: 640, including 80 women',
      '• Of these, reported killed: at least 120',
      '• Believed to remain in camps and detention facilities in Somalia: about 90',
    ].join('\n');
    const base = { country: 'KE', as_of: '2025-06-01' } as const;
    expect(shapes(factsheet, at)).toEqual([
      expected({ ...base, value_text: '640', value: 640 }),
      expected({ ...base, value_text: '80', value: 80, metric: 'women', relations: ['part_of c1'] }),
      expected({ ...base, value_text: 'at least 120', value: 120, value_low: 120, approximation: 'at_least', metric: 'killed' }),
      // (more of the Kenyans counted before: country18's rule for people in camps with no noun of their own)
      expected({ ...base, value_text: 'about 90', value: 90, approximation: 'approximately', metric: 'in_camps' }),
    ]);
  });

  test('a number that goes on to a verb of its own, or a number of things, is no such figure', () => {
    expect(shapes('Europol counted 58 planned attacks in 2024: 34 were foiled and 5 failed.', at)).toEqual([]);
    expect(shapes('The number of attacks in the capital was 45.', at)).toEqual([]);
  });
});

describe('a plural possessor is not the head of the noun phrase', () => {
  test('"two thirds of the camps’ residents" is a share of residents, "200 of the camps’ residents" counts them', () => {
    expect(shapes('Nearly two thirds of the camps’ residents have been repatriated.', at)).toEqual([
      expected({
        value_text: 'Nearly two thirds',
        approximation: 'approximately',
        fraction: 0.667,
        metric: 'returnees',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('Police detained 200 of the camps’ residents.', at)).toEqual([
      expected({ value_text: '200', value: 200, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
  });
});

describe('counts of things a report or a bulletin keeps', () => {
  test('appeals, sessions, rows, entries, corrections, communities and batches are not people', () => {
    expect(shapes('The prosecutor’s office received 3,200 appeals from citizens and held 48 sessions with 120 imams.', at)).toEqual([
      expected({ value_text: '120', value: 120, as_of: '2025-06-01' }),
    ]);
    expect(shapes('The full dataset (2,100 rows) lists two corrections and 14 entries on returnees from 12 communities.', at)).toEqual([]);
    expect(shapes('The 640 returnees came home in nine batches.', at)).toEqual([
      expected({ value_text: '640', value: 640, metric: 'returnees', as_of: '2025-06-01' }),
    ]);
  });
});

describe('numbers that count nobody: ages, capacities, scales, references, numbers set aside', () => {
  const none = [
    'Relatives can call the ministry’s helpline, 1515, at any time.',
    'Several states have not repatriated a single one of their citizens.',
  ];
  test.each(none)('%s', (sentence) => {
    expect(shapes(sentence, at)).toEqual([]);
  });

  test('the last group of a reference number after a figure of people', () => {
    expect(shapes('Police arrested 40 people.\n\n(Answer tabled: Paper No. 7710-233-5126)', at).map((c) => c.value_text)).toEqual(['40']);
  });

  test('a point on a scale after a figure of people', () => {
    expect(shapes('Police arrested 40 people. The threat level stands at 3 on a scale of 5.', at).map((c) => c.value_text)).toEqual(['40']);
    expect(shapes('Police arrested 40 people. The index gives the country a score of 5.2 out of 10.', at).map((c) => c.value_text)).toEqual(
      ['40'],
    );
  });

  test('a month before a year makes it a date though people follow', () => {
    expect(shapes('The army’s offensive of March 2019 killed several hundred fighters.', at)).toEqual([
      expected({ value_text: 'several hundred', approximation: 'vague', metric: 'killed', as_of: '2019-03' }),
    ]);
  });

  test('one person’s age ("a girl of six") and the further ages of a list in words ("aged eight and 14")', () => {
    expect(shapes('The state brought home one child, a girl of six, in 2022.', at).map((c) => c.value_text)).toEqual(['one']);
    expect(shapes('Police repatriated two boys aged eight and 14 from the camp.', at)).toEqual([
      expected({ value_text: 'two', value: 2, metric: 'returnees', as_of: '2025-06-01' }),
    ]);
  });

  test('what a place was built for or can hold is no count of who is in it', () => {
    expect(shapes('The prison has a capacity of 2,000 and holds 3,100 inmates.', at)).toEqual([
      expected({ value_text: '3,100', value: 3100, metric: 'arrested', as_of: '2025-06-01' }),
    ]);
    expect(shapes('The reception centre was built for 400 people and now holds about 700.', at).map((c) => c.value_text)).toEqual([
      'about 700',
    ]);
  });

  test('a number set against the one the text holds ("dozens, not hundreds")', () => {
    expect(shapes('The new wave is small: dozens of young men, not hundreds.', at)).toEqual([
      expected({ value_text: 'dozens of', approximation: 'vague', as_of: '2025-06-01' }),
    ]);
  });
});

describe('more ways a count of people is written', () => {
  test('beneficiaries and participants of a programme are people, counted when a status is said of them', () => {
    expect(shapes('An estimated 4,500 beneficiaries of the programme have returned from Syria, the ministry said.', at)).toEqual([
      expected({
        value_text: 'An estimated 4,500',
        value: 4500,
        approximation: 'approximately',
        metric: 'returnees',
        claimant: 'ministry',
        mention: 'the ministry',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
    // (with none they are the programme's population: lane 81)
    expect(shapes('The programme will serve an estimated 4,500 beneficiaries, the ministry said.', at)).toEqual([]);
  });

  test('"or so" after a number makes it approximate and is no word of its noun phrase', () => {
    expect(shapes('A dozen or so fighters surrendered to the army.', at)).toEqual([
      expected({ value_text: 'A dozen or so', value: 12, approximation: 'approximately', metric: 'members', as_of: '2025-06-01' }),
    ]);
  });

  test('an answer to "how many" with no noun of things counts people; "how many attacks" counts attacks', () => {
    expect(shapes('HOST: How many are still there?\nMINISTER: About two hundred, maybe a few more.', at)).toEqual([
      expected({
        value_text: 'About two hundred',
        value: 200,
        approximation: 'approximately',
        metric: 'still_in_conflict_zone',
        claimant: 'Minister',
        mention: 'MINISTER',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('HOST: How many attacks were there?\nMINISTER: About forty.', at)).toEqual([]);
  });
});

describe('a camp’s population and the last "one" of a partition are people', () => {
  test('a camp population is the people in the camp, not a country’s or a city’s', () => {
    // (the country carried into the whole camp is the figure before's: a carry rule's concern, not asserted here)
    expect(
      run('About 16,000 Iraqis remain in the camp, out of a camp population of about 37,000.', at).candidates.map((c) => [
        c.value_text,
        c.value,
        c.approximation,
        c.metric,
      ]),
    ).toEqual([
      ['About 16,000', 16000, 'approximately', 'in_camps'],
      ['about 37,000', 37000, 'approximately', 'in_camps'],
    ]);
    expect(shapes('Police arrested 40 people in a city of some 1.2 million.', at).map((c) => c.value_text)).toEqual(['40']);
  });

  test('"… and one remains": the last of the people counted before it in the sentence', () => {
    const base = { as_of: '2025-06-01' };
    expect(
      shapes('Police investigated nine foreign workers; eight of them were deported and one remains under investigation.', at),
    ).toEqual([
      expected({ ...base, value_text: 'nine', value: 9, metric: 'under_investigation' }),
      expected({ ...base, value_text: 'eight', value: 8, metric: 'returnees', relations: ['part_of c1'] }),
      expected({ ...base, value_text: 'one', value: 1, metric: 'under_investigation', relations: ['part_of c1'] }),
    ]);
    // "one" before a noun of things is still no count
    expect(shapes('Police arrested 12 people, and one report said more.', at).map((c) => c.value_text)).toEqual(['12']);
  });
});

describe('number words', () => {
  test('"a hundred and fifty" is one number', () => {
    expect(shapes('A hundred and fifty women returned.', at)).toEqual([
      expected({ value_text: 'A hundred and fifty', value: 150, metric: 'returnees', as_of: '2025-06-01' }),
    ]);
  });

  test('the scale after a range’s upper bound is the lower bound’s too', () => {
    expect(shapes('Two or three hundred fighters surrendered.', at)).toEqual([
      expected({
        value_text: 'Two or three hundred',
        value_low: 200,
        value_high: 300,
        approximation: 'range',
        metric: 'members',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('The army puts its strength at three to five thousand fighters.', at).map((c) => [c.value_low, c.value_high])).toEqual([
      [3000, 5000],
    ]);
    // not when the lower bound scaled would pass the upper
    expect(shapes('Between 500 and 2 thousand people were detained.', at).map((c) => [c.value_low, c.value_high])).toEqual([[500, 2000]]);
  });

  test('a range as spoken: "twenty, thirty people", but not a list going on', () => {
    expect(shapes('They arrested twenty, thirty people.', at)).toEqual([
      expected({
        value_text: 'twenty, thirty',
        value_low: 20,
        value_high: 30,
        approximation: 'range',
        metric: 'arrested',
        as_of: '2025-06-01',
      }),
    ]);
    expect(shapes('Police arrested five, six and seven men on successive days.', at).map((c) => c.value_text)).toEqual([
      'five',
      'six',
      'seven',
    ]);
  });
});

describe('a footnote marker glued to a number that ends its sentence', () => {
  const text =
    'Since January, at least 40 people linked to the group have been arrested in five countries; in Türkiye the figure exceeds 120.17 The attack on the hall killed 145 people.';

  test('the number is read without the marker and its sentence ends there', () => {
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Since January, at least 40 people linked to the group have been arrested in five countries; in Türkiye the figure exceeds 120.17',
      'The attack on the hall killed 145 people.',
    ]);
    expect(shapes(text, at).map((c) => [c.value_text, c.value, c.approximation, c.metric])).toEqual([
      ['at least 40', 40, 'at_least', 'arrested'],
      ['exceeds 120', 120, 'more_than', 'arrested'],
      ['145', 145, 'exact', 'victims_killed'],
    ]);
  });

  test('a section number is no such number', () => {
    expect(shapes('Page 4\n\n3.2 Jihadist fighters\n\nThe service counted 300 fighters.', at).map((c) => c.value_text)).toEqual(['300']);
  });
});

describe('a bare number whose people a breakdown after a comma or a dash names', () => {
  const day = { published: '2025-06-01' };
  test('", most of them women and children", ", including 30 women", "— among them 90 children —" say it counts people', () => {
    expect(shapes('Al-Hol camp holds 43,000, most of them women and children, the camp administration said.', day)).toEqual([
      expected({
        value_text: '43,000',
        value: 43000,
        metric: 'in_camps',
        claimant: 'camp administration',
        mention: 'the camp administration',
        cue: 'said',
        as_of: '2025-06-01',
      }),
    ]);
    const said = { claimant: 'ministry', mention: 'the ministry', cue: 'said', metric: 'arrested', as_of: '2025-05-26' };
    expect(shapes('Police detained 120 on Monday, including 30 women, the ministry said.', day)).toEqual([
      expected({ value_text: '120', value: 120, ...said }),
      expected({ value_text: '30', value: 30, ...said, relations: ['part_of c1'] }),
    ]);
    const home = {
      metric: 'returnees',
      country: 'KZ',
      claimant: 'government',
      mention: 'the government',
      cue: 'said',
      as_of: '2025-06-01',
    };
    expect(shapes('Kazakhstan has brought back 300 — among them 90 children — from Syria, the government said.', day)).toEqual([
      expected({ value_text: '300', value: 300, ...home }),
      expected({ value_text: '90', value: 90, ...home, relations: ['part_of c1'] }),
    ]);
  });

  test('a breakdown of things says nothing of people: "hold 43,000, most of them built before 1990"', () => {
    expect(shapes('The two prisons hold 43,000, most of them built before 1990.', day)).toEqual([]);
  });
});

describe("a table pasted as text: a cell's figure is told by its column's heading", () => {
  const day = { published: '2025-06-01' };
  test('"Returned" and "Prosecuted" columns of a "|" table, a row of dashes between heading and rows', () => {
    const table = [
      'Returnees and prosecutions, 2019–2024',
      '',
      'Country | Returned | Prosecuted',
      '--- | --- | ---',
      'Kosovo | 242 | 96',
      'Albania | 12 | 4',
    ];
    const cell = (value: number, metric: string, country: string) =>
      expected({ value_text: String(value), value, metric, country, as_of: '2025-06-01' });
    expect(shapes(table.join('\n'), day)).toEqual([
      cell(242, 'returnees', 'XK'),
      cell(96, 'charged', 'XK'),
      cell(12, 'returnees', 'AL'),
      cell(4, 'charged', 'AL'),
    ]);
  });

  test('a tab-separated table; a sentence with runs of spaces is no table', () => {
    expect(shapes('Region\tArrested\tConvicted\nNorth\t31\t12', day).map((c) => [c.value_text, c.metric])).toEqual([
      ['31', 'arrested'],
      ['12', 'convicted'],
    ]);
    expect(shapes('Police said 40 militants  were killed   and 12 arrested.', day).map((c) => [c.value_text, c.metric])).toEqual([
      ['40', 'killed'],
      ['12', 'arrested'],
    ]);
  });
});
