/**
 * Claimants on unseen text (extract33), found with probe articles of my own: a body's other name in an aside, a
 * transcript's answering witness, and more. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('"The AU mission, known as ATMIS, says" names the mission, not "known as ATMIS"', () => {
  expect(shapes('The AU mission, known as ATMIS, says its troops arrested 9 suspects near Kismayo.', at)).toEqual([
    expected({
      value_text: '9',
      value: 9,
      metric: 'arrested',
      claimant: 'AU mission',
      mention: 'The AU mission',
      cue: 'says',
      as_of: '2026-12-05',
    }),
  ]);
});
