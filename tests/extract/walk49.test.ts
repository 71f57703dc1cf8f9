/**
 * Extract106: misreadings a browser walk found on three articles the walker wrote (tests/fixtures/extract-trials106).
 * Sentences written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-30' };

describe('that before a time is no clause opening', () => {
  test('a month after that in a relative clause is no speaker', () => {
    expect(shapes('The army, which left the north that August, estimated that 900 fighters remained.', at)).toEqual([
      expected({
        value_text: '900',
        value: 900,
        metric: 'members',
        claimant: 'army',
        mention: 'The army',
        cue: 'estimated',
        as_of: '2026-11-30',
      }),
    ]);
  });

  test('that summer or that year is no speaker either', () => {
    expect(shapes('The police, who raided the camp that summer, said 40 men were arrested.', at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'arrested',
        claimant: 'police',
        mention: 'The police',
        cue: 'said',
        as_of: '2026-11-30',
      }),
    ]);
  });
});
