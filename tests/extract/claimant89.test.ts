/**
 * Claimants (extract89): sources the rules did not read. Sentences written for these tests, in the shapes of wire
 * stories, statements, court reports and parliamentary answers.
 */
import { shapes } from './support';

const at = { published: '2026-12-07' };
/** The first candidate's mention and cue. */
const source = (text: string) => {
  const [c] = shapes(text, at);
  return { value_text: c.value_text, mention: c.mention, cue: c.cue };
};

describe('a fronted phrase of time with no comma before an indefinite subject', () => {
  test.each([
    [
      'earlier on a weekday',
      'Earlier on Friday a source in the security services told RIA Novosti that five militants had been killed.',
      'five',
      'a source in the security services',
      'told RIA Novosti',
    ],
    ['late on a weekday', 'Late on Tuesday an army spokesman said 12 soldiers had been killed.', '12', 'an army spokesman', 'said'],
    [
      'early on a weekday',
      'Early on Sunday a police spokeswoman said 30 people had been detained in the raids.',
      '30',
      'a police spokeswoman',
      'said',
    ],
    [
      'a speech and its day',
      'In a speech on Monday a senior minister said 200 citizens had returned from Syria.',
      '200',
      'a senior minister',
      'said',
    ],
    [
      'late last week',
      "Late last week an official at the prosecutor's office said 14 men had been charged.",
      '14',
      "an official at the prosecutor's office",
      'said',
    ],
    [
      'a weekday and its evening',
      'On Thursday evening a regional governor told reporters that nine militants had been killed.',
      'nine',
      'a regional governor',
      'told reporters',
    ],
    [
      'early this month',
      'Early this month an interior ministry official said 40 women were still held in camps.',
      '40',
      'an interior ministry official',
      'said',
    ],
    [
      'a year',
      'In 2019 a parliamentary committee found that 150 nationals had joined Islamic State.',
      '150',
      'a parliamentary committee',
      'found',
    ],
  ])('%s', (_title, text, value_text, mention, cue) => {
    expect(source(text)).toEqual({ value_text, mention, cue });
  });

  test('early before a noun opens the subject, no phrase of time', () => {
    expect(source('Early estimates said 40 people had been killed.')).toEqual({
      value_text: '40',
      mention: 'Early estimates',
      cue: 'said',
    });
  });
});

describe('people who came from a place are no figure that comes from somewhere', () => {
  /** Every candidate's value text and mention. */
  const mentions = (text: string) => shapes(text, at).map((c) => [c.value_text, c.mention]);

  test.each([
    [
      'fighters who came from a country, then a share of them',
      'Intelligence services estimate that 1,200 fighters came from Tunisia, and that 300 of them have returned.',
      [
        ['1,200', 'Intelligence services'],
        ['300', 'Intelligence services'],
      ],
    ],
    [
      'recruits who come from a coast, then women',
      'The ministry estimates that some 850 recruits come from the coast and that 90 women travelled with them.',
      [
        ['some 850', 'The ministry'],
        ['90', 'The ministry'],
      ],
    ],
    [
      'a share who came from a region, then another nationality',
      'Member states estimate that some 200 of them came from North Africa, and that another 60 to 80 are Ethiopian nationals.',
      [
        ['some 200', 'Member states'],
        ['60 to 80', 'Member states'],
      ],
    ],
    [
      'returnees who stem from a district, then women',
      'The agency estimates that 40 of the returnees stem from Molenbeek and that 15 are women.',
      [
        ['40', 'The agency'],
        ['15', 'The agency'],
      ],
    ],
  ])('%s', (_title, text, expectedMentions) => {
    expect(mentions(text)).toEqual(expectedMentions);
  });

  test('the writer reasoning about where a figure comes from still names nobody for the figure after it', () => {
    expect(
      mentions(
        'The latest estimate by the ministry that 300 fighters left most likely comes from a 2013 video that showed around 150 men.',
      ),
    ).toEqual([
      ['300', 'The latest estimate by the ministry'],
      ['around 150', null],
    ]);
    expect(mentions('The ministry estimates 300 fighters left; that figure came from a 2013 video showing around 150 men.')).toEqual([
      ['300', 'The ministry'],
      ['around 150', null],
    ]);
  });
});

describe('a plural noun in -s before a verb of saying is the subject, not the verb', () => {
  test.each([
    [
      'member states before estimate',
      'Member states estimate that 5,000 citizens travelled to Syria.',
      '5,000',
      'Member states',
      'estimate',
    ],
    ['member states before say', 'EU member states say 5,000 citizens travelled to Syria.', '5,000', 'EU member states', 'say'],
    [
      'neighbouring states before estimate',
      'Neighbouring states estimate that 2,000 nationals joined the group.',
      '2,000',
      'Neighbouring states',
      'estimate',
    ],
    ['gulf states before an auxiliary', 'Gulf states have said 800 of their citizens were killed.', '800', 'Gulf states', 'have said'],
  ])('%s', (_title, text, value_text, mention, cue) => {
    expect(source(text)).toEqual({ value_text, mention, cue });
  });

  test('states followed by its that-clause stays the verb', () => {
    expect(source('The report states that 40 people were detained.')).toEqual({ value_text: '40', mention: 'The report', cue: 'states' });
  });
});
