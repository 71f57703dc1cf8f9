/**
 * review52: "Lower" or "Higher" opening a name (a place: "Lower Shabelle", "Lower Saxony") is no word of disagreement,
 * so a later figure from such a place contradicts no earlier one; a figure put "higher" in words still does. Sentences
 * written for these tests; each asserts every candidate whole.
 */
import { expected, shapes } from './support';

const said = { cue: 'said', group: 'al-shabaab' } as const;

describe('contradicts: a place named Lower or Higher sets no figure against another', () => {
  test('police in Lower Shabelle counting other arrests contradict nobody', () => {
    expect(
      shapes(
        'The army said 30 al-Shabaab fighters were arrested in Kismayo on Monday. Police in Lower Shabelle said 12 al-Shabaab fighters were arrested on Tuesday.',
        {
          published: '2026-12-03',
        },
      ),
    ).toEqual([
      expected({ ...said, value_text: '30', value: 30, metric: 'arrested', claimant: 'army', mention: 'The army', as_of: '2026-11-30' }),
      expected({
        ...said,
        value_text: '12',
        value: 12,
        metric: 'arrested',
        claimant: 'Police in Lower Shabelle (Somalia)',
        mention: 'Police in Lower Shabelle',
        as_of: '2026-12-01',
      }),
    ]);
  });

  test('a toll put higher in words contradicts the earlier one', () => {
    expect(
      shapes(
        'The army said 30 al-Shabaab fighters were killed on Monday. Local elders put the toll higher, saying 45 al-Shabaab fighters were killed.',
        {
          published: '2026-12-03',
        },
      ),
    ).toEqual([
      expected({ ...said, value_text: '30', value: 30, metric: 'killed', claimant: 'army', mention: 'The army', as_of: '2026-11-30' }),
      expected({
        ...said,
        value_text: '45',
        value: 45,
        metric: 'killed',
        claimant: 'Local elders',
        mention: 'Local elders',
        cue: 'put',
        as_of: '2026-12-03',
        relations: ['contradicts c1'],
      }),
    ]);
  });
});
