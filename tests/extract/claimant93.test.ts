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

describe('a clause with a source of its own before a later clause that names one', () => {
  test('each clause keeps the source it names', () => {
    expect(shapes('In May, officials told journalists that 22 members were in custody; in October they said 30.', at)).toEqual([
      expected({
        value_text: '22',
        value: 22,
        metric: 'arrested',
        claimant: 'officials',
        mention: 'officials',
        cue: 'told journalists',
        as_of: '2026-05',
      }),
      expected({ value_text: '30', value: 30, metric: 'arrested', claimant: 'officials', mention: 'they', cue: 'said', as_of: '2026-10' }),
    ]);
  });

  test('a clause with no source of its own names nobody', () => {
    expect(shapes('Last year 118 people were killed, and the army says 46 of them were insurgents.', at)).toEqual([
      expected({ value_text: '118', value: 118, metric: 'victims_killed', as_of: '2025' }),
      expected({
        value_text: '46',
        value: 46,
        metric: 'victims_killed',
        claimant: 'army',
        mention: 'the army',
        cue: 'says',
        as_of: '2025',
        relations: ['part_of c1'],
      }),
    ]);
  });
});

describe('a figure noun with the clause of whoever gave it', () => {
  test('the figure a body gave', () => {
    expect(shapes('The figure the army gave in early 2024 was 48 fighters.', at)).toEqual([
      expected({ value_text: '48', value: 48, metric: 'members', claimant: 'army', mention: 'the army', cue: 'gave', as_of: '2024' }),
    ]);
  });

  test('the estimate a body published, with that', () => {
    expect(shapes('The last estimate that the interior ministry published was 300 fighters.', at)).toEqual([
      expected({
        value_text: '300',
        value: 300,
        metric: 'members',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'published',
        as_of: '2026-12-07',
      }),
    ]);
  });

  test('people a body gave something to are no figure it gave', () => {
    expect(shapes('The number of fighters the army gave arms to was 48.', at)).toEqual([
      expected({ value_text: '48', value: 48, as_of: '2026-12-07' }),
    ]);
  });
});

describe('a document version set off after its name', () => {
  test('the version is no figure and the document before it is the source', () => {
    expect(shapes("The ministry's annual note, version 2.0, states that security forces killed 1,000 militants.", at)).toEqual([
      expected({
        value_text: '1,000',
        value: 1000,
        metric: 'killed',
        claimant: "ministry's annual note",
        mention: "The ministry's annual note",
        cue: 'states',
        as_of: '2026-12-07',
      }),
    ]);
  });
});
