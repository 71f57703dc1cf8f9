/**
 * Misreadings the lead found on a Spanish agency's story of their own (/root/s42/trial13.txt in the session's scratch):
 * "The threat level remains at four out of five" proposed the five as arrested (the four was read as a point on a scale,
 * the top of that scale was not); "Investigators from the National Police's General Commissariat of Information
 * identified some 40…" named the investigators as part of the body; "The Civil Guard, which runs a separate
 * investigation in Ceuta, said … about a dozen residents of the city" gave them Melilla, the city the text had named
 * most, not the one named in the figure's own sentence. Sentences written for these tests; each assertion is of the
 * whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-11-30' };

describe('the top of a scale is no count', () => {
  test('a level given as a point out of a top is neither point nor top', () => {
    expect(shapes('Police arrested 12 men on Monday. The threat level remains at four out of five.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'arrested', as_of: '2026-11-30' }),
    ]);
  });
});

describe('the people of a body are no part of its name', () => {
  test('investigators from a body name the body as the claimant', () => {
    expect(shapes('Investigators from the Federal Police said 15 suspects were arrested in the raids.', at)).toEqual([
      expected({
        value_text: '15',
        value: 15,
        metric: 'arrested',
        claimant: 'Federal Police',
        as_of: '2026-11-30',
        mention: 'Investigators from the Federal Police',
        cue: 'said',
      }),
    ]);
  });
});

describe('the city a figure refers back to', () => {
  test('a subdivision named in the figure sentence outranks one the text named more often', () => {
    expect(
      shapes(
        'Melilla has long worried investigators, and Melilla police say the same. The Civil Guard, which runs a separate inquiry in Ceuta, said it had identified about a dozen residents of the city who had returned from Syria.',
        at,
      ),
    ).toEqual([
      expected({
        value_text: 'about a dozen',
        value: 12,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'ES-CE',
        claimant: 'Civil Guard (Spain)',
        mention: 'The Civil Guard',
        cue: 'said',
      }),
    ]);
  });
});
