/**
 * Country rules of extract86. A nationality an earlier figure of the sentence took from its own predicate ("three of
 * the men … were Egyptian nationals") is that figure's: a later figure with people of its own in another clause ("the
 * attack killed 19 people") is not of it, unless it gives the same quantity at another time ("against 9"). Sentences
 * written for these tests; each assertion is of the whole candidate, with the reason its country was given.
 */
import { expected, shapesWithCountryReason, type Shape } from './support';

const read = (text: string) => shapesWithCountryReason(text, { published: '2026-03-01' });
const withWhy = (s: Partial<Shape> & Pick<Shape, 'value_text'>, why: string) => ({ ...expected(s), why });

test('a nationality stated of an earlier figure is not that of people killed in a later clause', () => {
  const said = { claimant: 'Prosecutors', mention: 'Prosecutors', cue: 'said', as_of: '2026-03' };
  expect(
    read('Prosecutors said three of the men arrested in the raids were Egyptian nationals, while the attack in March killed 19 people.'),
  ).toEqual([
    withWhy({ value_text: 'three', value: 3, metric: 'arrested', country: 'EG', ...said }, '"Egyptian"'),
    withWhy({ value_text: '19', value: 19, metric: 'victims_killed', ...said }, 'victims: no nationality stated'),
  ]);
});

test('the same quantity at another time keeps the nationality stated of the figure before it', () => {
  const said = { metric: 'in_camps', country: 'KZ', claimant: 'Officials', mention: 'Officials', cue: 'said', as_of: '2026-03-01' };
  expect(read('Officials said 14 of the women held in the camp were Kazakh citizens, against 9 at the last count.')).toEqual([
    // (the 9 at the last count is the same camp's women earlier: superseded, extract105)
    withWhy({ value_text: '14', value: 14, ...said, relations: ['supersedes c2'] }, '"Kazakh"'),
    withWhy({ value_text: '9', value: 9, ...said }, '"Kazakh"'),
  ]);
});

test('a state that says how many militants were killed is their source, not their nationality', () => {
  expect(read('Niger says army killed 47 militants near Mali border')).toEqual([
    withWhy(
      { value_text: '47', value: 47, metric: 'killed', claimant: 'Niger', mention: 'Niger', cue: 'says', as_of: '2026-03-01' },
      'fighters killed: no nationality stated',
    ),
  ]);
  expect(read('About 40 militants were killed in the raid, Nigeria said on Monday.')).toEqual([
    withWhy(
      {
        value_text: 'About 40',
        value: 40,
        approximation: 'approximately',
        metric: 'killed',
        claimant: 'Nigeria',
        mention: 'Nigeria',
        cue: 'said',
        as_of: '2026-02-23',
      },
      'fighters killed: no nationality stated',
    ),
  ]);
});

test('a state that says how many people came home still counts its own nationals', () => {
  expect(read('Tajikistan says 84 women and children have returned from Syria.')).toEqual([
    withWhy(
      {
        value_text: '84',
        value: 84,
        metric: 'returnees',
        country: 'TJ',
        claimant: 'Tajikistan',
        mention: 'Tajikistan',
        cue: 'says',
        as_of: '2026-03-01',
      },
      '"Tajikistan"',
    ),
  ]);
});
