/**
 * Claimants (extract111), the misreadings of the lead's Italian court-report trial, each a class: a source named with
 * "according to" outranks the clause's subject, a report's closing tag is its author's, a figure named as a possessor's
 * is the possessor's whoever says the sentence (and a possessed figure that does not give its number names no one), a
 * lower-case noun after "a" is no title. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };

describe('a source named with according to outranks the subject of its clause', () => {
  test('a country that counts its fighters according to a ministry report gives the figures to the ministry', () => {
    expect(
      shapes(
        "Spain counts 230 Spanish nationals among its foreign fighters, according to the Interior Ministry's yearly report, of whom 40 are believed dead.",
        at,
      ),
    ).toEqual([
      expected({
        value_text: '230',
        value: 230,
        country: 'ES',
        claimant: 'Interior Ministry (Spain)',
        mention: "the Interior Ministry's yearly report",
        cue: 'according to',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: '40',
        value: 40,
        metric: 'killed',
        country: 'ES',
        claimant: 'Interior Ministry (Spain)',
        mention: "the Interior Ministry's yearly report",
        cue: 'according to',
        as_of: '2026-12-07',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('an outlet set right after the verb of saying tells of the saying and the speaker keeps the figure', () => {
    expect(shapes('Kadyrov said, according to RIA Novosti, that 500 Chechen fighters had returned.', at)).toEqual([
      expected({
        value_text: '500',
        value: 500,
        metric: 'returnees',
        country: 'RU-CE',
        claimant: 'Kadyrov',
        mention: 'Kadyrov',
        cue: 'said',
      }),
    ]);
  });
});

describe('a closing tag with a document noun is the document author named before', () => {
  test('the report says after the ministry report named as the source', () => {
    expect(
      shapes(
        "Belgium counts 410 Belgian foreign fighters, according to the Interior Ministry's latest annual report. Some 130 of them have returned, and 25 are in prison, the report says.",
        at,
      ),
    ).toEqual([
      expected({
        value_text: '410',
        value: 410,
        country: 'BE',
        claimant: 'Interior Ministry (Belgium)',
        mention: "the Interior Ministry's latest annual report",
        cue: 'according to',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: 'Some 130',
        value: 130,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'BE',
        claimant: 'Interior Ministry (Belgium)',
        mention: 'the report',
        cue: 'says',
        as_of: '2026-12-07',
        relations: ['part_of c1'],
      }),
      expected({
        value_text: '25',
        value: 25,
        metric: 'arrested',
        country: 'BE',
        claimant: 'Interior Ministry (Belgium)',
        mention: 'the report',
        cue: 'says',
        as_of: '2026-12-07',
        relations: ['part_of c1'],
      }),
    ]);
  });
});

describe('a figure named as a possessor figure is the possessor claim', () => {
  test('the prosecution figure of 14 in a defence lawyer sentence is the prosecution claim and his own count is his', () => {
    expect(
      shapes(
        "Defence lawyer Marco Rossi told the court that the prosecution's figure of 14 recruits was inflated and that at most three had ever met his client.",
        at,
      ),
    ).toEqual([
      expected({ value_text: '14', value: 14, claimant: 'prosecution', mention: "the prosecution's figure" }),
      expected({
        value_text: 'at most three',
        value: 3,
        value_high: 3,
        approximation: 'at_most',
        claimant: 'Marco Rossi',
        mention: 'Defence lawyer Marco Rossi',
        cue: 'told the court',
        relations: ['contradicts c1'],
      }),
    ]);
  });

  test('a possessed figure that does not give its number leaves the figures to the speaker', () => {
    expect(
      shapes("Researchers at the Institute count 90 departures, and say the ministry's figure leaves out at least 12 women.", at),
    ).toEqual([
      expected({
        value_text: '90',
        value: 90,
        claimant: 'Researchers at the Institute',
        mention: 'Researchers at the Institute',
        cue: 'count',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: 'at least 12',
        value: 12,
        value_low: 12,
        approximation: 'at_least',
        metric: 'women',
        claimant: 'Researchers at the Institute',
        mention: 'Researchers at the Institute',
        cue: 'count',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('a possessed assessment that gives its number after an aside keeps it', () => {
    expect(
      shapes("The Government's own assessment, based on police records, is that fewer than 30 citizens remain in the camps.", at),
    ).toEqual([
      expected({
        value_text: 'fewer than 30',
        value: 30,
        value_high: 30,
        approximation: 'less_than',
        metric: 'in_camps',
        claimant: 'Government',
        mention: "The Government's own assessment",
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('a lower-case noun after an indefinite article is no title of the name after it', () => {
  test('a fighter whom a man recruited leaves the later she to the prosecutor', () => {
    expect(
      shapes(
        'Prosecutor Anna Weber said 40 men were charged. A fighter Abu Omar recruited was killed. She said 12 more were arrested.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'charged',
        claimant: 'Anna Weber',
        mention: 'Prosecutor Anna Weber',
        cue: 'said',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: '12',
        value: 12,
        metric: 'arrested',
        claimant: 'Anna Weber',
        mention: 'She',
        cue: 'said',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('a source after a semicolon that goes on to a clause of its own speaks for that clause only', () => {
  test('the authorities who say where the defendants live do not count them', () => {
    expect(shapes('Twelve defendants were tried in their absence; the authorities say they are living abroad.', at)).toEqual([
      expected({ value_text: 'Twelve', value: 12, metric: 'charged', as_of: '2026-12-07' }),
    ]);
  });

  test('a bare tag after a semicolon still gives the figure before it its source', () => {
    expect(shapes('Some 40 people were arrested on Monday; police said.', at)).toEqual([
      expected({
        value_text: 'Some 40',
        value: 40,
        approximation: 'approximately',
        metric: 'arrested',
        claimant: 'police',
        mention: 'police',
        cue: 'said',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('an appeal and an order are acts of courts and prosecutors, no statements', () => {
  test('a prosecution that appealed against an acquittal states nothing', () => {
    expect(shapes('The prosecution appealed against the acquittal of seven defendants.', at)).toEqual([
      expected({ value_text: 'seven', value: 7, metric: 'charged', as_of: '2026-12-07' }),
    ]);
  });

  test('a judge who ordered that the accused be tried states nothing', () => {
    expect(shapes('A federal judge ordered that eight accused persons be tried in absentia.', at)).toEqual([
      expected({ value_text: 'eight', value: 8, metric: 'charged', as_of: '2026-12-07' }),
    ]);
  });
});

describe('a source in a relative clause without that after a figure is that figure source', () => {
  test('the fighters the UN was citing are the UN figure and the officer keeps his own', () => {
    expect(
      shapes('The group still has 300 fighters, a senior officer said, well below the 2,000 fighters the UN was citing last year.', at),
    ).toEqual([
      expected({
        value_text: '300',
        value: 300,
        metric: 'members',
        claimant: 'senior officer',
        mention: 'a senior officer',
        cue: 'said',
        as_of: '2026-12-07',
      }),
      expected({
        value_text: '2,000',
        value: 2000,
        metric: 'members',
        claimant: 'UN',
        mention: 'the UN',
        cue: 'was citing',
        as_of: '2025',
        relations: ['contradicts c1'],
      }),
    ]);
  });

  test('the figure a ministry gave is the ministry figure and the writer keeps the other', () => {
    expect(
      shapes('Some 1,200 Tunisians travelled to Syria, close to the 1,300 Tunisian fighters the interior ministry gave in 2018.', at),
    ).toEqual([
      expected({ value_text: 'Some 1,200', value: 1200, approximation: 'approximately', country: 'TN', as_of: '2026-12-07' }),
      expected({
        value_text: '1,300',
        value: 1300,
        country: 'TN',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'gave',
        as_of: '2018',
      }),
    ]);
  });
});
