/**
 * Claimants (extract93): sources named for one figure of a sentence that compares figures, and a publication's issue in
 * brackets. Sentences written for these tests, in the shapes of wire stories, committee minutes and monitors' notes.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };

describe('a publication named with its issue in brackets', () => {
  test('the issue is no figure of the source, and no part of its mention', () => {
    expect(shapes("The militia's weekly bulletin (issue 212), which put the toll at 35 soldiers, was taken offline.", at)).toEqual([
      expected({
        value_text: '35',
        value: 35,
        metric: 'foreign_fighters',
        claimant: "militia's weekly bulletin",
        mention: "The militia's weekly bulletin",
        cue: 'put',
        as_of: '2026-12-07',
      }),
    ]);
  });
});

describe('the source a figure is compared with, named right after it', () => {
  test('a noun between the figure and the source that announced it', () => {
    expect(shapes("The monitors' count is higher than the 29 arrests the state news agency reported on 30 November.", at)).toEqual([
      expected({
        value_text: '29',
        value: 29,
        metric: 'arrested',
        claimant: 'state news agency',
        mention: 'the state news agency',
        cue: 'reported',
        as_of: '2026-11-30',
      }),
    ]);
  });

  test('a figure cited in a document', () => {
    expect(shapes("Police said 40 people were detained, up from 31 cited in the agency's annual report.", at)).toEqual([
      expected({
        value_text: '40',
        value: 40,
        metric: 'arrested',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2026-12-07',
        relations: ['supersedes c2'],
      }),
      expected({
        value_text: '31',
        value: 31,
        metric: 'arrested',
        claimant: 'agency',
        mention: "the agency's annual report",
        cue: 'cited in',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('the figure of a number given in a document', () => {
    expect(shapes("The chair asked that the figure of 36 fighters given in the ministry's 2023 briefing note be withdrawn.", at)).toEqual([
      expected({
        value_text: '36',
        value: 36,
        metric: 'members',
        claimant: "ministry's 2023 briefing note",
        mention: "the ministry's 2023 briefing note",
        cue: 'given in',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('people given in a document with no figure named are the sentence source figures', () => {
    const [, second] = shapes('Police said 40 people were detained, and that 12 suspects given in the report were released.', at);
    expect(second).toEqual(
      expected({
        value_text: '12',
        value: 12,
        metric: 'arrested',
        claimant: 'Police',
        mention: 'Police',
        cue: 'said',
        as_of: '2026-12-07',
      }),
    );
  });
});
