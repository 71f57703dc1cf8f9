/**
 * extract109: misreadings found by running the extractor over eight articles written for a trial
 * (tests/fixtures/extract-trials109), each fixed as a class. Sentences written for these tests; each assertion is of the
 * whole candidate list.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-07' };
const today = { as_of: '2026-12-07' };

describe('people wounded in an attack told with a participle', () => {
  test('wounding and injuring count the injured, killing the dead', () => {
    expect(shapes('The bomb exploded in a market, killing 14 people and wounding 52.', at)).toEqual([
      expected({ value_text: '14', value: 14, metric: 'victims_killed', ...today }),
      expected({ value_text: '52', value: 52, metric: 'victims_injured', ...today }),
    ]);
  });

  test('a part of the dead before the participle stays among the dead', () => {
    expect(shapes('Gunmen raided the village, killing 21 farmers, six of them women, and injuring 17.', at)).toEqual([
      expected({ value_text: '21', value: 21, metric: 'victims_killed', ...today }),
      expected({ value_text: 'six', value: 6, metric: 'victims_killed', ...today, relations: ['part_of c1'] }),
      expected({ value_text: '17', value: 17, metric: 'victims_injured', ...today }),
    ]);
  });
});
