/**
 * Misreadings the lead found on an agency's interview of their own (/root/s42/trial14.txt in the session's scratch): the
 * headline's genre label "INTERVIEW:" was read as a speaker's label, so the article's own figure after it was given to
 * "Interview"; "Not one woman has been prosecuted" proposed one woman charged. Sentences written for these tests; each
 * assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-03' };

describe('a headline genre label is no speaker', () => {
  test('the figure after an INTERVIEW label is the article own, the turns after it their speakers', () => {
    expect(
      shapes(
        'INTERVIEW: "We cannot bring everyone home" - a governor on the camps\n\nThe country has brought back more than 400 women and children since 2019.\n\nReporter: How many remain?\n\nKarimov: About 270 women.\n\nReporter: And in Roj?\n\nKarimov: Roughly 600 children.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'more than 400',
        value: 400,
        value_low: 400,
        approximation: 'more_than',
        metric: 'returnees',
        as_of: '2026-12-03',
      }),
      expected({
        value_text: 'About 270',
        value: 270,
        approximation: 'approximately',
        metric: 'women',
        claimant: 'Karimov',
        mention: 'Karimov',
        as_of: '2026-12-03',
      }),
      expected({
        value_text: 'Roughly 600',
        value: 600,
        approximation: 'approximately',
        metric: 'children',
        claimant: 'Karimov',
        mention: 'Karimov',
        as_of: '2026-12-03',
      }),
    ]);
  });
});

describe('not one is none', () => {
  test('a number word one after not is no count', () => {
    expect(shapes('Not one woman has been prosecuted, the ombudsman said. Police arrested 12 men.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2026-12-03' }),
    ]);
  });
});
