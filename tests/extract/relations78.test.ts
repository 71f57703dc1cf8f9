/**
 * part_of for a part "among" its whole (extract78): the whole follows "among", with or without its article. Sentences
 * written for these tests.
 */
import { expected, shapes } from './support';

const at = { published: '2026-12-06' };

describe('a part among the whole that follows it', () => {
  test('were among the N: the part takes the whole s metric and points to it', () => {
    const ministry = { claimant: 'ministry', mention: 'the ministry', cue: 'said', as_of: '2026-10' };
    expect(shapes('Eight women were among the 95 returnees flown home from Iraq in October, the ministry said.', at)).toEqual([
      expected({ value_text: 'Eight', value: 8, metric: 'returnees', ...ministry, relations: ['part_of c2'] }),
      expected({ value_text: '95', value: 95, metric: 'returnees', ...ministry }),
    ]);
  });

  test('were among N without an article, a nationality the part s own', () => {
    const army = { claimant: 'army', mention: 'the army', cue: 'said', as_of: '2026-12-06' };
    expect(shapes('Four Tunisians were among 30 militants killed in the raid, the army said.', at)).toEqual([
      expected({ value_text: 'Four', value: 4, metric: 'killed', country: 'TN', ...army, relations: ['part_of c2'] }),
      expected({ value_text: '30', value: 30, metric: 'killed', ...army }),
    ]);
  });
});
