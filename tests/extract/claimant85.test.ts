/**
 * Claimants (extract85): the span of a claimant's mention. A sworn statement of a person ("the affidavit of X", "the
 * testimony of X") is the person's, as the data of a body is the body's. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a sworn statement stands for whoever swore it', () => {
  test('the affidavit of an officer named by his role', () => {
    expect(shapes('According to the affidavit of the investigating officer, 27 of the accused had travelled to Iraq.', at)).toEqual([
      expected({
        value_text: '27',
        value: 27,
        metric: 'charged',
        claimant: 'investigating officer',
        mention: 'the investigating officer',
        cue: 'According to',
      }),
    ]);
  });

  test('the sworn testimony of a commander given with an indefinite article', () => {
    expect(
      shapes('According to the sworn testimony of a border police commander, 63 men crossed into Syria from the district in 2015.', at),
    ).toEqual([
      expected({
        value_text: '63',
        value: 63,
        claimant: 'border police commander',
        mention: 'a border police commander',
        cue: 'According to',
        as_of: '2015',
      }),
    ]);
  });
});
