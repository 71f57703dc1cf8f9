/**
 * Country on unseen text (extract46). A share whose noun follows "of those are" with no noun of its own ("Around 40 of
 * those are orphans") no longer stops the extractor. Sentences written for these tests, in the kinds of source the
 * corpora lack (a radio transcript); each assertion is of the whole candidate.
 */
import { expected, run, shapes } from './support';

const at = { published: '2026-03-01' };

describe('a share named after "of those are" with no noun of its own', () => {
  test('"Around 40 of those are orphans" after an answer of "about 150" counts children, of the people asked about', () => {
    const text =
      'How many Tunisians are still held in north-east Syria? We think about 150, most of them women and children. Around 40 of those are orphans.';
    expect(shapes(text, at)).toEqual([
      expected({ value_text: 'about 150', value: 150, approximation: 'approximately', country: 'TN', as_of: '2026-03-01' }),
      expected({
        value_text: 'Around 40',
        value: 40,
        approximation: 'approximately',
        metric: 'children',
        country: 'TN',
        as_of: '2026-03-01',
        relations: ['part_of c1'],
      }),
    ]);
    expect(run(text, at).candidates[1].reasons.metric).toBe('counts "orphans"');
  });
});
