/** Precision of lane 72: two numbers joined by "or", labels and populations; sentences written for these tests. */
import { expected, shapes } from './support';

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
