/**
 * Misreadings the lead found on a UN monitoring team's report of their own (/root/s40/trial9.txt in the session's
 * scratch): "Several Member States noted that…" named nobody, as any quantifier before a subject had made it no source.
 * Sources of a kind, some of them, speak as the kind does; people a quantifier counts still do not. Sentences written for
 * these tests; each assertion is of the whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-03-01' };
const today = { as_of: '2026-03-01' };

describe('some sources of a kind speak as the kind', () => {
  test('several Member States, named without their quantifier', () => {
    expect(shapes('Several Member States noted that the pace of repatriation remained slow: only 118 fighters were returned.', at)).toEqual(
      [
        expected({
          value_text: '118',
          value: 118,
          metric: 'returnees',
          claimant: 'Member States',
          mention: 'Several Member States',
          cue: 'noted',
          hedge: 'only',
          ...today,
        }),
      ],
    );
  });

  test('most analysts believe', () => {
    expect(shapes('Most analysts believe that around 2,000 fighters remain in the camps.', at)).toEqual([
      expected({
        value_text: 'around 2,000',
        value: 2000,
        approximation: 'approximately',
        metric: 'in_camps',
        claimant: 'analysts',
        mention: 'Most analysts',
        cue: 'believe',
        ...today,
      }),
    ]);
  });

  test('people a quantifier counts are still no source', () => {
    expect(shapes('Most returnees said 300 fighters remain.', at)).toEqual([
      expected({ value_text: '300', value: 300, metric: 'returnees', ...today }),
    ]);
  });
});
