/**
 * Walk48: an editor's own articles read in the workspace. People acquitted are counted as charged (the ledger has no
 * acquitted metric; the studied annotations count them so), and its reason says why. Sentences written for these tests.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-12-07' };

describe('people acquitted are counted as charged, not convicted', () => {
  test('a verdict that convicts some and acquits others, in its own clause', () => {
    expect(shapes('A court in Almaty convicted five men on Tuesday, and two were acquitted, the prosecutor said.', at)).toEqual([
      expected({
        value_text: 'five',
        value: 5,
        metric: 'convicted',
        claimant: 'prosecutor',
        mention: 'the prosecutor',
        cue: 'said',
        as_of: '2026-12-01',
      }),
      expected({
        value_text: 'two',
        value: 2,
        metric: 'charged',
        claimant: 'prosecutor',
        mention: 'the prosecutor',
        cue: 'said',
        as_of: '2026-12-01',
      }),
    ]);
  });

  test('the object of acquitted after a conviction, and the reason names the reading', () => {
    const text = 'The regional court convicted nine defendants and acquitted three.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'nine', value: 9, metric: 'convicted', as_of: '2026-12-07' }),
      expected({ value_text: 'three', value: 3, metric: 'charged', as_of: '2026-12-07' }),
    ]);
    expect(run(text, at).candidates[1].reasons.metric).toBe(
      '"acquitted" near the figure: people charged and tried, then acquitted (the ledger has no acquitted metric)',
    );
  });

  test('found not guilty', () => {
    expect(shapes('Four of the accused were found not guilty.', at)).toEqual([
      expected({ value_text: 'Four', value: 4, metric: 'charged', as_of: '2026-12-07' }),
    ]);
  });
});
