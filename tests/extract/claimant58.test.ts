/**
 * Claimants on ordinary news (extract58): a clause of time spelt once for the subject and for the clauses. Sentences
 * written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

test('a clause of time after a comma has a source of its own whatever its measure or conjunction', () => {
  expect(
    shapes(
      'The army killed 38 militants this week, military officials said on Thursday, five days after the defence ministry had put the toll at 25.',
      at,
    ),
  ).toEqual([
    expected({
      value_text: '38',
      value: 38,
      metric: 'killed',
      claimant: 'military officials',
      mention: 'military officials',
      cue: 'said',
      as_of: '2026-12-06',
    }),
    expected({
      value_text: '25',
      value: 25,
      metric: 'killed',
      claimant: 'defence ministry',
      mention: 'the defence ministry',
      cue: 'had put',
      as_of: '2026-12-03',
    }),
  ]);
  expect(
    shapes('The council reported that 60 people had returned from Syria, once the ministry confirmed that 45 of them were women.', at),
  ).toEqual([
    expected({ value_text: '60', value: 60, metric: 'returnees', claimant: 'council', mention: 'The council', cue: 'reported' }),
    expected({
      value_text: '45',
      value: 45,
      metric: 'returnees',
      claimant: 'ministry',
      mention: 'the ministry',
      cue: 'confirmed',
      relations: ['part_of c1'],
    }),
  ]);
});
