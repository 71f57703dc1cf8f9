/**
 * A status in a clause of its own (extract78): "About 60 so far, and 12 are in prison" puts the 12 in prison, not the
 * 60, whose status is the question's it answers. Sentences written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a status another figure s clause states is that figure s', () => {
  test('an answer s first figure takes the question s status, the second its own', () => {
    expect(shapes('Q: How many Ghanaians have come back from Syria?\nA: About 60 so far, and 12 are in prison.\n', at)).toEqual([
      expected({
        value_text: 'About 60',
        value: 60,
        approximation: 'approximately',
        metric: 'returnees',
        country: 'GH',
        as_of: '2026-12-06',
      }),
      expected({ value_text: '12', value: 12, metric: 'arrested', country: 'GH', as_of: '2026-12-06' }),
    ]);
  });

  test('a part in a clause of its own and a list that shares its verb keep their statuses', () => {
    expect(shapes('Some 80 Ghanaians travelled to Syria, and 25 of them are now in prison.', at)).toEqual([
      expected({
        value_text: 'Some 80',
        value: 80,
        approximation: 'approximately',
        metric: 'foreign_fighters',
        country: 'GH',
        as_of: '2026-12-06',
      }),
      expected({ value_text: '25', value: 25, metric: 'arrested', country: 'GH', as_of: '2026-12-06', relations: ['part_of c1'] }),
    ]);
    expect(shapes('Forty children and 18 women were repatriated to Ghana in May.', at).map((c) => c.metric)).toEqual([
      'returnees',
      'returnees',
    ]);
  });
});
