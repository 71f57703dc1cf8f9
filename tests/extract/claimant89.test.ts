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
