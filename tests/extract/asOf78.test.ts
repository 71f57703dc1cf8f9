/**
 * as_of for a figure compared with an earlier period (extract78): "a rise on last year", "down on 2022" name the period
 * compared with, not when the figure holds. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a date after a word of change and "on" or "over" is the period compared with', () => {
  test('a rise on last year, down on a year', () => {
    expect(shapes('The army says more than 1,500 fighters have been killed, a sharp rise on last year.', at)).toEqual([
      expected({
        value_text: 'more than 1,500',
        value: 1500,
        value_low: 1500,
        approximation: 'more_than',
        metric: 'killed',
        claimant: 'army',
        mention: 'The army',
        cue: 'says',
        as_of: '2026-12-06',
      }),
    ]);
    expect(shapes('Police said 40 people were arrested for terrorism offences, down on 2024.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'arrested',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2026-12-06',
        group: 'terrorism-all',
      }),
    ]);
  });
});
