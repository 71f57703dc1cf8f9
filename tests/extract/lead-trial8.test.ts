/**
 * Misreadings the lead found on a wire story of their own (Austria's returnees, /root/s40/trial8.txt in the session's
 * scratch): an age bracket after a copula whose subject is a partitive count named by a participle ("Four of the
 * convicted were under 18") had been proposed as a second count, "under 18", and taken as the whole of the four.
 * Sentences written for these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };

describe('an age bracket of a counted part is no count', () => {
  test('the convicted, named by a participle, under 18', () => {
    expect(shapes('Prosecutors secured 12 convictions for terrorism offences in 2025. Four of the convicted were under 18.', at)).toEqual([
      expected({ value_text: '12', value: 12, metric: 'convicted', group: 'terrorism-all', as_of: '2025' }),
      expected({ value_text: 'Four', value: 4, metric: 'convicted', group: 'terrorism-all', as_of: '2026-03-01' }),
    ]);
  });

  test('those arrested, over 60, with the speaker after', () => {
    expect(shapes('Police held 31 people in the raids. Two of those arrested are over 60, a spokesman said.', at)).toEqual([
      expected({ value_text: '31', value: 31, metric: 'arrested', as_of: '2026-03-01' }),
      expected({
        value_text: 'Two',
        value: 2,
        metric: 'arrested',
        claimant: 'spokesman',
        mention: 'a spokesman',
        cue: 'said',
        as_of: '2026-03-01',
        relations: ['part_of c1'],
      }),
    ]);
  });

  test('a count after a partitive subject stays a count when a noun follows it', () => {
    expect(
      shapes('Police held 31 people in the raids. Two of those arrested had recruited over 40 fighters, a spokesman said.', at).map(
        (c) => c.value_text,
      ),
    ).toEqual(['31', 'Two', 'over 40']);
  });
});
