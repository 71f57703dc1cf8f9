/**
 * extract113: misreadings found by running the extractor over eight articles written for a trial
 * (tests/fixtures/extract-trials113: a live blog, wires in translation, a parliamentary question, a judgment's summary,
 * a magazine piece, a fact-check, a release with a table), each fixed as a class. Sentences written for these tests;
 * each assertion is of the whole candidate list, offsets too where the text's shape is the point.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-12-02' };
const today = { as_of: '2026-12-02' };

describe('the text as pasted from a page in Arabic or Hebrew', () => {
  test('a right-to-left mark before a numbered paragraph leaves its number a label, and the offsets the text as given', () => {
    const text = '\u200f1. The ministry said 40 Belgians had returned.\n\u200f2. Police later arrested 12 of them.';
    expect(shapes(text, at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'returnees',
        country: 'BE',
        claimant: 'ministry',
        mention: 'The ministry',
        cue: 'said',
      }),
      expected({ value_text: '12', value: 12, metric: 'arrested', country: 'BE', ...today, relations: ['part_of c1'] }),
    ]);
    for (const c of run(text, at).candidates) {
      expect(text.slice(c.start, c.end)).toBe(c.value_text);
      expect(text.slice(c.quote.start, c.quote.end)).toBe(c.quote.exact);
    }
  });
});

describe('numbers that are labels or years', () => {
  test('a number after a section sign, single or doubled, is a paragraph of a text cited', () => {
    expect(shapes('The court counted 40 returnees (§ 12 of the judgment) and cited §§ 259-263 of an earlier ruling.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'returnees', claimant: 'court', mention: 'The court', cue: 'counted' }),
    ]);
  });

  test('a year before a singular national that opens a name counts nobody', () => {
    expect(shapes('The Court recalls its judgment of 2021 and the case-law of the European Court of Human Rights.', at)).toEqual([]);
  });
});

describe('times that are spans to now', () => {
  test('a list under a heading of a year to date holds now, the year being where its counts start', () => {
    expect(shapes('CUMULATIVE FIGURES (2023 TO DATE)\n• Returnees: 42\n• Persons charged on return: 3', at)).toEqual([
      expected({ value_text: '42', value: 42, metric: 'returnees', ...today }),
      expected({ value_text: '3', value: 3, metric: 'charged', ...today }),
    ]);
  });

  test('in the last year is the twelve months to now, last year the year before', () => {
    expect(shapes('The minister said 11 citizens were brought home in the last year. Police arrested 9 suspects last year.', at)).toEqual([
      expected({ value_text: '11', value: 11, metric: 'returnees', claimant: 'minister', mention: 'The minister', cue: 'said', ...today }),
      expected({ value_text: '9', value: 9, metric: 'arrested', as_of: '2025' }),
    ]);
  });

  test('a measure of time counted in a word of two digits dates the figure and is no part of who speaks', () => {
    expect(shapes('Eighteen months ago the minister said 52 citizens remained in the camps.', at)).toEqual([
      expected({
        value_text: '52',
        value: 52,
        metric: 'in_camps',
        claimant: 'minister',
        mention: 'the minister',
        cue: 'said',
        as_of: '2025-06',
      }),
    ]);
  });
});

describe('words of status in wires translated into English', () => {
  test('people condemned by courts are convicted, and a governor who condemns an attack convicts nobody', () => {
    const text =
      'Since 2015, 480 natives of Dagestan have returned from Syria; of them 214 were condemned by courts. The governor condemned the attack that killed 9 people.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: '480', value: 480, metric: 'returnees', country: 'RU-DA', ...today }),
      expected({ value_text: '214', value: 214, metric: 'convicted', country: 'RU-DA', ...today, relations: ['part_of c1'] }),
      expected({ value_text: '9', value: 9, metric: 'victims_killed', ...today }),
    ]);
  });

  test('the people a camp contains are in the camp', () => {
    expect(shapes('The MP said the camp still contains no fewer than 2,000 Iraqis.', at)).toEqual([
      expected({
        value_text: 'no fewer than 2,000',
        value: 2000,
        value_low: 2000,
        approximation: 'at_least',
        metric: 'in_camps',
        country: 'IQ',
        claimant: 'MP',
        mention: 'The MP',
        cue: 'said',
        ...today,
      }),
    ]);
  });
});

describe('a total broken down after a colon', () => {
  test('men, women and children after a colon are parts of the total before it, with its status', () => {
    const ministry = { country: 'BE', claimant: 'ministry', mention: 'The ministry', cue: 'knows of', ...today };
    expect(shapes('The ministry knows of 41 Belgians detained in north-east Syria: 17 men, 9 women and 15 children.', at)).toEqual([
      expected({ value_text: '41', value: 41, metric: 'arrested', ...ministry }),
      expected({ value_text: '17', value: 17, metric: 'arrested', ...ministry, relations: ['part_of c1'] }),
      expected({ value_text: '9', value: 9, metric: 'arrested', ...ministry, relations: ['part_of c1'] }),
      expected({ value_text: '15', value: 15, metric: 'arrested', ...ministry, relations: ['part_of c1'] }),
    ]);
  });

  test('a figure of other people after a colon is no part of the one before it', () => {
    expect(shapes('Police arrested 40 people in March: 12 suspects were charged in April.', at)).toEqual([
      expected({ value_text: '40', value: 40, metric: 'arrested', as_of: '2026-03' }),
      expected({ value_text: '12', value: 12, metric: 'charged', as_of: '2026-04' }),
    ]);
  });
});
