/**
 * Claimants on unseen text (extract52): how wire stories, explainers, live blogs, press releases and transcripts name
 * the source of a figure. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-05' };

test('a time phrase between a subject and its verb of saying is no part of the subject', () => {
  expect(shapes('The army earlier this month said it had killed 60 fighters in the Lake Chad islands.', at)).toEqual([
    expected({
      value_text: '60',
      value: 60,
      metric: 'killed',
      claimant: 'army',
      mention: 'The army',
      cue: 'earlier this month said',
      as_of: '2026-12',
    }),
  ]);
  expect(shapes('The Interior Ministry on 8 March said that five soldiers had died in the clashes.', at)).toEqual([
    expected({
      value_text: 'five',
      value: 5,
      metric: 'victims_killed',
      claimant: 'Interior Ministry',
      mention: 'The Interior Ministry',
      cue: 'on 8 March said',
      as_of: '2026-03-08',
    }),
  ]);
  expect(
    shapes('The health ministry, which had earlier put the toll at 60, this afternoon said at least 170 people had died.', at),
  ).toEqual([
    expected({
      value_text: '60',
      value: 60,
      metric: 'killed',
      claimant: 'health ministry',
      mention: 'The health ministry',
      cue: 'this afternoon said',
    }),
    expected({
      value_text: 'at least 170',
      value: 170,
      value_low: 170,
      approximation: 'at_least',
      metric: 'deaths',
      claimant: 'health ministry',
      mention: 'The health ministry',
      cue: 'this afternoon said',
    }),
  ]);
});
