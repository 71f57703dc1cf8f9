/**
 * A revised figure and the one it replaces (extract78): the older figure is its own source's when a participle of
 * publishing or a clause without "that" names it, and the revision is dated by its own words, never by the date of the
 * figure it replaces. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('the figure a revision replaces keeps its own source and date', () => {
  test('up from the N given by a body in a year', () => {
    expect(
      shapes(
        'Police Commissioner Sam Tora revised the number of Fijians who travelled to Syria to about 250, up from the 173 given by the National Counter Terrorism Centre in 2019.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'about 250',
        value: 250,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'FJ',
        claimant: 'Sam Tora',
        mention: 'Police Commissioner Sam Tora',
        cue: 'revised',
        as_of: '2026-12-06',
        relations: ['supersedes c2'],
      }),
      expected({
        value_text: '173',
        value: 173,
        metric: 'foreign_fighters',
        country: 'FJ',
        claimant: 'National Counter Terrorism Centre',
        mention: 'the National Counter Terrorism Centre',
        cue: 'given by',
        as_of: '2019',
      }),
    ]);
  });

  test('an earlier count published by a body, and a figure a body reported without "that"', () => {
    expect(
      shapes('The ministry now counts 410 returnees, up from an earlier count of 280 published by the Statistics Office in 2023.', at),
    ).toEqual([
      expected({
        value_text: '410',
        value: 410,
        metric: 'returnees',
        claimant: 'ministry',
        mention: 'The ministry',
        cue: 'now counts',
        as_of: '2026-12-06',
        relations: ['supersedes c2'],
      }),
      expected({
        value_text: '280',
        value: 280,
        metric: 'returnees',
        claimant: 'Statistics Office',
        mention: 'the Statistics Office',
        cue: 'published by',
        as_of: '2023',
      }),
    ]);
    expect(shapes('The minister said 310 have come home, more than the 240 the interior ministry reported in March.', at)).toEqual([
      expected({
        value_text: '310',
        value: 310,
        metric: 'returnees',
        claimant: 'minister',
        mention: 'The minister',
        cue: 'said',
        as_of: '2026-12-06',
      }),
      expected({
        value_text: '240',
        value: 240,
        metric: 'returnees',
        claimant: 'interior ministry',
        mention: 'the interior ministry',
        cue: 'reported',
        as_of: '2026-03',
      }),
    ]);
  });
});
